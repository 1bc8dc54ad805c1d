import { sql } from 'kysely';
import type { Actor } from '../../platform/authz/actor.js';
import type { Tx } from '../../platform/db/database.js';
import type { AnonymousProfileJson } from '../../platform/db/people-schema.js';
import { presentAnonymousProfile } from './contact.presenter.js';
import { personRefColumns, toPersonRef, type PersonRefColumns } from './person-ref.js';

// What happened and what is booked at one access point on one Rome day. What was said in a
// contact (information given, next step) is shown only for people the viewer reaches; who the
// person is, by the rules of person-ref.ts.

interface ContactLine extends PersonRefColumns {
  id: string;
  occurredAt: Date;
  channel: 'in_person' | 'phone' | 'outreach' | 'online';
  needs: string[];
  outcome: 'informed' | 'oriented' | 'referred' | 'registered' | 'appointment' | 'no_action';
  anonymousProfile: AnonymousProfileJson | null;
  informationGiven: string;
  nextStep: string;
  nextStepDue: string | null;
  operatorName: string | null;
}

interface AppointmentLine extends PersonRefColumns {
  id: string;
  startsAt: Date;
  endsAt: Date;
  status: 'booked' | 'cancelled' | 'attended' | 'missed';
  purpose: string;
  visitorName: string | null;
  version: number;
}

export async function dayContacts(tx: Tx, actor: Actor, accessPointId: string, day: { start: Date; end: Date }) {
  const { rows } = await sql<ContactLine>`
    SELECT c.id, c.occurred_at, c.channel, c.needs, c.outcome, c.anonymous_profile, c.information_given, c.next_step,
      c.next_step_due, u.display_name AS operator_name, ${personRefColumns(actor)}
    FROM contact c
    LEFT JOIN person p ON p.tenant_id = c.tenant_id AND p.id = c.person_id
    LEFT JOIN app_user u ON u.tenant_id = c.tenant_id AND u.id = c.operator_id
    WHERE c.access_point_id = ${accessPointId} AND c.occurred_at >= ${day.start} AND c.occurred_at < ${day.end}
    ORDER BY c.occurred_at, c.id`.execute(tx);
  return rows.map((r) => {
    const person = toPersonRef(r);
    const open = !person || person.reachable;
    return {
      id: r.id,
      occurredAt: new Date(r.occurredAt).toISOString(),
      channel: r.channel,
      needs: r.needs,
      outcome: r.outcome,
      anonymous: !person,
      anonymousProfile: presentAnonymousProfile(r.anonymousProfile),
      person,
      informationGiven: open ? r.informationGiven : null,
      nextStep: open ? r.nextStep : null,
      nextStepDue: open ? r.nextStepDue : null,
      operatorName: r.operatorName,
    };
  });
}

export async function dayAppointments(tx: Tx, actor: Actor, accessPointId: string, day: { start: Date; end: Date }) {
  const { rows } = await sql<AppointmentLine>`
    SELECT a.id, a.starts_at, a.ends_at, a.status, a.purpose, a.visitor_name, a.version, ${personRefColumns(actor)}
    FROM appointment a
    LEFT JOIN person p ON p.tenant_id = a.tenant_id AND p.id = a.person_id
    WHERE a.access_point_id = ${accessPointId} AND a.starts_at >= ${day.start} AND a.starts_at < ${day.end}
    ORDER BY a.starts_at, a.id`.execute(tx);
  return rows.map((r) => ({
    id: r.id,
    startsAt: new Date(r.startsAt).toISOString(),
    endsAt: new Date(r.endsAt).toISOString(),
    status: r.status,
    purpose: r.purpose,
    person: toPersonRef(r),
    visitorName: r.visitorName,
    version: r.version,
  }));
}

/** Appointments that hold a place at the access point between two instants (all but cancelled). */
export async function takenPlaces(tx: Tx, accessPointId: string, from: Date, to: Date): Promise<{ startsAt: Date; endsAt: Date }[]> {
  const rows = await tx
    .selectFrom('appointment')
    .select(['startsAt', 'endsAt'])
    .where('accessPointId', '=', accessPointId)
    .where('status', '<>', 'cancelled')
    .where('startsAt', '<', to)
    .where('endsAt', '>', from)
    .execute();
  return rows.map((r) => ({ startsAt: new Date(r.startsAt), endsAt: new Date(r.endsAt) }));
}
