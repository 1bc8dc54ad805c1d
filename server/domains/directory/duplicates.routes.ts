import { z } from 'zod';
import { duplicateCandidate, duplicatePair, mergeResult } from '../../../common/schemas/directory-views.js';
import { directoryIdParam, duplicateCheckBody, duplicateReportQuery, mergeBody } from '../../../common/schemas/directory.js';
import { policy } from '../../platform/authz/authz.js';
import type { AppContext } from '../../platform/context.js';
import type { App } from '../../platform/http/app.js';
import { mergeServices } from './commands/merge-services.js';
import { assertCanApprove, directoryTx } from './directory.policy.js';
import { duplicatePairs, findServiceDuplicates } from './duplicates.queries.js';
import { loadServiceView } from './service-detail.js';
import { findService } from './services.queries.js';

/** Duplicate detection while editing, the tenant-wide duplicates report, and merging. */
export async function duplicateRoutes(app: App, ctx: AppContext) {
  const tags = ['directory'];
  app.post(
    '/api/directory/services/check-duplicates',
    { config: { policy: policy.permission('directory.edit') }, schema: { tags, body: duplicateCheckBody, response: { 200: z.object({ items: z.array(duplicateCandidate) }) } } },
    async (request) => directoryTx(ctx, request.actor!, async (tx) => ({ items: await findServiceDuplicates(tx, request.body) })),
  );
  app.get(
    '/api/directory/duplicates',
    { config: { policy: policy.permission('directory.approve') }, schema: { tags, querystring: duplicateReportQuery, response: { 200: z.object({ items: z.array(duplicatePair) }) } } },
    async (request) => {
      const actor = request.actor!;
      assertCanApprove(actor);
      return directoryTx(ctx, actor, async (tx) => ({ items: await duplicatePairs(tx, request.query.threshold) }));
    },
  );
  app.post(
    '/api/directory/services/:id/merge',
    { config: { policy: policy.permission('directory.approve') }, schema: { tags, params: directoryIdParam, body: mergeBody, response: { 200: mergeResult } } },
    async (request) => {
      const actor = request.actor!;
      assertCanApprove(actor);
      return directoryTx(ctx, actor, async (tx) => {
        const dup = await findService(tx, request.params.id);
        const into = await findService(tx, request.body.intoId);
        const moved = await mergeServices(tx, actor, dup, into);
        return { service: await loadServiceView(tx, into.id), moved };
      });
    },
  );
}
