import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { NeedTermView, ServiceListItem } from '../../../../common/schemas/directory-views.js';
import { PUBLICATION_STATES, SERVICE_STATUSES } from '../../../../common/schemas/directory.js';
import { query } from '../../app/api.js';
import { useFormat } from '../../app/format.js';
import { useSession } from '../../app/session.js';
import { useApi } from '../../app/use-api.js';
import { ErrorSlot } from '../../components/Alert.js';
import { Button } from '../../components/Button.js';
import { Checkbox } from '../../components/Checkbox.js';
import { PageHeading } from '../../components/PageHeading.js';
import { SelectField } from '../../components/SelectField.js';
import { Spinner } from '../../components/Spinner.js';
import { TextField } from '../../components/TextField.js';
import { DirectoryNav } from './DirectoryNav.js';
import { needName, ServiceTable } from './ServiceTable.js';
import { PUBLICATION_LABELS, STATUS_LABELS } from './directory-labels.js';

const FILTERS = ['q', 'category', 'status', 'publicationState', 'overdue'] as const;
type Filters = Record<(typeof FILTERS)[number], string>;

export function ServicesPage() {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const { can } = useSession();
  const [params, setParams] = useSearchParams();
  const [draft, setDraft] = useState<Filters>(() => Object.fromEntries(FILTERS.map((k) => [k, params.get(k) ?? ''])) as Filters);
  const { data, error, loading } = useApi<{ items: ServiceListItem[]; total: number }>(`/api/directory/services${query({ ...Object.fromEntries(FILTERS.map((k) => [k, params.get(k)])), limit: 200 })}`);
  const needs = useApi<{ items: NeedTermView[] }>('/api/directory/needs');

  const apply = (e: FormEvent) => {
    e.preventDefault();
    const next = new URLSearchParams();
    for (const k of FILTERS) if (draft[k].trim()) next.set(k, draft[k].trim());
    setParams(next);
  };

  return (
    <>
      <PageHeading
        title={t('app.directory.services.title')}
        lead={t('app.directory.services.lead')}
        actions={
          can('directory.edit') ? (
            <Link className="btn btn-primary" to="/directory/services/new">
              {t('app.directory.services.new')}
            </Link>
          ) : null
        }
      />
      <DirectoryNav />
      <form onSubmit={apply} className="mb-4" role="search" aria-label={t('app.directory.services.searchLabel')}>
        <div className="row">
          <div className="col-12 col-lg-4">
            <TextField label={t('app.directory.services.search')} type="search" value={draft.q} onChange={(e) => setDraft({ ...draft, q: e.target.value })} />
          </div>
          <div className="col-12 col-md-4 col-lg-3">
            <SelectField
              label={t('app.directory.fields.needs')}
              placeholder={t('app.common.any')}
              options={(needs.data?.items ?? []).map((n) => ({ value: n.code, label: needName(n, i18n.language) }))}
              value={draft.category}
              onChange={(e) => setDraft({ ...draft, category: e.target.value })}
            />
          </div>
          <div className="col-12 col-md-4 col-lg-2">
            <SelectField
              label={t('app.directory.fields.status')}
              placeholder={t('app.common.any')}
              options={SERVICE_STATUSES.map((s) => ({ value: s, label: t(STATUS_LABELS[s]!) }))}
              value={draft.status}
              onChange={(e) => setDraft({ ...draft, status: e.target.value })}
            />
          </div>
          <div className="col-12 col-md-4 col-lg-3">
            <SelectField
              label={t('app.directory.fields.publicationState')}
              placeholder={t('app.common.any')}
              options={PUBLICATION_STATES.map((s) => ({ value: s, label: t(PUBLICATION_LABELS[s]!) }))}
              value={draft.publicationState}
              onChange={(e) => setDraft({ ...draft, publicationState: e.target.value })}
            />
          </div>
        </div>
        <div className="d-flex flex-wrap gap-4 align-items-center">
          <Checkbox label={t('app.directory.services.overdueOnly')} checked={draft.overdue === 'true'} onChange={(v) => setDraft({ ...draft, overdue: v ? 'true' : '' })} />
          <Button type="submit" variant="outline-primary">
            {t('app.common.filter')}
          </Button>
        </div>
      </form>
      <ErrorSlot message={error?.message} />
      {loading ? <Spinner /> : null}
      {data && !loading ? (
        <>
          <p role="status">{t('app.directory.services.count', { count: data.total })}</p>
          <ServiceTable rows={data.items} needs={needs.data?.items ?? []} caption={t('app.directory.services.title')} empty={t('app.directory.services.empty')} fmt={fmt} />
        </>
      ) : null}
    </>
  );
}
