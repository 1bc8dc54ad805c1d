import type { AppContext } from './platform/context.js';
import type { App } from './platform/http/app.js';
import { authRoutes } from './domains/auth/auth.routes.js';
import { healthRoutes } from './domains/health/health.routes.js';
import { organisationRoutes } from './domains/organisations/organisations.routes.js';
import { userRoutes } from './domains/users/users.routes.js';
import { staticRoutes } from './platform/http/static.js';
import { tenantRoutes } from './domains/tenants/tenants.routes.js';

/** Every domain's routes, in one place. */
export function routes(ctx: AppContext) {
  return async (app: App) => {
    await healthRoutes(app, ctx);
    await authRoutes(app, ctx);
    await organisationRoutes(app, ctx);
    await userRoutes(app, ctx);
    await tenantRoutes(app, ctx);
    await staticRoutes(app, ctx);
  };
}
