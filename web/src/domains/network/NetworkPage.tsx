import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GapsResponse, OverlapsResponse } from '../../../../common/schemas/network.js';
import { useApi } from '../../app/use-api.js';
import { PageHeading } from '../../components/PageHeading.js';
import { GapsSection, NO_GAP_FILTERS, gapsPath, type GapFilters } from './GapsSection.js';
import { NetworkMapSection } from './NetworkMapSection.js';
import { NO_OVERLAP_FILTERS, OverlapsSection, overlapsPath, type OverlapFilters } from './OverlapsSection.js';
import { SearchMissesSection } from './SearchMissesSection.js';

/**
 * The network view for coordinators: where services overlap, where needs go unanswered, and what
 * people searched for on the public finder without finding it, on a map and in tables (the map
 * shows what the tables' filters select). Confidential services never count.
 */
export function NetworkPage() {
  const { t, i18n } = useTranslation();
  const [filters, setFilters] = useState<GapFilters>(NO_GAP_FILTERS);
  const [overlapFilters, setOverlapFilters] = useState<OverlapFilters>(NO_OVERLAP_FILTERS);
  const gaps = useApi<GapsResponse>(gapsPath(filters, i18n.language));
  const overlaps = useApi<OverlapsResponse>(overlapsPath(overlapFilters, i18n.language));
  // The need list for the overlap filter comes from the unfiltered taxonomy the gap report returns.
  const needs = (gaps.data?.needs ?? []).map((n) => ({ value: n.code, label: n.name }));
  return (
    <>
      <PageHeading title={t('app.network.title')} lead={t('app.network.lead')} />
      <NetworkMapSection overlaps={overlaps} gaps={gaps} />
      <OverlapsSection needs={needs} report={overlaps} filters={overlapFilters} onApply={setOverlapFilters} />
      <GapsSection report={gaps} filters={filters} onApply={setFilters} />
      <SearchMissesSection misses={gaps.data?.searchMisses} filters={filters} />
    </>
  );
}
