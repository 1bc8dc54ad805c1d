import { sql } from 'kysely';
import type { AppointmentView } from '../../../common/schemas/contacts.js';
import type { Actor } from '../../platform/authz/actor.js';
import type { Tx } from '../../platform/db/database.js';
import { DomainError } from '../../platform/errors.js';
import { isOperatorAt } from '../access-points/access-points.queries.js';
import { reachesEveryAccessPoint } from '../access-points/access-points.policy.js';
import { personRefColumns, toPersonRef, type PersonRefColumns } from './person-ref.js';

// One appointment, as the people who handle it see it: the operators of its access point, whoever
// booked it, and roles reaching the whole tenant. For anyone else it does not exist (404).

export interface AppointmentRow extends PersonRefColumns {
  id: string;
  accessPointId: string;
  accessPointName: string;
  visitorName: string | null;
  startsAt: Date;
  endsAt: Date;
  purpose: string;
  status: AppointmentView['status'];
  reminderChannel: AppointmentView['reminderChannel'];
  reminderTo: string | null;
  reminderLanguage: string | null;
  reminderSentAt: Date | null;
  createdBy: string | null;
  version: number;
  createdAt: Date;
}

export async function findAppointment(tx: Tx, actor: Actor, id: string): Promise<AppointmentRow> {
  const { rows } = await sql<AppointmentRow>`
    SELECT a.id, a.access_point_id, ap.name AS access_point_name, a.visitor_name, a.starts_at, a.ends_at, a.purpose, a.status,
      a.reminder_channel, a.reminder_to, a.reminder_language, a.reminder_sent_at, a.created_by, a.version, a.created_at,
      ${personRefColumns(actor)}
    FROM appointment a
    JOIN access_point ap ON ap.tenant_id = a.tenant_id AND ap.id = a.access_point_id
    LEFT JOIN person p ON p.tenant_id = a.tenant_id AND p.id = a.person_id
    WHERE a.id = ${id}`.execute(tx);
  const row = rows[0];
  if (!row) throw new DomainError('NOT_FOUND');
  return row;
}

/** NOT_FOUND unless the actor handles appointments at its access point, booked it, or reaches the tenant. */
export async function assertAppointmentVisible(tx: Tx, actor: Actor, row: AppointmentRow, permission: 'person.read' | 'person.write'): Promise<void> {
  if (reachesEveryAccessPoint(actor, permission) || row.createdBy === actor.userId) return;
  if (!(await isOperatorAt(tx, actor.userId, row.accessPointId))) throw new DomainError('NOT_FOUND');
}

const iso = (d: Date | null) => (d === null ? null : new Date(d).toISOString());

/** Explicit whitelist of what leaves the server about an appointment. */
export function presentAppointment(r: AppointmentRow): AppointmentView {
  return {
    id: r.id,
    accessPointId: r.accessPointId,
    accessPointName: r.accessPointName,
    person: toPersonRef(r),
    visitorName: r.visitorName,
    startsAt: iso(r.startsAt)!,
    endsAt: iso(r.endsAt)!,
    purpose: r.purpose,
    status: r.status,
    reminderChannel: r.reminderChannel,
    reminderTo: r.reminderTo,
    reminderLanguage: r.reminderLanguage,
    reminderSentAt: iso(r.reminderSentAt),
    version: r.version,
    createdAt: iso(r.createdAt)!,
  };
}
