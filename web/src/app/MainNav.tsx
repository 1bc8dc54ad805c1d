import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router';
import type { Permission } from '../../../common/permissions.js';
import { Icon } from '../components/Icon.js';
import { useSession } from './session.js';

interface NavItem {
  to: string;
  labelKey: string;
  permission?: Permission;
}

const NAV: NavItem[] = [
  { to: '/', labelKey: 'app.nav.home' },
  { to: '/front-desk', labelKey: 'app.frontDesk.nav', permission: 'person.write' },
  { to: '/people', labelKey: 'app.personRecord.nav', permission: 'person.read' },
  { to: '/organisations', labelKey: 'app.nav.organisations', permission: 'organisation.read' },
  { to: '/directory', labelKey: 'app.nav.directory', permission: 'directory.read' },
  { to: '/users', labelKey: 'app.nav.users', permission: 'user.read' },
  { to: '/audit', labelKey: 'app.nav.audit', permission: 'audit.read' },
  { to: '/network', labelKey: 'app.nav.network', permission: 'network.read' },
  { to: '/admin/access-points', labelKey: 'app.adminPeople.nav', permission: 'access_point.manage' },
];

/**
 * The sections the user's permissions open, as Bootstrap Italia's navbar. Below the lg breakpoint
 * it becomes a side panel: opened by the burger, closed by its button, the overlay, Escape or
 * following a link; focus goes into the panel and back to the burger.
 */
export function MainNav() {
  const { t } = useTranslation();
  const { me, can } = useSession();
  const { pathname } = useLocation();
  const [open, setOpen] = useState(false);
  const toggler = useRef<HTMLButtonElement>(null);
  const closer = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);

  useEffect(() => setOpen(false), [pathname]);
  useEffect(() => {
    if (open) closer.current?.focus();
    else if (wasOpen.current && toggler.current?.offsetParent) toggler.current.focus();
    wasOpen.current = open;
    if (!open) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(false);
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);

  const items = me && me.sessionStage === 'full' ? NAV.filter((n) => !n.permission || can(n.permission)) : [];
  if (items.length === 0) return null;
  return (
    <div className="it-header-navbar-wrapper">
      <div className="container">
        <nav className="navbar navbar-expand-lg has-megamenu" aria-label={t('app.shell.mainNavigation')}>
          <button ref={toggler} className="custom-navbar-toggler" type="button" aria-controls="main-nav" aria-expanded={open} onClick={() => setOpen(true)}>
            <Icon name="it-burger" />
            <span className="visually-hidden">{t('app.shell.openMenu')}</span>
          </button>
          <div className={`overlay app-nav-overlay${open ? ' is-open' : ''}`} aria-hidden="true" onClick={() => setOpen(false)} />
          <div className={`navbar-collapsable${open ? ' expanded app-nav-open' : ''}`} id="main-nav">
            <div className="close-div">
              <button ref={closer} className="btn close-menu" type="button" onClick={() => setOpen(false)}>
                <span className="visually-hidden">{t('app.shell.closeMenu')}</span>
                <Icon name="it-close-big" />
              </button>
            </div>
            <div className="menu-wrapper">
              <ul className="navbar-nav">
                {items.map((n) => (
                  <li className="nav-item" key={n.to}>
                    <NavLink className={({ isActive }) => `nav-link${isActive ? ' active' : ''}`} to={n.to} end={n.to === '/'}>
                      <span>{t(n.labelKey)}</span>
                    </NavLink>
                  </li>
                ))}
              </ul>
            </div>
          </div>
        </nav>
      </div>
    </div>
  );
}
