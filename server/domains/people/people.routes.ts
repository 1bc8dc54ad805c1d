import { z } from 'zod';
import {
  duplicatesQuery,
  mergeBody,
  mergeIdParam,
  personCreateBody,
  personIdParam,
  personPatchBody,
  personSearchQuery,
  personViewQuery,
} from '../../../common/schemas/people.js';
import { duplicatePairsResult, mergeResultView, personSearchResult, personView, undoMergeResultView } from '../../../common/schemas/people-views.js';
import { policy } from '../../platform/authz/authz.js';
import type { AppContext } from '../../platform/context.js';
import { withTenant } from '../../platform/db/database.js';
import type { App } from '../../platform/http/app.js';
import { mergePeople } from './commands/merge-people.js';
import { registerPerson } from './commands/register-person.js';
import { undoMerge } from './commands/undo-merge.js';
import { updatePerson } from './commands/update-person.js';
import { duplicatePairs } from './person-duplicates.js';
import { allowedSections, presentPerson } from './person.presenter.js';
import { searchPeople } from './person-search.js';
import { parseSections, viewPerson } from './person-view.js';
import { loadPersonRecord } from './people.queries.js';
import { etagOf } from '../../platform/http/if-match.js';

/** The person registry: intake, search before create, the record, corrections, duplicates and merges. */
export async function peopleRoutes(app: App, ctx: AppContext) {
  const tags = ['people'];
  const ifMatch = z.object({ 'if-match': z.string().max(40).optional().describe('"<version>" from the ETag of the last GET') });

  app.post(
    '/api/people',
    { config: { policy: policy.permission('person.write') }, schema: { tags, body: personCreateBody, response: { 201: personView } } },
    async (request, reply) => {
      const actor = request.actor!;
      const sections = allowedSections(actor);
      const view = await withTenant(ctx.db, actor.tenantId, async (tx) => presentPerson(await loadPersonRecord(tx, await registerPerson(tx, actor, request.body, sections)), sections));
      return reply.code(201).header('etag', etagOf(view.version)).send(view);
    },
  );
  app.get(
    '/api/people',
    { config: { policy: policy.permission('person.read') }, schema: { tags, querystring: personSearchQuery, response: { 200: personSearchResult } } },
    async (request) => withTenant(ctx.db, request.actor!.tenantId, (tx) => searchPeople(tx, request.actor!, request.query, request.lang)),
  );
  app.get(
    '/api/people/duplicates',
    { config: { policy: policy.permission('person.merge') }, schema: { tags, querystring: duplicatesQuery, response: { 200: duplicatePairsResult } } },
    async (request) => withTenant(ctx.db, request.actor!.tenantId, (tx) => duplicatePairs(tx, request.actor!, request.query)),
  );
  app.get(
    '/api/people/:id',
    { config: { policy: policy.permission('person.read') }, schema: { tags, params: personIdParam, querystring: personViewQuery, response: { 200: personView } } },
    async (request, reply) => {
      const actor = request.actor!;
      const view = await withTenant(ctx.db, actor.tenantId, (tx) => viewPerson(tx, actor, request.params.id, parseSections(request.query.sections)));
      return reply.header('etag', etagOf(view.version)).send(view);
    },
  );
  app.patch(
    '/api/people/:id',
    { config: { policy: policy.permission('person.write') }, schema: { tags, params: personIdParam, headers: ifMatch, body: personPatchBody, response: { 200: personView } } },
    async (request, reply) => {
      const actor = request.actor!;
      const sections = allowedSections(actor);
      const view = await withTenant(ctx.db, actor.tenantId, async (tx) =>
        presentPerson(await updatePerson(tx, actor, request.params.id, request.headers['if-match'], request.body, sections), sections),
      );
      return reply.header('etag', etagOf(view.version)).send(view);
    },
  );
  app.post(
    '/api/people/:id/merge',
    { config: { policy: policy.permission('person.merge') }, schema: { tags, params: personIdParam, body: mergeBody, response: { 200: mergeResultView } } },
    async (request) => withTenant(ctx.db, request.actor!.tenantId, (tx) => mergePeople(tx, request.actor!, request.params.id, request.body.otherId)),
  );
  app.post(
    '/api/people/merges/:mergeId/undo',
    { config: { policy: policy.permission('person.merge') }, schema: { tags, params: mergeIdParam, response: { 200: undoMergeResultView } } },
    async (request) => withTenant(ctx.db, request.actor!.tenantId, (tx) => undoMerge(tx, request.actor!, request.params.mergeId)),
  );
}
