import { z } from 'zod';
import { changeView, reportView, serviceList, serviceView } from '../../../common/schemas/directory-views.js';
import { changeListQuery, directoryIdParam, emptyBody, rejectBody, reportListQuery, resolveBody } from '../../../common/schemas/directory.js';
import { policy } from '../../platform/authz/authz.js';
import type { AppContext } from '../../platform/context.js';
import type { App } from '../../platform/http/app.js';
import { approveServiceChange, rejectServiceChange } from './commands/decide-service-change.js';
import { decideReport } from './commands/decide-report.js';
import { publishService } from './commands/publish-service.js';
import { verifyService } from './commands/verify-service.js';
import { assertCanApprove, assertCanEditFor, directoryTx, ownOrganisationFilter } from './directory.policy.js';
import { presentServiceListItem } from './service.presenter.js';
import { loadServiceView } from './service-detail.js';
import { findService, listServices } from './services.queries.js';
import { findReport, listChanges, listReports, presentReport } from './workflow.queries.js';

/** Approval of partners' drafts, verification and wrong-information reports. */
export async function workflowRoutes(app: App, ctx: AppContext) {
  const tags = ['directory'];
  app.get(
    '/api/directory/changes',
    { config: { policy: policy.permission('directory.edit') }, schema: { tags, querystring: changeListQuery, response: { 200: z.object({ items: z.array(changeView) }) } } },
    async (request) => {
      const actor = request.actor!;
      return directoryTx(ctx, actor, async (tx) => ({ items: await listChanges(tx, { status: request.query.status, approdoOrganisationId: ownOrganisationFilter(actor) }) }));
    },
  );
  app.post(
    '/api/directory/changes/:id/approve',
    { config: { policy: policy.permission('directory.approve') }, schema: { tags, params: directoryIdParam, body: emptyBody, response: { 200: serviceView } } },
    async (request) => {
      const actor = request.actor!;
      assertCanApprove(actor);
      return directoryTx(ctx, actor, async (tx) => loadServiceView(tx, await approveServiceChange(tx, actor, request.params.id)));
    },
  );
  app.post(
    '/api/directory/changes/:id/reject',
    { config: { policy: policy.permission('directory.approve') }, schema: { tags, params: directoryIdParam, body: rejectBody, response: { 200: serviceView } } },
    async (request) => {
      const actor = request.actor!;
      assertCanApprove(actor);
      return directoryTx(ctx, actor, async (tx) => loadServiceView(tx, await rejectServiceChange(tx, actor, request.params.id, request.body.comment)));
    },
  );
  app.post(
    '/api/directory/services/:id/publish',
    { config: { policy: policy.permission('directory.approve') }, schema: { tags, params: directoryIdParam, body: emptyBody, response: { 200: serviceView } } },
    async (request) => {
      const actor = request.actor!;
      assertCanApprove(actor);
      return directoryTx(ctx, actor, async (tx) => {
        await publishService(tx, actor, await findService(tx, request.params.id));
        return loadServiceView(tx, request.params.id);
      });
    },
  );
  app.post(
    '/api/directory/services/:id/verify',
    { config: { policy: policy.permission('directory.edit') }, schema: { tags, params: directoryIdParam, body: emptyBody, response: { 200: serviceView } } },
    async (request) => {
      const actor = request.actor!;
      return directoryTx(ctx, actor, async (tx) => {
        const service = await findService(tx, request.params.id);
        assertCanEditFor(actor, service);
        await verifyService(tx, actor, service);
        return loadServiceView(tx, service.id);
      });
    },
  );
  app.get(
    '/api/directory/verification-queue',
    { config: { policy: policy.permission('directory.edit') }, schema: { tags, response: { 200: serviceList } } },
    async (request) => {
      const actor = request.actor!;
      return directoryTx(ctx, actor, async (tx) => {
        const { rows, total } = await listServices(tx, { overdue: true, approdoOrganisationId: ownOrganisationFilter(actor), limit: 200 });
        return { items: rows.map(presentServiceListItem), total };
      });
    },
  );
  app.get(
    '/api/directory/reports',
    { config: { policy: policy.permission('directory.edit') }, schema: { tags, querystring: reportListQuery, response: { 200: z.object({ items: z.array(reportView) }) } } },
    async (request) => {
      const actor = request.actor!;
      return directoryTx(ctx, actor, async (tx) => ({ items: (await listReports(tx, { status: request.query.status, approdoOrganisationId: ownOrganisationFilter(actor) })).map(presentReport) }));
    },
  );
  for (const outcome of ['resolved', 'dismissed'] as const) {
    app.post(
      `/api/directory/reports/:id/${outcome === 'resolved' ? 'resolve' : 'dismiss'}`,
      { config: { policy: policy.permission('directory.edit') }, schema: { tags, params: directoryIdParam, body: resolveBody, response: { 200: reportView } } },
      async (request) => {
        const actor = request.actor!;
        return directoryTx(ctx, actor, async (tx) => {
          const report = await findReport(tx, request.params.id);
          assertCanEditFor(actor, report);
          await decideReport(tx, actor, report, outcome, request.body.comment);
          return presentReport(await findReport(tx, report.id));
        });
      },
    );
  }
}
