import type { ReactNode } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import type { Permission } from '../../../common/permissions.js';
import { AuditPage } from '../domains/audit/AuditPage.js';
import { ForgotPasswordPage } from '../domains/auth/ForgotPasswordPage.js';
import { LoginPage } from '../domains/auth/LoginPage.js';
import { MfaSetupPage } from '../domains/auth/MfaSetupPage.js';
import { ResetPasswordPage } from '../domains/auth/ResetPasswordPage.js';
import { directoryRoutes } from '../domains/directory/directory-routes.js';
import { frontDoorRoutes } from '../domains/front-door/front-door-routes.js';
import { HomePage } from '../domains/home/HomePage.js';
import { NetworkPage } from '../domains/network/NetworkPage.js';
import { OrganisationDetailPage } from '../domains/organisations/OrganisationDetailPage.js';
import { OrganisationEditPage } from '../domains/organisations/OrganisationEditPage.js';
import { OrganisationsPage } from '../domains/organisations/OrganisationsPage.js';
import { ProfilePage } from '../domains/profile/ProfilePage.js';
import { UserCreatePage } from '../domains/users/UserCreatePage.js';
import { UserDetailPage } from '../domains/users/UserDetailPage.js';
import { UsersPage } from '../domains/users/UsersPage.js';
import { AnonymousOnly, NotFoundPage, RequirePermission, RequireSignIn } from './guards.js';
import { SessionProvider } from './session.js';
import { Shell } from './Shell.js';

function Private({ permission, children }: { permission?: Permission; children: ReactNode }) {
  return <RequireSignIn>{permission ? <RequirePermission permission={permission}>{children}</RequirePermission> : children}</RequireSignIn>;
}

export function App() {
  return (
    <BrowserRouter basename="/app">
      <SessionProvider>
        <Shell>
          <Routes>
            <Route path="/login" element={<AnonymousOnly><LoginPage /></AnonymousOnly>} />
            <Route path="/forgot-password" element={<AnonymousOnly><ForgotPasswordPage /></AnonymousOnly>} />
            <Route path="/reset-password" element={<ResetPasswordPage />} />
            <Route path="/mfa-setup" element={<RequireSignIn allowMfaSetup><MfaSetupPage /></RequireSignIn>} />
            <Route path="/" element={<Private><HomePage /></Private>} />
            <Route path="/profile" element={<Private><ProfilePage /></Private>} />
            <Route path="/organisations" element={<Private permission="organisation.read"><OrganisationsPage /></Private>} />
            <Route path="/organisations/new" element={<Private permission="organisation.manage"><OrganisationEditPage /></Private>} />
            <Route path="/organisations/:id" element={<Private permission="organisation.read"><OrganisationDetailPage /></Private>} />
            <Route path="/organisations/:id/edit" element={<Private permission="organisation.manage"><OrganisationEditPage /></Private>} />
            <Route path="/users" element={<Private permission="user.read"><UsersPage /></Private>} />
            <Route path="/users/new" element={<Private permission="user.manage"><UserCreatePage /></Private>} />
            <Route path="/users/:id" element={<Private permission="user.read"><UserDetailPage /></Private>} />
            <Route path="/audit" element={<Private permission="audit.read"><AuditPage /></Private>} />
            {directoryRoutes(Private)}
            {frontDoorRoutes(Private)}
            <Route path="/network" element={<Private permission="network.read"><NetworkPage /></Private>} />
            <Route path="*" element={<NotFoundPage />} />
          </Routes>
        </Shell>
      </SessionProvider>
    </BrowserRouter>
  );
}
