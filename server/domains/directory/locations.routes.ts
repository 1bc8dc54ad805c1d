import { z } from 'zod';
import { locationCreated, locationView } from '../../../common/schemas/directory-views.js';
import { directoryIdParam, locationBody, locationListQuery, locationPatch } from '../../../common/schemas/directory.js';
import { policy } from '../../platform/authz/authz.js';
import type { Actor } from '../../platform/authz/actor.js';
import type { AppContext } from '../../platform/context.js';
import type { Tx } from '../../platform/db/database.js';
import { DomainError } from '../../platform/errors.js';
import type { App } from '../../platform/http/app.js';
import { createLocation, updateLocation } from './commands/save-location.js';
import { assertCanEditFor, assertCanSetConfidential, directoryTx, ownOrganisationFilter } from './directory.policy.js';
import { findLocationDuplicates } from './duplicates.queries.js';
import { presentLocation } from './location.presenter.js';
import { findLocation, listLocations, type FullLocationRow } from './locations.queries.js';

/**
 * Partners may add locations for their own organisation, and edit them while no published
 * service uses them (a published service's address changes only through a coordinator).
 */
async function assertPartnerMayTouch(tx: Tx, actor: Actor, organizationId: string | null | undefined, location?: FullLocationRow) {
  if (ownOrganisationFilter(actor) === null) return;
  const org = organizationId ? await tx.selectFrom('dirOrganization').select('approdoOrganisationId').where('id', '=', organizationId).executeTakeFirst() : undefined;
  assertCanEditFor(actor, { approdoOrganisationId: org?.approdoOrganisationId ?? null });
  if (location) {
    const published = await tx
      .selectFrom('dirServiceAtLocation as sal')
      .innerJoin('dirService as s', (j) => j.onRef('s.id', '=', 'sal.serviceId'))
      .select('s.id')
      .where('sal.locationId', '=', location.id)
      .where('s.publicationState', '=', 'published')
      .executeTakeFirst();
    if (published) throw new DomainError('FORBIDDEN');
  }
}

export async function locationRoutes(app: App, ctx: AppContext) {
  const tags = ['directory'];
  app.get(
    '/api/directory/locations',
    { config: { policy: policy.permission('directory.read') }, schema: { tags, querystring: locationListQuery, response: { 200: z.object({ items: z.array(locationView) }) } } },
    async (request) => directoryTx(ctx, request.actor!, async (tx) => ({ items: (await listLocations(tx, request.query)).map(presentLocation) })),
  );
  app.post(
    '/api/directory/locations',
    { config: { policy: policy.permission('directory.edit') }, schema: { tags, body: locationBody, response: { 201: locationCreated } } },
    async (request, reply) => {
      const actor = request.actor!;
      assertCanSetConfidential(actor, request.body.confidential === true ? true : undefined);
      const created = await directoryTx(ctx, actor, async (tx) => {
        await assertPartnerMayTouch(tx, actor, request.body.organizationId);
        const row = await createLocation(tx, actor, request.body);
        const a = request.body.address;
        const duplicates = await findLocationDuplicates(tx, { name: row.name ?? '', address: a?.address1, city: a?.city, identifier: row.externalIdentifier, excludeId: row.id });
        return { ...presentLocation(row), duplicates };
      });
      return reply.code(201).send(created);
    },
  );
  app.get(
    '/api/directory/locations/:id',
    { config: { policy: policy.permission('directory.read') }, schema: { tags, params: directoryIdParam, response: { 200: locationView } } },
    async (request) => directoryTx(ctx, request.actor!, async (tx) => presentLocation(await findLocation(tx, request.params.id))),
  );
  app.patch(
    '/api/directory/locations/:id',
    { config: { policy: policy.permission('directory.edit') }, schema: { tags, params: directoryIdParam, body: locationPatch, response: { 200: locationView } } },
    async (request) => {
      const actor = request.actor!;
      return directoryTx(ctx, actor, async (tx) => {
        const before = await findLocation(tx, request.params.id);
        assertCanSetConfidential(actor, request.body.confidential === true && !before.confidential ? true : undefined);
        await assertPartnerMayTouch(tx, actor, before.organizationId, before);
        if (request.body.organizationId !== undefined && request.body.organizationId !== before.organizationId) await assertPartnerMayTouch(tx, actor, request.body.organizationId);
        return presentLocation(await updateLocation(tx, actor, before, request.body));
      });
    },
  );
}
