import { ifMatchHeaders } from '../../../common/schemas/access-points.js';
import { appointmentBody, appointmentIdParam, appointmentPatch, appointmentView } from '../../../common/schemas/contacts.js';
import { policy } from '../../platform/authz/authz.js';
import type { AppContext } from '../../platform/context.js';
import type { App } from '../../platform/http/app.js';
import { ifMatchVersion, sendEtag } from '../../platform/http/if-match.js';
import { assertAppointmentVisible, findAppointment, presentAppointment } from './appointments.queries.js';
import { bookAppointment } from './commands/book-appointment.js';
import { setAppointmentStatus } from './commands/set-appointment-status.js';
import { frontDoorTx } from './contacts.policy.js';
import { reminderSenders } from './reminder-senders.js';

export async function appointmentRoutes(app: App, ctx: AppContext) {
  const tags = ['appointments'];
  app.post(
    '/api/appointments',
    {
      config: { policy: policy.permission('person.write') },
      schema: { tags, description: 'Books a free slot (409 APPOINTMENT_SLOT_FULL when it has just been taken).', body: appointmentBody, response: { 201: appointmentView } },
    },
    async (request, reply) => {
      const actor = request.actor!;
      const row = await frontDoorTx(ctx, actor, (tx) => bookAppointment(tx, actor, request.body, reminderSenders(ctx)));
      sendEtag(reply, row.version);
      return reply.code(201).send(presentAppointment(row));
    },
  );
  app.get(
    '/api/appointments/:id',
    { config: { policy: policy.permission('person.read') }, schema: { tags, params: appointmentIdParam, response: { 200: appointmentView } } },
    async (request, reply) => {
      const actor = request.actor!;
      const row = await frontDoorTx(ctx, actor, async (tx) => {
        const found = await findAppointment(tx, actor, request.params.id);
        await assertAppointmentVisible(tx, actor, found, 'person.read');
        return found;
      });
      sendEtag(reply, row.version);
      return presentAppointment(row);
    },
  );
  app.patch(
    '/api/appointments/:id',
    {
      config: { policy: policy.permission('person.write') },
      schema: { tags, description: 'Sets the status (attended, missed, cancelled). Requires If-Match.', params: appointmentIdParam, headers: ifMatchHeaders, body: appointmentPatch, response: { 200: appointmentView } },
    },
    async (request, reply) => {
      const actor = request.actor!;
      const row = await frontDoorTx(ctx, actor, async (tx) => {
        const found = await findAppointment(tx, actor, request.params.id);
        await assertAppointmentVisible(tx, actor, found, 'person.write');
        return setAppointmentStatus(tx, actor, found, request.body.status, ifMatchVersion(request));
      });
      sendEtag(reply, row.version);
      return presentAppointment(row);
    },
  );
}
