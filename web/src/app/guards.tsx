import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation } from 'react-router';
import type { Permission } from '../../../common/permissions.js';
import { PageHeading } from '../components/PageHeading.js';
import { Spinner } from '../components/Spinner.js';
import { useSession } from './session.js';

/** Signed-in pages: anonymous visitors go to sign in; a session still owing MFA set-up goes there first. */
export function RequireSignIn({ children, allowMfaSetup = false }: { children: ReactNode; allowMfaSetup?: boolean }) {
  const { status, me } = useSession();
  const location = useLocation();
  if (status === 'loading') return <Spinner />;
  if (!me) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  if (me.sessionStage === 'mfa_setup' && !allowMfaSetup) return <Navigate to="/mfa-setup" replace />;
  if (me.sessionStage === 'full' && allowMfaSetup) return <Navigate to="/" replace />;
  return <>{children}</>;
}

/** Sign-in and password pages: a signed-in user has nothing to do there. */
export function AnonymousOnly({ children }: { children: ReactNode }) {
  const { status, me } = useSession();
  if (status === 'loading') return <Spinner />;
  if (me) return <Navigate to={me.sessionStage === 'mfa_setup' ? '/mfa-setup' : '/'} replace />;
  return <>{children}</>;
}

export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const { can } = useSession();
  return can(permission) ? <>{children}</> : <Forbidden />;
}

export function Forbidden() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('app.errorsPage.forbiddenTitle')} />
      <p>{t('errors.FORBIDDEN')}</p>
      <Link to="/">{t('app.errorsPage.backHome')}</Link>
    </>
  );
}

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('app.errorsPage.notFoundTitle')} />
      <p>{t('app.errorsPage.notFoundText')}</p>
      <Link to="/">{t('app.errorsPage.backHome')}</Link>
    </>
  );
}
