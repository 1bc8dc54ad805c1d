import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import type { Permission } from '../../../../../common/permissions.js';
import { useSession } from '../../../app/session.js';

const TABS: { to: string; labelKey: string; permission: Permission }[] = [
  { to: '/admin/access-points', labelKey: 'app.adminPeople.tabs.accessPoints', permission: 'access_point.manage' },
  { to: '/admin/projects', labelKey: 'app.adminPeople.tabs.projects', permission: 'project.manage' },
  { to: '/admin/notices', labelKey: 'app.adminPeople.tabs.notices', permission: 'notice.manage' },
  { to: '/admin/legal-bases', labelKey: 'app.adminPeople.tabs.legalBases', permission: 'notice.manage' },
];

/** The front-door settings' sections, as links (each is its own page). */
export function AdminNav() {
  const { t } = useTranslation();
  const { can } = useSession();
  return (
    <nav aria-label={t('app.adminPeople.sections')} className="mb-4">
      <ul className="nav nav-tabs app-tabs">
        {TABS.filter((tab) => can(tab.permission)).map((tab) => (
          <li className="nav-item" key={tab.to}>
            <NavLink className={({ isActive }) => `nav-link${isActive ? ' active' : ''}`} to={tab.to}>
              {t(tab.labelKey)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The first settings page the user may open (the main navigation's entry). */
export function useFirstAdminPage(): string | null {
  const { can } = useSession();
  return TABS.find((tab) => can(tab.permission))?.to ?? null;
}
