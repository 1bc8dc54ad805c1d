import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OrganizationView } from '../../../../common/schemas/directory-views.js';
import { useSession } from '../../app/session.js';
import { useApi } from '../../app/use-api.js';
import { ErrorSlot } from '../../components/Alert.js';
import { DataTable } from '../../components/DataTable.js';
import { PageHeading } from '../../components/PageHeading.js';
import { Spinner } from '../../components/Spinner.js';
import { DirectoryNav } from './DirectoryNav.js';

/** The providers in the directory (HSDS organizations), linked or not to a network organisation. */
export function OrganizationsPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const editable = can('directory.approve');
  const { data, error, loading } = useApi<{ items: OrganizationView[] }>('/api/directory/organizations');
  return (
    <>
      <PageHeading
        title={t('app.directory.organizations.title')}
        lead={t('app.directory.organizations.lead')}
        actions={
          editable ? (
            <Link className="btn btn-primary" to="/directory/organizations/new">
              {t('app.directory.organizations.new')}
            </Link>
          ) : null
        }
      />
      <DirectoryNav />
      <ErrorSlot message={error?.message} />
      {loading ? <Spinner /> : null}
      {data ? (
        <DataTable
          caption={t('app.directory.organizations.title')}
          rows={data.items}
          rowKey={(o) => o.id}
          empty={t('app.directory.organizations.empty')}
          columns={[
            { key: 'name', header: t('app.directory.fields.name'), rowHeader: true, cell: (o) => (editable ? <Link to={`/directory/organizations/${o.id}/edit`}>{o.name}</Link> : o.name) },
            { key: 'services', header: t('app.directory.fields.serviceCount'), cell: (o) => String(o.serviceCount ?? 0) },
            { key: 'linked', header: t('app.directory.organizations.linked'), cell: (o) => (o.approdoOrganisationId ? t('app.common.yes') : t('app.common.no')) },
            { key: 'web', header: t('app.directory.fields.url'), cell: (o) => (o.website ? <span dir="ltr">{o.website}</span> : '') },
          ]}
        />
      ) : null}
    </>
  );
}
