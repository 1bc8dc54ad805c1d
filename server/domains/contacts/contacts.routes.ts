import { z } from 'zod';
import { CONTENT_LANGUAGES } from '../../../common/schemas/directory.js';
import {
  anonymousContactBody,
  contactBody,
  contactIdParam,
  contactPatch,
  contactView,
  suggestionsQuery,
  suggestionsView,
} from '../../../common/schemas/contacts.js';
import { policy } from '../../platform/authz/authz.js';
import { writeAudit } from '../../platform/audit/audit-writer.js';
import type { AppContext } from '../../platform/context.js';
import { DomainError } from '../../platform/errors.js';
import type { App } from '../../platform/http/app.js';
import type { FastifyRequest } from 'fastify';
import { findAccessPoint } from '../access-points/access-points.queries.js';
import { assertPersonReachable } from '../people/people.policy.js';
import { appointmentRoutes } from './appointments.routes.js';
import { logContact, setNextStepDone } from './commands/log-contact.js';
import { presentContact } from './contact.presenter.js';
import { assertContactReachable, frontDoorTx } from './contacts.policy.js';
import { findContact, listPersonContacts } from './contacts.queries.js';
import { dayViewRoutes } from './day-view.routes.js';
import { suggestServices } from './suggestions.queries.js';

const personIdParam = z.object({ id: z.string().uuid() }).strict();
const MAX_PRINTED = 20;

/**
 * The language asked for the services' names. The platform takes `?lang=` for the language of
 * its own messages (and removes it from request.query), so it is read from the raw query here.
 */
function contentLanguage(request: FastifyRequest): string {
  const lang = new URLSearchParams(request.url.split('?')[1] ?? '').get('lang');
  if (lang === null) return request.lang;
  if (!(CONTENT_LANGUAGES as readonly string[]).includes(lang)) throw new DomainError('VALIDATION_FAILED', {}, [{ path: 'querystring.lang', code: 'invalid_value' }]);
  return lang;
}

export async function contactRoutes(app: App, ctx: AppContext) {
  const tags = ['contacts'];
  app.post(
    '/api/people/:id/contacts',
    { config: { policy: policy.permission('person.write') }, schema: { tags, params: personIdParam, body: contactBody, response: { 201: contactView } } },
    async (request, reply) => {
      const actor = request.actor!;
      const row = await frontDoorTx(ctx, actor, async (tx) => {
        const person = await assertPersonReachable(tx, actor, request.params.id, 'person.write');
        return logContact(tx, actor, person.id, request.body);
      });
      return reply.code(201).send(presentContact(row));
    },
  );
  app.get(
    '/api/people/:id/contacts',
    { config: { policy: policy.permission('person.read') }, schema: { tags, params: personIdParam, response: { 200: z.object({ items: z.array(contactView) }) } } },
    async (request) => {
      const actor = request.actor!;
      return frontDoorTx(ctx, actor, async (tx) => {
        const person = await assertPersonReachable(tx, actor, request.params.id, 'person.read');
        const items = await listPersonContacts(tx, person.id);
        // Every view of a person record is in the trail, with the sections shown.
        await writeAudit(tx, actor, { action: 'person.view', entity: 'person', entityId: person.id, diff: { sections: ['contacts'], count: items.length } });
        return { items: items.map(presentContact) };
      });
    },
  );
  app.post(
    '/api/contacts/anonymous',
    { config: { policy: policy.permission('person.write') }, schema: { tags, description: 'A contact with no person record: counted, never identified.', body: anonymousContactBody, response: { 201: contactView } } },
    async (request, reply) => {
      const actor = request.actor!;
      const row = await frontDoorTx(ctx, actor, (tx) => logContact(tx, actor, null, request.body));
      return reply.code(201).send(presentContact(row));
    },
  );
  app.patch(
    '/api/contacts/:id',
    { config: { policy: policy.permission('person.write') }, schema: { tags, description: 'Marks the next step done (or not done).', params: contactIdParam, body: contactPatch, response: { 200: contactView } } },
    async (request) => {
      const actor = request.actor!;
      const row = await frontDoorTx(ctx, actor, async (tx) => {
        const contact = await findContact(tx, request.params.id);
        await assertContactReachable(tx, actor, contact, 'person.write');
        return setNextStepDone(tx, actor, contact, request.body.nextStepDone);
      });
      return presentContact(row);
    },
  );
  app.get(
    '/api/contacts/suggestions',
    {
      config: { policy: policy.permission('directory.read') },
      schema: { tags, description: 'Public directory services matching the needs, nearest to the access point first, names in `lang`.', querystring: suggestionsQuery, response: { 200: suggestionsView } },
    },
    async (request) => {
      const actor = request.actor!;
      const lang = contentLanguage(request);
      const needs = request.query.needs.split(',');
      return frontDoorTx(ctx, actor, async (tx) => {
        let point = null;
        if (request.query.accessPoint) {
          const ap = await findAccessPoint(tx, actor, request.query.accessPoint).catch(() => {
            throw new DomainError('VALIDATION_FAILED', {}, [{ path: 'querystring.accessPoint', code: 'invalid_value' }]);
          });
          if (ap.latitude !== null && ap.longitude !== null) point = { lat: Number(ap.latitude), lng: Number(ap.longitude) };
        }
        const items = await suggestServices(tx, actor.tenantId, needs, lang, point);
        const tenant = await tx.selectFrom('tenant').select('slug').where('id', '=', actor.tenantId).executeTakeFirstOrThrow();
        const ids = items.slice(0, MAX_PRINTED).map((i) => i.id);
        const printUrl = ids.length ? `/${tenant.slug}/print?services=${ids.join(',')}&lang=${lang}` : null;
        return { lang, items, printUrl };
      });
    },
  );
  await dayViewRoutes(app, ctx);
  await appointmentRoutes(app, ctx);
}
