import { useTranslation } from 'react-i18next';
import type { GapsResponse, SearchMiss } from '../../../../common/schemas/network.js';
import { useFormat } from '../../app/format.js';
import { DataTable, type Column } from '../../components/DataTable.js';
import type { GapFilters } from './GapsSection.js';
import { csvHref, languageName } from './network-format.js';

/** Public searches that found nothing, as counted by the finder (no query text exists to show). */
export function SearchMissesSection({ misses, filters }: { misses: GapsResponse['searchMisses'] | undefined; filters: GapFilters }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const lang = i18n.language;
  if (!misses) return null;
  const columns: Column<SearchMiss>[] = [
    { key: 'need', header: t('app.network.need'), rowHeader: true, cell: (m) => (m.need ? <bdi>{m.need.name}</bdi> : t('app.network.misses.anyNeed')) },
    { key: 'lang', header: t('app.network.gaps.language'), cell: (m) => (m.language ? languageName(m.language, lang) : t('app.network.misses.anyLanguage')) },
    { key: 'area', header: t('app.network.misses.area'), cell: (m) => (m.area ? <bdi>{m.area}</bdi> : t('app.network.misses.anyArea')) },
    { key: 'n', header: t('app.network.misses.count'), cell: (m) => fmt.number(m.misses) },
  ];
  return (
    <section aria-labelledby="network-misses" className="mb-5">
      <h2 id="network-misses" className="h3">
        {t('app.network.misses.title')}
      </h2>
      <p>{t('app.network.misses.lead')}</p>
      <p>{t('app.network.misses.total', { count: misses.total, from: fmt.date(misses.from), to: fmt.date(misses.to) })}</p>
      <a className="btn btn-outline-secondary btn-sm mb-3" href={csvHref('/api/network/search-misses', { ...filters }, lang)} download>
        {t('app.network.downloadMisses')}
      </a>
      <DataTable
        caption={t('app.network.misses.title')}
        columns={columns}
        rows={misses.items}
        rowKey={(m) => `${m.need?.code ?? ''}\u0000${m.language}\u0000${m.area}`}
        empty={t('app.network.misses.empty')}
      />
    </section>
  );
}
