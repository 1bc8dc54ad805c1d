import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { PersonMatch } from '../../../../common/schemas/people-views.js';
import { query } from '../../app/api.js';
import { useFormat } from '../../app/format.js';
import { useSession } from '../../app/session.js';
import { useApi } from '../../app/use-api.js';
import { ErrorSlot } from '../../components/Alert.js';
import { Button } from '../../components/Button.js';
import { DataTable } from '../../components/DataTable.js';
import { PageHeading } from '../../components/PageHeading.js';
import { SelectField } from '../../components/SelectField.js';
import { Spinner } from '../../components/Spinner.js';
import { TextField } from '../../components/TextField.js';
import { FrontDeskNav } from '../front-door/FrontDeskNav.js';
import { useCountries } from './countries.js';
import { useVocab } from './vocab.js';

const FILTERS = ['q', 'birthYear', 'citizenship', 'phone'] as const;
type Filters = Record<(typeof FILTERS)[number], string>;

/** The people the user reaches: newest first, or the best matches of a search by name, year, country, phone. */
export function PeopleSearchPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const vocab = useVocab();
  const countries = useCountries();
  const { can } = useSession();
  const [params, setParams] = useSearchParams();
  const [draft, setDraft] = useState<Filters>(() => Object.fromEntries(FILTERS.map((k) => [k, params.get(k) ?? ''])) as Filters);
  const { data, error, loading } = useApi<{ mode: 'search' | 'list'; items: PersonMatch[] }>(`/api/people${query({ ...Object.fromEntries(FILTERS.map((k) => [k, params.get(k)])), limit: 50 })}`);
  const apply = (e: FormEvent) => {
    e.preventDefault();
    const next = new URLSearchParams();
    for (const k of FILTERS) if (draft[k].trim()) next.set(k, draft[k].trim());
    setParams(next);
  };
  const search = data?.mode === 'search';
  return (
    <>
      <PageHeading
        title={t('app.personRecord.search.title')}
        lead={t('app.personRecord.search.lead')}
        actions={
          can('person.write') ? (
            <Link className="btn btn-primary" to="/front-desk">
              {t('app.personRecord.search.receive')}
            </Link>
          ) : null
        }
      />
      <FrontDeskNav />
      <form onSubmit={apply} className="mb-4" role="search" aria-label={t('app.personRecord.search.label')}>
        <div className="row">
          <div className="col-12 col-lg-4">
            <TextField label={t('app.frontDesk.search.name')} type="search" dir="auto" value={draft.q} onChange={(e) => setDraft({ ...draft, q: e.target.value })} />
          </div>
          <div className="col-6 col-md-4 col-lg-2">
            <TextField label={t('app.frontDesk.search.birthYear')} inputMode="numeric" maxLength={4} value={draft.birthYear} onChange={(e) => setDraft({ ...draft, birthYear: e.target.value.replace(/[^0-9]/g, '') })} />
          </div>
          <div className="col-6 col-md-4 col-lg-3">
            <SelectField label={t('app.frontDesk.search.citizenship')} placeholder={t('app.common.any')} options={countries.options} value={draft.citizenship} onChange={(e) => setDraft({ ...draft, citizenship: e.target.value })} />
          </div>
          <div className="col-12 col-md-4 col-lg-3">
            <TextField label={t('app.frontDesk.search.phone')} type="tel" dir="ltr" value={draft.phone} onChange={(e) => setDraft({ ...draft, phone: e.target.value })} />
          </div>
        </div>
        <Button type="submit" variant="outline-primary">
          {t('app.personRecord.search.submit')}
        </Button>
      </form>
      <ErrorSlot message={error?.message} />
      {loading ? <Spinner /> : null}
      {data && !loading ? (
        <>
          <p role="status">{search ? t('app.frontDesk.search.found', { count: data.items.length }) : t('app.personRecord.search.recent', { count: data.items.length })}</p>
          <DataTable
            caption={t('app.personRecord.search.title')}
            rows={data.items}
            rowKey={(m) => m.id}
            empty={t('app.personRecord.search.empty')}
            columns={[
              {
                key: 'who',
                header: t('app.personRecord.search.person'),
                rowHeader: true,
                cell: (m) => (m.reachable ? <Link to={`/people/${m.id}`}>{m.displayName}</Link> : m.notice),
              },
              { key: 'code', header: t('app.personRecord.fields.code'), cell: (m) => <span dir="ltr">{m.code}</span> },
              { key: 'age', header: t('app.personRecord.fields.ageBand'), cell: (m) => (m.reachable ? vocab.label('ageBands', m.ageBand) : '') },
              { key: 'year', header: t('app.frontDesk.search.birthYear'), cell: (m) => (m.reachable && m.birthYear ? String(m.birthYear) : '') },
              { key: 'country', header: t('app.frontDesk.search.citizenship'), cell: (m) => (m.reachable ? countries.name(m.citizenship) : '') },
              { key: 'org', header: t('app.personRecord.fields.organisation'), cell: (m) => m.organisationName },
              ...(search
                ? [
                    {
                      key: 'score',
                      header: t('app.personRecord.search.score'),
                      cell: (m: PersonMatch) =>
                        `${t('app.frontDesk.search.score', { score: fmt.number(m.score) })}${m.reachable && m.reasons.length ? ` — ${m.reasons.map((r) => vocab.label('matchReasons', r)).join(', ')}` : ''}`,
                    },
                  ]
                : []),
            ]}
          />
        </>
      ) : null}
    </>
  );
}
