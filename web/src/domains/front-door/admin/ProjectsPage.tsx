import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProjectView } from '../../../../../common/schemas/enrolments.js';
import { useFormat } from '../../../app/format.js';
import { useApi } from '../../../app/use-api.js';
import { ErrorSlot } from '../../../components/Alert.js';
import { DataTable } from '../../../components/DataTable.js';
import { PageHeading } from '../../../components/PageHeading.js';
import { Spinner } from '../../../components/Spinner.js';
import { AdminNav } from './AdminNav.js';

/** Projects and funding streams people are enrolled in (one person, counted once per funder). */
export function ProjectsPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { data, error, loading } = useApi<{ items: ProjectView[] }>('/api/projects?includeInactive=true');
  return (
    <>
      <PageHeading
        title={t('app.adminPeople.projects.title')}
        lead={t('app.adminPeople.projects.lead')}
        actions={
          <Link className="btn btn-primary" to="/admin/projects/new">
            {t('app.adminPeople.projects.new')}
          </Link>
        }
      />
      <AdminNav />
      <ErrorSlot message={error?.message} />
      {loading && !data ? <Spinner /> : null}
      {data ? (
        <DataTable
          caption={t('app.adminPeople.projects.title')}
          rows={data.items}
          rowKey={(p) => p.id}
          empty={t('app.adminPeople.projects.empty')}
          columns={[
            { key: 'name', header: t('app.adminPeople.projects.name'), rowHeader: true, cell: (p) => <Link to={`/admin/projects/${p.id}`}>{p.name}</Link> },
            { key: 'code', header: t('app.adminPeople.projects.code'), cell: (p) => <span dir="ltr">{p.code}</span> },
            { key: 'funder', header: t('app.adminPeople.projects.funder'), cell: (p) => [p.funder, p.fundingStream].filter(Boolean).join(' — ') },
            { key: 'period', header: t('app.adminPeople.projects.period'), cell: (p) => [fmt.date(p.startsOn), fmt.date(p.endsOn)].filter(Boolean).join(' – ') },
            { key: 'open', header: t('app.adminPeople.projects.openEnrolments'), cell: (p) => fmt.number(p.openEnrolments) },
            { key: 'active', header: t('app.common.status'), cell: (p) => (p.active ? t('app.common.active') : t('app.common.inactive')) },
          ]}
        />
      ) : null}
    </>
  );
}
