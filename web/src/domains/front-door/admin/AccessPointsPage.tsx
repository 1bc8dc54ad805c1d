import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AccessPointView } from '../../../../../common/schemas/access-points.js';
import { languageLabel } from '../../people/countries.js';
import { useVocab } from '../../people/vocab.js';
import { AdminListPage } from './AdminListPage.js';

/** Every access point of the tenant, for the coordinator who sets them up and staffs them. */
export function AccessPointsPage() {
  const { t, i18n } = useTranslation();
  const vocab = useVocab();
  return (
    <AdminListPage<AccessPointView>
      section="accessPoints"
      apiUrl="/api/access-points"
      newPath="/admin/access-points/new"
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
  );
}
