import { auditActionsResponse, auditListQuery, auditListResponse } from '../../../common/schemas/audit.js';
import { policy } from '../../platform/authz/authz.js';
import type { AppContext } from '../../platform/context.js';
import { withTenant } from '../../platform/db/database.js';
import type { App } from '../../platform/http/app.js';
import { assertCanReadAudit } from './audit.policy.js';
import { presentAuditEvent } from './audit.presenter.js';
import { listAuditActions, listAuditEvents } from './audit.queries.js';

export async function auditRoutes(app: App, ctx: AppContext) {
  const tags = ['audit'];
  app.get(
    '/api/audit',
    { config: { policy: policy.permission('audit.read') }, schema: { tags, querystring: auditListQuery, response: { 200: auditListResponse } } },
    async (request) => {
      const actor = request.actor!;
      assertCanReadAudit(actor);
      const { rows, nextCursor } = await withTenant(ctx.db, actor.tenantId, (tx) => listAuditEvents(tx, request.query));
      return { items: rows.map(presentAuditEvent), nextCursor };
    },
  );
  app.get(
    '/api/audit/actions',
    { config: { policy: policy.permission('audit.read') }, schema: { tags, response: { 200: auditActionsResponse } } },
    async (request) => {
      const actor = request.actor!;
      assertCanReadAudit(actor);
      return { items: await withTenant(ctx.db, actor.tenantId, listAuditActions) };
    },
  );
}
