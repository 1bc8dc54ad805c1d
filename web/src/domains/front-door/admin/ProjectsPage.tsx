import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProjectView } from '../../../../../common/schemas/enrolments.js';
import { useFormat } from '../../../app/format.js';
import { AdminListPage } from './AdminListPage.js';

/** Projects and funding streams people are enrolled in (one person, counted once per funder). */
export function ProjectsPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <AdminListPage<ProjectView>
      section="projects"
      apiUrl="/api/projects?includeInactive=true"
      newPath="/admin/projects/new"
      columns={[
        { key: 'name', header: t('app.adminPeople.projects.name'), rowHeader: true, cell: (p) => <Link to={`/admin/projects/${p.id}`}>{p.name}</Link> },
        { key: 'code', header: t('app.adminPeople.projects.code'), cell: (p) => <span dir="ltr">{p.code}</span> },
        { key: 'funder', header: t('app.adminPeople.projects.funder'), cell: (p) => [p.funder, p.fundingStream].filter(Boolean).join(' — ') },
        { key: 'period', header: t('app.adminPeople.projects.period'), cell: (p) => [fmt.date(p.startsOn), fmt.date(p.endsOn)].filter(Boolean).join(' – ') },
        { key: 'open', header: t('app.adminPeople.projects.openEnrolments'), cell: (p) => fmt.number(p.openEnrolments) },
        { key: 'active', header: t('app.common.status'), cell: (p) => (p.active ? t('app.common.active') : t('app.common.inactive')) },
      ]}
    />
  );
}
