import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OrganisationView } from '../../../../common/schemas/organisations.js';
import { useSession } from '../../app/session.js';
import { useApi } from '../../app/use-api.js';
import { ErrorSlot } from '../../components/Alert.js';
import { DataTable } from '../../components/DataTable.js';
import { PageHeading } from '../../components/PageHeading.js';
import { Spinner } from '../../components/Spinner.js';

export function OrganisationsPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const { data, error, loading } = useApi<{ items: OrganisationView[] }>('/api/organisations');
  return (
    <>
      <PageHeading
        title={t('app.organisations.title')}
        lead={t('app.organisations.lead')}
        actions={
          can('organisation.manage') ? (
            <Link className="btn btn-primary" to="/organisations/new">
              {t('app.organisations.new')}
            </Link>
          ) : null
        }
      />
      <ErrorSlot message={error?.message} />
      {loading ? (
        <Spinner />
      ) : data ? (
        <DataTable
          caption={t('app.organisations.title')}
          rows={data.items}
          rowKey={(o) => o.id}
          empty={t('app.organisations.empty')}
          columns={[
            { key: 'name', header: t('app.organisations.name'), rowHeader: true, cell: (o) => <Link to={`/organisations/${o.id}`}>{o.name}</Link> },
            { key: 'kind', header: t('app.organisations.kind'), cell: (o) => t(`app.organisations.kinds.${o.kind}`) },
            { key: 'lead', header: t('app.organisations.isLead'), cell: (o) => (o.isLead ? t('app.common.yes') : t('app.common.no')) },
            {
              key: 'active',
              header: t('app.common.status'),
              cell: (o) => <span className={`badge ${o.active ? 'bg-success' : 'bg-secondary'}`}>{o.active ? t('app.common.active') : t('app.common.inactive')}</span>,
            },
            { key: 'users', header: t('app.organisations.userCount'), cell: (o) => (o.userCount === undefined ? '' : String(o.userCount)) },
          ]}
        />
      ) : null}
    </>
  );
}
