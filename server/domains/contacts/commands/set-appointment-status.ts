import { sql } from 'kysely';
import type { Actor } from '../../../platform/authz/actor.js';
import { writeAudit } from '../../../platform/audit/audit-writer.js';
import type { Tx } from '../../../platform/db/database.js';
import { DomainError } from '../../../platform/errors.js';
import { assertVersion } from '../../../platform/http/if-match.js';
import { findAppointment, type AppointmentRow } from '../appointments.queries.js';
import { romeDate } from '../rome-time.js';

/**
 * Attended / missed / cancelled, against the version the operator read. A cancelled appointment
 * stays cancelled (its place may have been given away); attendance is recorded from its day on.
 */
export async function setAppointmentStatus(tx: Tx, actor: Actor, row: AppointmentRow, status: 'attended' | 'missed' | 'cancelled', expectedVersion: number, now = new Date()): Promise<AppointmentRow> {
  assertVersion(row.version, expectedVersion);
  if (row.status === status) return row;
  if (row.status === 'cancelled') throw new DomainError('APPOINTMENT_STATUS_INVALID');
  if (status !== 'cancelled' && romeDate(new Date(row.startsAt)) > romeDate(now)) throw new DomainError('APPOINTMENT_STATUS_INVALID');
  const updated = await tx
    .updateTable('appointment')
    .set({ status, version: sql<number>`version + 1` })
    .where('id', '=', row.id)
    .where('version', '=', expectedVersion)
    .returning('id')
    .executeTakeFirst();
  if (!updated) throw new DomainError('VERSION_CONFLICT');
  await writeAudit(tx, actor, { action: 'appointment.status', entity: 'appointment', entityId: row.id, diff: { status: [row.status, status] } });
  return findAppointment(tx, actor, row.id);
}
