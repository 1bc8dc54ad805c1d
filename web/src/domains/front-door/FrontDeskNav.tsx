import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import type { Permission } from '../../../../common/permissions.js';
import { useSession } from '../../app/session.js';

const TABS: { to: string; labelKey: string; permission: Permission }[] = [
  { to: '/front-desk', labelKey: 'app.frontDesk.tabs.intake', permission: 'person.write' },
  { to: '/front-desk/day', labelKey: 'app.frontDesk.tabs.day', permission: 'person.read' },
  { to: '/people', labelKey: 'app.frontDesk.tabs.people', permission: 'person.read' },
  { to: '/people/duplicates', labelKey: 'app.frontDesk.tabs.duplicates', permission: 'person.merge' },
];

/** The front desk's pages, as links. */
export function FrontDeskNav() {
  const { t } = useTranslation();
  const { can } = useSession();
  return (
    <nav aria-label={t('app.frontDesk.sections')} className="mb-4">
      <ul className="nav nav-tabs app-tabs">
        {TABS.filter((tab) => can(tab.permission)).map((tab) => (
          <li className="nav-item" key={tab.to}>
            <NavLink className={({ isActive }) => `nav-link${isActive ? ' active' : ''}`} to={tab.to} end>
              {t(tab.labelKey)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
