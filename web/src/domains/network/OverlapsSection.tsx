import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OverlapGroup, OverlapsResponse } from '../../../../common/schemas/network.js';
import { query } from '../../app/api.js';
import type { Resource } from '../../app/use-api.js';
import { ErrorSlot } from '../../components/Alert.js';
import { Button } from '../../components/Button.js';
import { DataTable, type Column } from '../../components/DataTable.js';
import { SelectField, type Option } from '../../components/SelectField.js';
import { Spinner } from '../../components/Spinner.js';
import { areaText, csvHref, hoursText, targetGroupsText, weekdayName } from './network-format.js';

const RADII = ['0.5', '1', '2', '5'];

export interface OverlapFilters {
  need: string;
  radiusKm: string;
}
export const NO_OVERLAP_FILTERS: OverlapFilters = { need: '', radiusKm: '1' };

export function overlapsPath(f: OverlapFilters, lang: string): string {
  return `/api/network/overlaps${query({ ...f, lang })}`;
}

interface NumberedGroup extends OverlapGroup {
  /** 1-based: the number its markers carry on the map. */
  n: number;
}

/** The overlap report: filters, table, CSV link (the page holds the report, shared with the map). */
export function OverlapsSection({ needs, report, filters, onApply }: { needs: Option[]; report: Resource<OverlapsResponse>; filters: OverlapFilters; onApply(f: OverlapFilters): void }) {
  const { t, i18n } = useTranslation();
  const [draft, setDraft] = useState(filters);
  const lang = i18n.language;
  const apply = (e: FormEvent) => {
    e.preventDefault();
    onApply({ ...draft });
  };
  const rows: NumberedGroup[] = (report.data?.items ?? []).map((g, i) => ({ ...g, n: i + 1 }));

  const columns: Column<NumberedGroup>[] = [
    { key: 'n', header: t('app.network.overlaps.group'), cell: (g) => g.n },
    {
      key: 'services',
      header: t('app.network.overlaps.services'),
      rowHeader: true,
      cell: (g) => (
        <ul className="list-unstyled mb-0">
          {g.services.map((s) => (
            <li key={s.id}>
              <bdi className="fw-semibold">{s.name}</bdi> — <bdi>{s.organizationName}</bdi>
            </li>
          ))}
        </ul>
      ),
    },
    { key: 'need', header: t('app.network.need'), cell: (g) => <bdi>{g.need.name}</bdi> },
    { key: 'people', header: t('app.network.overlaps.targetGroups'), cell: (g) => targetGroupsText(t, g.targetGroups) },
    {
      key: 'why',
      header: t('app.network.overlaps.why'),
      cell: (g) => (
        <ul className="list-unstyled mb-0">
          {g.pairs.map((p) => (
            <li key={p.serviceIds.join()}>
              {areaText(t, p.area)}; {p.days.map((d) => weekdayName(d, lang)).join(', ')} · {hoursText(t, p.overlapMinutesPerWeek, lang)}
            </li>
          ))}
        </ul>
      ),
    },
    { key: 'score', header: t('app.network.overlaps.score'), cell: (g) => <span className="badge bg-primary">{g.score}</span> },
  ];

  return (
    <section aria-labelledby="network-overlaps" className="mb-5">
      <h2 id="network-overlaps" className="h3">
        {t('app.network.overlaps.title')}
      </h2>
      <p>{t('app.network.overlaps.lead')}</p>
      <form onSubmit={apply} className="row align-items-end" aria-label={t('app.network.overlaps.filters')}>
        <div className="col-12 col-md-5">
          <SelectField label={t('app.network.need')} placeholder={t('app.common.any')} options={needs} value={draft.need} onChange={(e) => setDraft({ ...draft, need: e.target.value })} />
        </div>
        <div className="col-12 col-md-4">
          <SelectField
            label={t('app.network.overlaps.radius')}
            options={RADII.map((km) => ({ value: km, label: t('app.network.overlaps.radiusOption', { km }) }))}
            value={draft.radiusKm}
            onChange={(e) => setDraft({ ...draft, radiusKm: e.target.value })}
          />
        </div>
        <div className="col-12 col-md-3 mb-4 d-flex gap-2">
          <Button type="submit" variant="outline-primary">
            {t('app.common.filter')}
          </Button>
        </div>
      </form>
      <p className="small text-secondary">{t('app.network.overlaps.scoreHint')}</p>
      <a className="btn btn-outline-secondary btn-sm mb-3" href={csvHref('/api/network/overlaps', { ...filters }, lang)} download>
        {t('app.network.downloadOverlaps')}
      </a>
      <ErrorSlot message={report.error?.message} />
      {report.loading ? (
        <Spinner />
      ) : (
        <DataTable caption={t('app.network.overlaps.title')} columns={columns} rows={rows} rowKey={(g) => `${g.need.code}:${g.services.map((s) => s.id).join()}`} empty={t('app.network.overlaps.empty')} />
      )}
    </section>
  );
}
