import { enrolmentBody, enrolmentExitBody, enrolmentParams, enrolmentView, personEnrolmentsView, personIdParam } from '../../../common/schemas/enrolments.js';
import { policy } from '../../platform/authz/authz.js';
import type { AppContext } from '../../platform/context.js';
import { withTenant } from '../../platform/db/database.js';
import type { App } from '../../platform/http/app.js';
import { closeEnrolment } from './commands/close-enrolment.js';
import { enrolPerson } from './commands/enrol-person.js';
import { viewEnrolment, viewPersonEnrolments } from './commands/view-person-enrolments.js';
import { presentEnrolment } from './enrolment.presenter.js';
import { etagOf } from '../../platform/http/if-match.js';
import { projectRoutes } from './projects.routes.js';

/** Projects, and a person's enrolments in them (entry and exit with their status snapshots). */
export async function enrolmentRoutes(app: App, ctx: AppContext) {
  await projectRoutes(app, ctx);
  const tags = ['enrolments'];
  app.get(
    '/api/people/:id/enrolments',
    { config: { policy: policy.permission('person.read') }, schema: { tags, params: personIdParam, response: { 200: personEnrolmentsView } } },
    async (request) => withTenant(ctx.db, request.actor!.tenantId, (tx) => viewPersonEnrolments(tx, request.actor!, request.params.id)),
  );
  app.post(
    '/api/people/:id/enrolments',
    {
      config: { policy: policy.permission('person.write') },
      schema: { tags, description: 'Enrols the person; the entry status is taken from the profile unless `entryStatus` overrides fields.', params: personIdParam, body: enrolmentBody, response: { 201: enrolmentView } },
    },
    async (request, reply) => {
      const row = await withTenant(ctx.db, request.actor!.tenantId, (tx) => enrolPerson(tx, request.actor!, request.params.id, request.body));
      return reply.code(201).header('etag', etagOf(row.version)).send(presentEnrolment(row));
    },
  );
  app.get(
    '/api/people/:id/enrolments/:enrolmentId',
    { config: { policy: policy.permission('person.read') }, schema: { tags, params: enrolmentParams, response: { 200: enrolmentView } } },
    async (request, reply) => {
      const { id, enrolmentId } = request.params;
      const row = await withTenant(ctx.db, request.actor!.tenantId, (tx) => viewEnrolment(tx, request.actor!, id, enrolmentId));
      return reply.header('etag', etagOf(row.version)).send(presentEnrolment(row));
    },
  );
  app.patch(
    '/api/people/:id/enrolments/:enrolmentId',
    {
      config: { policy: policy.permission('person.write') },
      schema: { tags, description: 'Records (or corrects) the exit. Requires `If-Match: "<version>"`.', params: enrolmentParams, body: enrolmentExitBody, response: { 200: enrolmentView } },
    },
    async (request, reply) => {
      const { id, enrolmentId } = request.params;
      const row = await withTenant(ctx.db, request.actor!.tenantId, (tx) => closeEnrolment(tx, request.actor!, id, enrolmentId, request.headers['if-match'], request.body));
      return reply.header('etag', etagOf(row.version)).send(presentEnrolment(row));
    },
  );
}
