import type { AppContext } from './platform/context.js';
import type { App } from './platform/http/app.js';
import { authRoutes } from './domains/auth/auth.routes.js';
import { mfaRoutes } from './domains/auth/mfa.routes.js';
import { oidcRoutes } from './domains/auth/oidc.routes.js';
import { passwordRoutes } from './domains/auth/password.routes.js';
import { healthRoutes } from './domains/health/health.routes.js';
import { organisationRoutes } from './domains/organisations/organisations.routes.js';
import { userRoutes } from './domains/users/users.routes.js';
import { staticRoutes } from './platform/http/static.js';
import { auditRoutes } from './domains/audit/audit.routes.js';
import { tenantRoutes } from './domains/tenants/tenants.routes.js';
import { teamRoutes } from './domains/teams/teams.routes.js';
import { finderRoutes } from './domains/finder/finder.routes.js';
import { directoryRoutes } from './domains/directory/directory.routes.js';
import { networkRoutes } from './domains/network/network.routes.js';
import { hsdsRoutes } from './domains/hsds/hsds.routes.js';
import { accessPointRoutes } from './domains/access-points/access-points.routes.js';
import { contactRoutes } from './domains/contacts/contacts.routes.js';
import { fileRoutes } from './platform/files/files.routes.js';
import { consentRoutes } from './domains/consents/consents.routes.js';
import { enrolmentRoutes } from './domains/enrolments/enrolments.routes.js';
import { notificationRoutes } from './domains/notifications/notifications.routes.js';
import { peopleRoutes } from './domains/people/people.routes.js';

/** Every domain's routes, in one place. */
export function routes(ctx: AppContext) {
  return async (app: App) => {
    await healthRoutes(app, ctx);
    await authRoutes(app, ctx);
    await passwordRoutes(app, ctx);
    await mfaRoutes(app, ctx);
    await oidcRoutes(app, ctx);
    await organisationRoutes(app, ctx);
    await userRoutes(app, ctx);
    await tenantRoutes(app, ctx);
    await teamRoutes(app, ctx);
    await auditRoutes(app, ctx);
    await directoryRoutes(app, ctx);
    await networkRoutes(app, ctx);
    await hsdsRoutes(app, ctx);
    await peopleRoutes(app, ctx);
    await accessPointRoutes(app, ctx);
    await contactRoutes(app, ctx);
    await fileRoutes(app, ctx);
    await consentRoutes(app, ctx);
    await enrolmentRoutes(app, ctx);
    await notificationRoutes(app, ctx);
    await finderRoutes(app, ctx);
    await staticRoutes(app, ctx);
  };
}
