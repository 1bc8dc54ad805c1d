import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigationType } from 'react-router';
import { Icon } from '../components/Icon.js';
import { NotificationsBell } from '../domains/front-door/NotificationsBell.js';
import { LanguageSwitch } from './LanguageSwitch.js';
import { MainNav } from './MainNav.js';
import { useSession } from './session.js';
import { UserMenu } from './UserMenu.js';

/**
 * Moves focus to the new page's heading after the user follows a link or goes back, so screen
 * readers announce the page. Not on first load or redirects: there the skip link stays first.
 */
function useFocusOnNavigate() {
  const { pathname } = useLocation();
  const navigationType = useNavigationType();
  const first = useRef(true);
  useEffect(() => {
    if (first.current || navigationType === 'REPLACE') {
      first.current = false;
      return;
    }
    const id = window.requestAnimationFrame(() => document.querySelector<HTMLElement>('main .page-heading')?.focus());
    return () => window.cancelAnimationFrame(id);
  }, [pathname, navigationType]);
}

export function Shell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { me } = useSession();
  useFocusOnNavigate();

  return (
    <>
      <a
        className="visually-hidden-focusable app-skip-link"
        href="#main-content"
        onClick={(e) => {
          // Focus explicitly: browsers differ on whether following a fragment link moves focus.
          e.preventDefault();
          document.getElementById('main-content')?.focus();
        }}
      >
        {t('app.shell.skipToContent')}
      </a>
      <header className="it-header-wrapper">
        <div className="it-header-slim-wrapper">
          <div className="container">
            <div className="it-header-slim-wrapper-content">
              <bdi className="navbar-brand app-tenant-name text-truncate">{me?.tenant.name ?? t('app.shell.appName')}</bdi>
              <div className="it-header-slim-right-zone gap-2">
                <LanguageSwitch />
                <NotificationsBell />
                <UserMenu />
              </div>
            </div>
          </div>
        </div>
        <div className="it-nav-wrapper">
          <div className="it-header-center-wrapper">
            <div className="container">
              <div className="it-header-center-content-wrapper">
                <div className="it-brand-wrapper">
                  <Link to="/">
                    <Icon name="it-pa" className="icon-xl" />
                    <div className="it-brand-text">
                      <div className="it-brand-title">{t('app.shell.appName')}</div>
                      <div className="it-brand-tagline d-none d-md-block">{me ? <bdi>{me.organisation.name}</bdi> : t('app.shell.tagline')}</div>
                    </div>
                  </Link>
                </div>
              </div>
            </div>
          </div>
          <MainNav />
        </div>
      </header>
      <main id="main-content" tabIndex={-1} className="container py-4 py-lg-5 app-main">
        {children}
      </main>
      <footer className="it-footer">
        <div className="it-footer-small-prints clearfix">
          <div className="container">
            <p className="it-footer-small-prints-list mb-0 py-3 text-white">{t('app.shell.footer')}</p>
          </div>
        </div>
      </footer>
    </>
  );
}
