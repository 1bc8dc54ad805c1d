import './directory.css';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import type { Permission } from '../../../../common/permissions.js';
import { useSession } from '../../app/session.js';
import { useCanImport } from './import-access.js';

const TABS: { to: string; labelKey: string; permission: Permission; tenantWide?: boolean }[] = [
  { to: '/directory', labelKey: 'app.directory.tabs.services', permission: 'directory.read' },
  { to: '/directory/locations', labelKey: 'app.directory.tabs.locations', permission: 'directory.read' },
  { to: '/directory/organizations', labelKey: 'app.directory.tabs.organizations', permission: 'directory.read' },
  { to: '/directory/changes', labelKey: 'app.directory.tabs.changes', permission: 'directory.edit' },
  { to: '/directory/verification', labelKey: 'app.directory.tabs.verification', permission: 'directory.edit' },
  { to: '/directory/reports', labelKey: 'app.directory.tabs.reports', permission: 'directory.edit' },
  { to: '/directory/duplicates', labelKey: 'app.directory.tabs.duplicates', permission: 'directory.approve' },
  { to: '/directory/import', labelKey: 'app.directory.tabs.import', permission: 'directory.edit', tenantWide: true },
];

/** The directory's sections, as links (each is its own page with its own address). */
export function DirectoryNav() {
  const { t } = useTranslation();
  const { can } = useSession();
  const canImport = useCanImport();
  return (
    <nav aria-label={t('app.directory.sections')} className="mb-4">
      <ul className="nav nav-tabs app-directory-tabs">
        {TABS.filter((tab) => can(tab.permission) && (!tab.tenantWide || canImport)).map((tab) => (
          <li className="nav-item" key={tab.to}>
            <NavLink className={({ isActive }) => `nav-link${isActive ? ' active' : ''}`} to={tab.to} end={tab.to === '/directory'}>
              {t(tab.labelKey)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
