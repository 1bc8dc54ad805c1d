import { z } from 'zod';
import { needTermView } from '../../../common/schemas/directory-views.js';
import { needBody } from '../../../common/schemas/directory.js';
import { policy } from '../../platform/authz/authz.js';
import type { AppContext } from '../../platform/context.js';
import type { App } from '../../platform/http/app.js';
import { addNeedTerm } from './commands/add-need-term.js';
import { assertCanApprove, directoryTx } from './directory.policy.js';
import { duplicateRoutes } from './duplicates.routes.js';
import { locationRoutes } from './locations.routes.js';
import { listNeedTerms, presentNeedTerm } from './needs.queries.js';
import { directoryOrganizationRoutes } from './organizations.routes.js';
import { serviceRoutes } from './services.routes.js';
import { workflowRoutes } from './workflow.routes.js';

/** The staff side of the territorial service directory (issue 3). */
export async function directoryRoutes(app: App, ctx: AppContext) {
  const tags = ['directory'];
  app.get(
    '/api/directory/needs',
    { config: { policy: policy.permission('directory.read') }, schema: { tags, response: { 200: z.object({ items: z.array(needTermView) }) } } },
    async (request) => directoryTx(ctx, request.actor!, async (tx) => ({ items: (await listNeedTerms(tx)).map(presentNeedTerm) })),
  );
  app.post(
    '/api/directory/needs',
    { config: { policy: policy.permission('directory.approve') }, schema: { tags, body: needBody, response: { 201: needTermView } } },
    async (request, reply) => {
      const actor = request.actor!;
      assertCanApprove(actor);
      const row = await directoryTx(ctx, actor, (tx) => addNeedTerm(tx, actor, request.body));
      return reply.code(201).send(presentNeedTerm(row));
    },
  );
  await directoryOrganizationRoutes(app, ctx);
  await duplicateRoutes(app, ctx);
  await serviceRoutes(app, ctx);
  await locationRoutes(app, ctx);
  await workflowRoutes(app, ctx);
}
