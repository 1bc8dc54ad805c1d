import type { AppointmentInput } from '../../../../common/schemas/contacts.js';
import type { Actor } from '../../../platform/authz/actor.js';
import { writeAudit } from '../../../platform/audit/audit-writer.js';
import type { Tx } from '../../../platform/db/database.js';
import { DomainError, type FieldError } from '../../../platform/errors.js';
import { assertPersonReachable } from '../../people/people.policy.js';
import { findAppointment, type AppointmentRow } from '../appointments.queries.js';
import { takenPlaces } from '../day-view.queries.js';
import type { ReminderSenders } from '../reminder-senders.js';
import { romeDate, romeTime } from '../rome-time.js';
import { daySlots } from '../slots.js';

// Books an appointment in a free slot of an access point.
// Bookings at one access point are serialised by locking its row, so two operators booking the
// last place of a slot at the same moment cannot both get it: the second is told the slot is full.

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9 ()./-]{6,20}$/;

function inputErrors(input: AppointmentInput): FieldError[] {
  const fields: FieldError[] = [];
  if (!input.personId && !input.visitorName) fields.push({ path: 'body.personId', code: 'required' });
  if (input.personId && input.visitorName) fields.push({ path: 'body.visitorName', code: 'frontDoor.personOrVisitor' });
  const channel = input.reminderChannel ?? 'none';
  if (channel === 'none' && input.reminderTo) fields.push({ path: 'body.reminderTo', code: 'frontDoor.noReminderChannel' });
  if (channel !== 'none' && !input.reminderTo) fields.push({ path: 'body.reminderTo', code: 'required' });
  if (channel === 'email' && input.reminderTo && !EMAIL.test(input.reminderTo)) fields.push({ path: 'body.reminderTo', code: 'invalid_format' });
  if (channel === 'sms' && input.reminderTo && !PHONE.test(input.reminderTo)) fields.push({ path: 'body.reminderTo', code: 'invalid_format' });
  return fields;
}

export async function bookAppointment(tx: Tx, actor: Actor, input: AppointmentInput, senders: ReminderSenders, now = new Date()): Promise<AppointmentRow> {
  const fields = inputErrors(input);
  if (fields.length) throw new DomainError('VALIDATION_FAILED', {}, fields);
  const channel = input.reminderChannel ?? 'none';
  if (channel !== 'none' && !senders[channel].configured) throw new DomainError('REMINDER_CHANNEL_UNAVAILABLE');
  const ap = await tx.selectFrom('accessPoint').selectAll().where('id', '=', input.accessPointId).forUpdate().executeTakeFirst();
  if (!ap || !ap.active) throw new DomainError('VALIDATION_FAILED', {}, [{ path: 'body.accessPointId', code: 'invalid_value' }]);
  if (input.personId) await assertPersonReachable(tx, actor, input.personId, 'person.write');
  const startsAt = new Date(input.startsAt);
  const slot = daySlots(ap, romeDate(startsAt), [], now).find((s) => s.startsAt.getTime() === startsAt.getTime());
  if (!slot) throw new DomainError('VALIDATION_FAILED', {}, [{ path: 'body.startsAt', code: 'frontDoor.notASlot' }]);
  const taken = await takenPlaces(tx, ap.id, slot.startsAt, slot.endsAt);
  if (taken.length >= ap.desks) throw new DomainError('APPOINTMENT_SLOT_FULL', { date: romeDate(slot.startsAt), time: romeTime(slot.startsAt) });
  const { id } = await tx
    .insertInto('appointment')
    .values({
      tenantId: actor.tenantId,
      accessPointId: ap.id,
      personId: input.personId ?? null,
      visitorName: input.visitorName ?? null,
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
      operatorId: null,
      purpose: input.purpose ?? '',
      reminderChannel: channel,
      reminderTo: channel === 'none' ? null : input.reminderTo!,
      reminderLanguage: channel === 'none' ? null : (input.reminderLanguage ?? 'it'),
      createdBy: actor.userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  // The visitor's name and the reminder address stay in the record, not in the trail.
  await writeAudit(tx, actor, {
    action: 'appointment.create',
    entity: 'appointment',
    entityId: id,
    diff: { accessPointId: ap.id, personId: input.personId ?? null, startsAt: slot.startsAt.toISOString(), reminderChannel: channel },
  });
  return findAppointment(tx, actor, id);
}
