import { serviceCreated, serviceList, serviceProposed, serviceView } from '../../../common/schemas/directory-views.js';
import { directoryIdParam, serviceBody, serviceListQuery, servicePatch } from '../../../common/schemas/directory.js';
import { policy } from '../../platform/authz/authz.js';
import type { Actor } from '../../platform/authz/actor.js';
import type { AppContext } from '../../platform/context.js';
import type { Tx } from '../../platform/db/database.js';
import { DomainError } from '../../platform/errors.js';
import type { App } from '../../platform/http/app.js';
import { createService } from './commands/create-service.js';
import { proposeServiceChange } from './commands/propose-service-change.js';
import { applyServicePatch } from './commands/update-service.js';
import { assertCanEditFor, assertCanSetConfidential, directoryTx, isApprover } from './directory.policy.js';
import { findServiceDuplicates } from './duplicates.queries.js';
import { presentServiceListItem } from './service.presenter.js';
import { loadServiceView } from './service-detail.js';
import { findService, listServices } from './services.queries.js';

/** The directory organisation a service is filed under, which must exist in the tenant. */
async function ownerOrganization(tx: Tx, id: string) {
  const org = await tx.selectFrom('dirOrganization').select(['id', 'approdoOrganisationId']).where('id', '=', id).executeTakeFirst();
  if (!org) throw new DomainError('VALIDATION_FAILED', {}, [{ path: 'body.organizationId', code: 'invalid_value' }]);
  return org;
}

/** Only approvers choose the publication state; everyone else's work waits for them. */
function withoutPublicationState<T extends { publicationState?: unknown }>(actor: Actor, body: T): T {
  if (isApprover(actor)) return body;
  const { publicationState: _ignored, ...rest } = body;
  return rest as T;
}

export async function serviceRoutes(app: App, ctx: AppContext) {
  const tags = ['directory'];
  app.get(
    '/api/directory/services',
    { config: { policy: policy.permission('directory.read') }, schema: { tags, querystring: serviceListQuery, response: { 200: serviceList } } },
    async (request) => {
      const { overdue, ...q } = request.query;
      return directoryTx(ctx, request.actor!, async (tx) => {
        const { rows, total } = await listServices(tx, { ...q, overdue: overdue === 'true' });
        return { items: rows.map(presentServiceListItem), total };
      });
    },
  );
  app.post(
    '/api/directory/services',
    { config: { policy: policy.permission('directory.edit') }, schema: { tags, body: serviceBody, response: { 201: serviceCreated } } },
    async (request, reply) => {
      const actor = request.actor!;
      assertCanSetConfidential(actor, request.body.confidential === true ? true : undefined);
      const created = await directoryTx(ctx, actor, async (tx) => {
        assertCanEditFor(actor, await ownerOrganization(tx, request.body.organizationId));
        const body = withoutPublicationState(actor, request.body);
        const id = await createService(tx, actor, body, isApprover(actor) ? (body.publicationState ?? 'published') : 'pending_approval');
        const view = await loadServiceView(tx, id);
        const address = view.locations.find((l) => l.address)?.address;
        const duplicates = await findServiceDuplicates(tx, { name: view.name, address: address?.address1, city: address?.city, organizationId: view.organization.id, excludeId: id });
        return { ...view, duplicates };
      });
      return reply.code(201).send(created);
    },
  );
  app.get(
    '/api/directory/services/:id',
    { config: { policy: policy.permission('directory.read') }, schema: { tags, params: directoryIdParam, response: { 200: serviceView } } },
    async (request) => directoryTx(ctx, request.actor!, (tx) => loadServiceView(tx, request.params.id)),
  );
  app.patch(
    '/api/directory/services/:id',
    { config: { policy: policy.permission('directory.edit') }, schema: { tags, params: directoryIdParam, body: servicePatch, response: { 200: serviceView, 202: serviceProposed } } },
    async (request, reply) => {
      const actor = request.actor!;
      const result = await directoryTx(ctx, actor, async (tx) => {
        const before = await findService(tx, request.params.id);
        assertCanEditFor(actor, before);
        assertCanSetConfidential(actor, request.body.confidential === true && !before.confidential ? true : undefined);
        if (request.body.organizationId && request.body.organizationId !== before.organizationId) {
          assertCanEditFor(actor, await ownerOrganization(tx, request.body.organizationId));
        }
        const patch = withoutPublicationState(actor, request.body);
        // Approvers write; a partner's not-yet-published service is still theirs to shape.
        if (isApprover(actor) || before.publicationState !== 'published') {
          await applyServicePatch(tx, actor, before, patch);
          return { changeId: null, service: await loadServiceView(tx, before.id) };
        }
        const changeId = await proposeServiceChange(tx, actor, before, patch);
        return { changeId, service: await loadServiceView(tx, before.id) };
      });
      if (result.changeId) return reply.code(202).send({ changeId: result.changeId, service: result.service });
      return result.service;
    },
  );
}

