import { z } from 'zod';
import { idParam, organisationBody, organisationPatch, organisationView } from '../../../common/schemas/organisations.js';
import { policy } from '../../platform/authz/authz.js';
import type { AppContext } from '../../platform/context.js';
import { withTenant } from '../../platform/db/database.js';
import type { App } from '../../platform/http/app.js';
import { createOrganisation } from './commands/create-organisation.js';
import { updateOrganisation } from './commands/update-organisation.js';
import { presentOrganisation } from './organisation.presenter.js';
import { assertCanManageOrganisations } from './organisation.policy.js';
import { findOrganisation, listOrganisations } from './organisations.queries.js';

export async function organisationRoutes(app: App, ctx: AppContext) {
  const tags = ['organisations'];
  app.get(
    '/api/organisations',
    { config: { policy: policy.permission('organisation.read') }, schema: { tags, response: { 200: z.object({ items: z.array(organisationView) }) } } },
    async (request) => withTenant(ctx.db, request.actor!.tenantId, async (tx) => ({ items: (await listOrganisations(tx)).map(presentOrganisation) })),
  );
  app.get(
    '/api/organisations/:id',
    { config: { policy: policy.permission('organisation.read') }, schema: { tags, params: idParam, response: { 200: organisationView } } },
    async (request) => withTenant(ctx.db, request.actor!.tenantId, async (tx) => presentOrganisation(await findOrganisation(tx, request.params.id))),
  );
  app.post(
    '/api/organisations',
    { config: { policy: policy.permission('organisation.manage') }, schema: { tags, body: organisationBody, response: { 201: organisationView } } },
    async (request, reply) => {
      const actor = request.actor!;
      assertCanManageOrganisations(actor);
      const row = await withTenant(ctx.db, actor.tenantId, (tx) => createOrganisation(tx, actor, request.body));
      return reply.code(201).send(presentOrganisation(row));
    },
  );
  app.patch(
    '/api/organisations/:id',
    { config: { policy: policy.permission('organisation.manage') }, schema: { tags, params: idParam, body: organisationPatch, response: { 200: organisationView } } },
    async (request) => {
      const actor = request.actor!;
      assertCanManageOrganisations(actor);
      return presentOrganisation(await withTenant(ctx.db, actor.tenantId, (tx) => updateOrganisation(tx, actor, request.params.id, request.body)));
    },
  );
}
