import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AccessPointView } from '../../../../../common/schemas/access-points.js';
import { useApi } from '../../../app/use-api.js';
import { ErrorSlot } from '../../../components/Alert.js';
import { DataTable } from '../../../components/DataTable.js';
import { PageHeading } from '../../../components/PageHeading.js';
import { Spinner } from '../../../components/Spinner.js';
import { languageLabel } from '../../people/countries.js';
import { useVocab } from '../../people/vocab.js';
import { AdminNav } from './AdminNav.js';

/** Every access point of the tenant, for the coordinator who sets them up and staffs them. */
export function AccessPointsPage() {
  const { t, i18n } = useTranslation();
  const vocab = useVocab();
  const { data, error, loading } = useApi<{ items: AccessPointView[] }>('/api/access-points');
  return (
    <>
      <PageHeading
        title={t('app.adminPeople.accessPoints.title')}
        lead={t('app.adminPeople.accessPoints.lead')}
        actions={
          <Link className="btn btn-primary" to="/admin/access-points/new">
            {t('app.adminPeople.accessPoints.new')}
          </Link>
        }
      />
      <AdminNav />
      <ErrorSlot message={error?.message} />
      {loading && !data ? <Spinner /> : null}
      {data ? (
        <DataTable
          caption={t('app.adminPeople.accessPoints.title')}
          rows={data.items}
          rowKey={(a) => a.id}
          empty={t('app.adminPeople.accessPoints.empty')}
          columns={[
            { key: 'name', header: t('app.adminPeople.accessPoints.name'), rowHeader: true, cell: (a) => <Link to={`/admin/access-points/${a.id}`}>{a.name}</Link> },
            { key: 'kind', header: t('app.adminPeople.accessPoints.kind'), cell: (a) => vocab.label('accessPointKinds', a.kind) },
            { key: 'org', header: t('app.adminPeople.accessPoints.organisation'), cell: (a) => a.organisationName },
            { key: 'where', header: t('app.adminPeople.accessPoints.address'), cell: (a) => [a.address, a.city].filter(Boolean).join(', ') },
            { key: 'langs', header: t('app.adminPeople.accessPoints.languages'), cell: (a) => a.languages.map((l) => languageLabel(l, i18n.language)).join(', ') },
            { key: 'ops', header: t('app.adminPeople.accessPoints.operators'), cell: (a) => String(a.operatorCount) },
            { key: 'active', header: t('app.common.status'), cell: (a) => (a.active ? t('app.common.active') : t('app.common.inactive')) },
          ]}
        />
      ) : null}
    </>
  );
}
