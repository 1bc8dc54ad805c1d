import { tenantPatch, tenantView } from '../../../common/schemas/tenants.js';
import { authorize, policy } from '../../platform/authz/authz.js';
import type { AppContext } from '../../platform/context.js';
import { withTenant } from '../../platform/db/database.js';
import type { App } from '../../platform/http/app.js';
import { updateTenantSettings } from './commands/update-tenant-settings.js';
import { presentTenant } from './tenant.presenter.js';

export async function tenantRoutes(app: App, ctx: AppContext) {
  const tags = ['tenant'];
  app.get(
    '/api/tenant',
    { config: { policy: policy.authenticated }, schema: { tags, response: { 200: tenantView } } },
    async (request) =>
      withTenant(ctx.db, request.actor!.tenantId, async (tx) =>
        presentTenant(await tx.selectFrom('tenant').selectAll().where('id', '=', request.actor!.tenantId).executeTakeFirstOrThrow()),
      ),
  );
  app.patch(
    '/api/tenant',
    { config: { policy: policy.permission('tenant.settings') }, schema: { tags, body: tenantPatch, response: { 200: tenantView } } },
    async (request) => {
      const actor = request.actor!;
      authorize(actor, 'tenant.settings', 'tenant');
      return presentTenant(await withTenant(ctx.db, actor.tenantId, (tx) => updateTenantSettings(tx, actor, request.body)));
    },
  );
}
