import { accessPointIdParam } from '../../../common/schemas/access-points.js';
import { dayQuery, dayView, slotsQuery, slotsView } from '../../../common/schemas/contacts.js';
import { policy } from '../../platform/authz/authz.js';
import { writeAudit } from '../../platform/audit/audit-writer.js';
import type { AppContext } from '../../platform/context.js';
import type { App } from '../../platform/http/app.js';
import { findAccessPoint } from '../access-points/access-points.queries.js';
import { assertWorksAt } from '../access-points/access-points.policy.js';
import { frontDoorTx } from './contacts.policy.js';
import { dayAppointments, dayContacts, takenPlaces } from './day-view.queries.js';
import { romeDate, romeDayBounds } from './rome-time.js';
import { daySlots } from './slots.js';

// The operator's day at an access point, and the free appointment slots of a day.

export async function dayViewRoutes(app: App, ctx: AppContext) {
  const tags = ['contacts'];
  app.get(
    '/api/access-points/:id/day',
    {
      config: { policy: policy.permission('person.read') },
      schema: { tags, description: 'Contacts and appointments of a day (Europe/Rome; today by default), for the operators working here.', params: accessPointIdParam, querystring: dayQuery, response: { 200: dayView } },
    },
    async (request) => {
      const actor = request.actor!;
      const date = request.query.date ?? romeDate(new Date());
      return frontDoorTx(ctx, actor, async (tx) => {
        const ap = await findAccessPoint(tx, actor, request.params.id);
        await assertWorksAt(tx, actor, ap.id, 'person.read');
        const day = romeDayBounds(date);
        const contacts = await dayContacts(tx, actor, ap.id, day);
        const appointments = await dayAppointments(tx, actor, ap.id, day);
        const named = [...contacts.map((c) => c.person), ...appointments.map((a) => a.person)].flatMap((p) => (p?.displayName && p.id ? [p.id] : []));
        // Names on the list are views of those people's records: the trail says whose.
        await writeAudit(tx, actor, { action: 'access_point.day_view', entity: 'access_point', entityId: ap.id, diff: { date, sections: ['identity.name', 'contacts', 'appointments'], people: [...new Set(named)] } });
        return {
          accessPoint: { id: ap.id, name: ap.name },
          date,
          contacts,
          appointments,
          totals: { contacts: contacts.length, anonymousContacts: contacts.filter((c) => c.anonymous).length, appointments: appointments.filter((a) => a.status !== 'cancelled').length },
        };
      });
    },
  );
  app.get(
    '/api/access-points/:id/slots',
    {
      config: { policy: policy.permission('person.write') },
      schema: { tags, description: 'Appointment slots of a day still to come, from the opening hours, slot length and desks, minus what is booked.', params: accessPointIdParam, querystring: slotsQuery, response: { 200: slotsView } },
    },
    async (request) => {
      const actor = request.actor!;
      const date = request.query.date ?? romeDate(new Date());
      return frontDoorTx(ctx, actor, async (tx) => {
        const ap = await findAccessPoint(tx, actor, request.params.id);
        const day = romeDayBounds(date);
        const taken = ap.active ? await takenPlaces(tx, ap.id, day.start, day.end) : [];
        const slots = ap.active ? daySlots(ap, date, taken, new Date()) : [];
        return {
          accessPointId: ap.id,
          date,
          slotMinutes: ap.slotMinutes,
          items: slots.map((s) => ({ startsAt: s.startsAt.toISOString(), endsAt: s.endsAt.toISOString(), time: s.time, capacity: s.capacity, booked: s.booked, free: s.free })),
        };
      });
    },
  );
}
