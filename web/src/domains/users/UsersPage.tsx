import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ROLES } from '../../../../common/permissions.js';
import type { OrganisationView } from '../../../../common/schemas/organisations.js';
import type { UserView } from '../../../../common/schemas/users.js';
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
import { StatusBadge } from './StatusBadge.js';

const PAGE = 50;
const FILTERS = ['q', 'organisationId', 'role', 'status'] as const;

export function UsersPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { can } = useSession();
  const [params, setParams] = useSearchParams();
  const [draft, setDraft] = useState(() => Object.fromEntries(FILTERS.map((k) => [k, params.get(k) ?? ''])) as Record<(typeof FILTERS)[number], string>);
  const page = Math.max(0, Number(params.get('page') ?? 0) || 0);
  const path = `/api/users${query({ ...Object.fromEntries(FILTERS.map((k) => [k, params.get(k)])), limit: PAGE, offset: page * PAGE })}`;
  const { data, error, loading } = useApi<{ items: UserView[]; total: number }>(path);
  const orgs = useApi<{ items: OrganisationView[] }>(can('organisation.read') ? '/api/organisations' : null);

  const apply = (e: FormEvent) => {
    e.preventDefault();
    const next = new URLSearchParams();
    for (const k of FILTERS) if (draft[k].trim()) next.set(k, draft[k].trim());
    setParams(next);
  };
  const goTo = (p: number) => {
    const next = new URLSearchParams(params);
    if (p > 0) next.set('page', String(p));
    else next.delete('page');
    setParams(next);
  };

  return (
    <>
      <PageHeading
        title={t('app.users.title')}
        lead={t('app.users.lead')}
        actions={
          can('user.manage') ? (
            <Link className="btn btn-primary" to="/users/new">
              {t('app.users.new')}
            </Link>
          ) : null
        }
      />
      <form onSubmit={apply} className="mb-4" role="search" aria-label={t('app.users.searchLabel')}>
        <div className="row">
          <div className="col-12 col-lg-4">
            <TextField label={t('app.users.search')} type="search" value={draft.q} onChange={(e) => setDraft({ ...draft, q: e.target.value })} />
          </div>
          <div className="col-12 col-md-4 col-lg-3">
            <SelectField
              label={t('app.users.organisation')}
              placeholder={t('app.common.any')}
              options={(orgs.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }))}
              value={draft.organisationId}
              onChange={(e) => setDraft({ ...draft, organisationId: e.target.value })}
            />
          </div>
          <div className="col-12 col-md-4 col-lg-3">
            <SelectField
              label={t('app.users.role')}
              placeholder={t('app.common.any')}
              options={ROLES.map((r) => ({ value: r, label: t(`app.roles.${r}`) }))}
              value={draft.role}
              onChange={(e) => setDraft({ ...draft, role: e.target.value })}
            />
          </div>
          <div className="col-12 col-md-4 col-lg-2">
            <SelectField
              label={t('app.common.status')}
              placeholder={t('app.common.any')}
              options={['active', 'disabled'].map((s) => ({ value: s, label: t(`app.users.statuses.${s}`) }))}
              value={draft.status}
              onChange={(e) => setDraft({ ...draft, status: e.target.value })}
            />
          </div>
        </div>
        <Button type="submit" variant="outline-primary">
          {t('app.common.filter')}
        </Button>
      </form>
      <ErrorSlot message={error?.message} />
      {loading ? <Spinner /> : null}
      {data && !loading ? (
        <>
          <p role="status">{t('app.users.count', { count: data.total })}</p>
          <DataTable
            caption={t('app.users.title')}
            rows={data.items}
            rowKey={(u) => u.id}
            empty={t('app.users.empty')}
            columns={[
              { key: 'name', header: t('app.users.displayName'), rowHeader: true, cell: (u) => <Link to={`/users/${u.id}`}>{u.displayName}</Link> },
              { key: 'email', header: t('app.users.email'), cell: (u) => <span dir="ltr">{u.email}</span> },
              { key: 'org', header: t('app.users.organisation'), cell: (u) => u.organisation.name },
              { key: 'roles', header: t('app.users.roles'), cell: (u) => u.roles.map((r) => t(`app.roles.${r}`)).join(', ') },
              { key: 'status', header: t('app.common.status'), cell: (u) => <StatusBadge status={u.status} /> },
              { key: 'mfa', header: t('app.users.mfa'), cell: (u) => (u.mfaEnabled ? t('app.common.yes') : t('app.common.no')) },
              { key: 'last', header: t('app.users.lastLogin'), cell: (u) => (u.lastLoginAt ? fmt.dateTime(u.lastLoginAt) : t('app.users.never')) },
            ]}
          />
          {data.total > PAGE ? (
            <nav className="d-flex gap-2 align-items-center" aria-label={t('app.common.pagination')}>
              <Button variant="outline-secondary" size="sm" disabled={page === 0} onClick={() => goTo(page - 1)}>
                {t('app.common.previous')}
              </Button>
              <span>{t('app.common.pageOf', { page: page + 1, pages: Math.ceil(data.total / PAGE) })}</span>
              <Button variant="outline-secondary" size="sm" disabled={(page + 1) * PAGE >= data.total} onClick={() => goTo(page + 1)}>
                {t('app.common.next')}
              </Button>
            </nav>
          ) : null}
        </>
      ) : null}
    </>
  );
}
