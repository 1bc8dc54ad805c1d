import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { GapsResponse } from '../../../../common/schemas/network.js';
import { query } from '../../app/api.js';
import { useFormat } from '../../app/format.js';
import type { Resource } from '../../app/use-api.js';
import { ErrorSlot } from '../../components/Alert.js';
import { Button } from '../../components/Button.js';
import { DataTable, type Column } from '../../components/DataTable.js';
import { SelectField } from '../../components/SelectField.js';
import { Spinner } from '../../components/Spinner.js';
import { TextField } from '../../components/TextField.js';
import { csvHref, languageName } from './network-format.js';

export interface GapFilters {
  need: string;
  neighbourhood: string;
  language: string;
  from: string;
  to: string;
}
export const NO_GAP_FILTERS: GapFilters = { need: '', neighbourhood: '', language: '', from: '', to: '' };

export function gapsPath(f: GapFilters, lang: string): string {
  return `/api/network/gaps${query({ ...f, lang })}`;
}

interface GapRow {
  key: string;
  need: string;
  neighbourhood: string;
  languages: string[];
  others: number;
}

/** One row per need × neighbourhood, listing the languages nothing covers there. */
function rowsOf(report: GapsResponse | null): GapRow[] {
  const rows = new Map<string, GapRow>();
  for (const c of report?.cells ?? []) {
    const key = `${c.need.code}\u0000${c.neighbourhood}`;
    const row = rows.get(key) ?? { key, need: c.need.name, neighbourhood: c.neighbourhood, languages: [], others: c.servicesInOtherLanguages };
    row.languages.push(c.language);
    rows.set(key, row);
  }
  return [...rows.values()];
}

/** The gap report with its filters (shared with the search misses below it through `onApply`). */
export function GapsSection({ report, filters, onApply }: { report: Resource<GapsResponse>; filters: GapFilters; onApply(f: GapFilters): void }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const lang = i18n.language;
  const [draft, setDraft] = useState(filters);
  const data = report.data;
  const set = (k: keyof GapFilters) => (e: { target: { value: string } }) => setDraft({ ...draft, [k]: e.target.value });
  const apply = (e: FormEvent) => {
    e.preventDefault();
    onApply({ ...draft });
  };
  const rows = rowsOf(data);
  const columns: Column<GapRow>[] = [
    { key: 'need', header: t('app.network.need'), rowHeader: true, cell: (r) => <bdi>{r.need}</bdi> },
    { key: 'hood', header: t('app.network.gaps.neighbourhood'), cell: (r) => <bdi>{r.neighbourhood}</bdi> },
    { key: 'langs', header: t('app.network.gaps.missing'), cell: (r) => r.languages.map((l) => languageName(l, lang)).join(', ') },
    { key: 'others', header: t('app.network.gaps.others'), cell: (r) => fmt.number(r.others) },
  ];

  return (
    <section aria-labelledby="network-gaps" className="mb-5">
      <h2 id="network-gaps" className="h3">
        {t('app.network.gaps.title')}
      </h2>
      <p>{t('app.network.gaps.lead')}</p>
      <form onSubmit={apply} className="row align-items-end" aria-label={t('app.network.gaps.filters')}>
        <div className="col-12 col-md-6 col-lg-4">
          <SelectField
            label={t('app.network.need')}
            placeholder={t('app.common.any')}
            options={(data?.needs ?? []).map((n) => ({ value: n.code, label: n.name }))}
            value={draft.need}
            onChange={set('need')}
          />
        </div>
        <div className="col-12 col-md-6 col-lg-4">
          <SelectField
            label={t('app.network.gaps.neighbourhood')}
            placeholder={t('app.common.any')}
            options={(data?.neighbourhoods ?? []).map((n) => ({ value: n, label: n }))}
            value={draft.neighbourhood}
            onChange={set('neighbourhood')}
          />
        </div>
        <div className="col-12 col-md-6 col-lg-4">
          <SelectField
            label={t('app.network.gaps.language')}
            placeholder={t('app.common.any')}
            options={(data?.languages ?? []).map((l) => ({ value: l, label: languageName(l, lang) }))}
            value={draft.language}
            onChange={set('language')}
          />
        </div>
        <div className="col-12 col-md-6 col-lg-4">
          <TextField label={t('app.network.misses.from')} type="date" value={draft.from} onChange={set('from')} />
        </div>
        <div className="col-12 col-md-6 col-lg-4">
          <TextField label={t('app.network.misses.to')} type="date" value={draft.to} onChange={set('to')} />
        </div>
        <div className="col-12 col-md-6 col-lg-4 mb-4">
          <Button type="submit" variant="outline-primary">
            {t('app.common.filter')}
          </Button>
        </div>
      </form>
      <ErrorSlot message={report.error?.message} />
      {report.loading ? (
        <Spinner />
      ) : (
        <>
          <p role="status">{t('app.network.gaps.count', { count: data?.cells.length ?? 0, rows: rows.length })}</p>
          <a className="btn btn-outline-secondary btn-sm mb-3" href={csvHref('/api/network/gaps', { ...filters }, lang)} download>
            {t('app.network.downloadGaps')}
          </a>
          <DataTable caption={t('app.network.gaps.title')} columns={columns} rows={rows} rowKey={(r) => r.key} empty={t('app.network.gaps.empty')} />
        </>
      )}
    </section>
  );
}
