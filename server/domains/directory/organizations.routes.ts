import { z } from 'zod';
import { organizationView } from '../../../common/schemas/directory-views.js';
import { directoryIdParam, organizationBody, organizationListQuery, organizationPatch } from '../../../common/schemas/directory.js';
import { policy } from '../../platform/authz/authz.js';
import type { AppContext } from '../../platform/context.js';
import type { App } from '../../platform/http/app.js';
import { createDirOrganization, updateDirOrganization } from './commands/save-dir-organization.js';
import { assertCanEditDirectory, directoryTx } from './directory.policy.js';
import { presentDirOrganization } from './organization.presenter.js';
import { findDirOrganization, listDirOrganizations } from './organizations.queries.js';

/** Directory organisations (HSDS `organization`): the providers services are filed under. */
export async function directoryOrganizationRoutes(app: App, ctx: AppContext) {
  const tags = ['directory'];
  app.get(
    '/api/directory/organizations',
    { config: { policy: policy.permission('directory.read') }, schema: { tags, querystring: organizationListQuery, response: { 200: z.object({ items: z.array(organizationView) }) } } },
    async (request) => directoryTx(ctx, request.actor!, async (tx) => ({ items: (await listDirOrganizations(tx, request.query.q)).map(presentDirOrganization) })),
  );
  app.post(
    '/api/directory/organizations',
    { config: { policy: policy.permission('directory.edit') }, schema: { tags, body: organizationBody, response: { 201: organizationView } } },
    async (request, reply) => {
      const actor = request.actor!;
      assertCanEditDirectory(actor);
      const row = await directoryTx(ctx, actor, (tx) => createDirOrganization(tx, actor, request.body));
      return reply.code(201).send(presentDirOrganization(row));
    },
  );
  app.get(
    '/api/directory/organizations/:id',
    { config: { policy: policy.permission('directory.read') }, schema: { tags, params: directoryIdParam, response: { 200: organizationView } } },
    async (request) => directoryTx(ctx, request.actor!, async (tx) => presentDirOrganization(await findDirOrganization(tx, request.params.id))),
  );
  app.patch(
    '/api/directory/organizations/:id',
    { config: { policy: policy.permission('directory.edit') }, schema: { tags, params: directoryIdParam, body: organizationPatch, response: { 200: organizationView } } },
    async (request) => {
      const actor = request.actor!;
      assertCanEditDirectory(actor);
      return presentDirOrganization(await directoryTx(ctx, actor, (tx) => updateDirOrganization(tx, actor, request.params.id, request.body)));
    },
  );
}
