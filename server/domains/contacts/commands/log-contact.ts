import type { AnonymousContactInput, ContactInput } from '../../../../common/schemas/contacts.js';
import type { Actor } from '../../../platform/authz/actor.js';
import { writeAudit } from '../../../platform/audit/audit-writer.js';
import type { Tx } from '../../../platform/db/database.js';
import { DomainError, type FieldError } from '../../../platform/errors.js';
import { linkPersonToActor } from '../../people/people.policy.js';
import { needErrors, serviceErrors } from '../contact-checks.js';
import { resolveContactAccessPoint } from '../contacts.policy.js';
import { findContact, type ContactRow } from '../contacts.queries.js';

// Logs one contact at the front door, with a person (who must be in reach with person.write,
// checked by the caller) or anonymous (counted, never identified). A contact with a person links
// them to the operator's organisation, so that the organisation keeps reaching them.

/** A few minutes of clock drift between a tablet and the server are not "the future". */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

async function checkInput(tx: Tx, input: ContactInput, now: Date): Promise<void> {
  const fields: FieldError[] = [...(await needErrors(tx, input.needs ?? [])), ...(await serviceErrors(tx, input.suggestedServiceIds ?? []))];
  if (input.nextStepDue && !input.nextStep) fields.push({ path: 'body.nextStep', code: 'required' });
  if (input.occurredAt && new Date(input.occurredAt).getTime() > now.getTime() + FUTURE_TOLERANCE_MS) fields.push({ path: 'body.occurredAt', code: 'frontDoor.inFuture' });
  if (fields.length) throw new DomainError('VALIDATION_FAILED', {}, fields);
}

export async function logContact(tx: Tx, actor: Actor, personId: string | null, input: ContactInput | AnonymousContactInput, now = new Date()): Promise<ContactRow> {
  await checkInput(tx, input, now);
  const accessPointId = await resolveContactAccessPoint(tx, actor, input.accessPointId);
  const profile = personId ? null : ('anonymousProfile' in input ? input.anonymousProfile : undefined) ?? {};
  const needs = [...new Set(input.needs ?? [])];
  const { id } = await tx
    .insertInto('contact')
    .values({
      tenantId: actor.tenantId,
      personId,
      accessPointId,
      organisationId: actor.organisationId,
      operatorId: actor.userId,
      occurredAt: input.occurredAt ? new Date(input.occurredAt) : now,
      channel: input.channel,
      needs,
      informationGiven: input.informationGiven ?? '',
      suggestedServiceIds: [...new Set(input.suggestedServiceIds ?? [])],
      outcome: input.outcome,
      nextStep: input.nextStep ?? '',
      nextStepDue: input.nextStepDue ?? null,
      language: input.language ?? null,
      anonymousProfile: profile ? JSON.stringify(profile) : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (personId) await linkPersonToActor(tx, actor, personId, 'contact', null);
  // What was said stays in the record, not in the trail: the event names the facts only.
  await writeAudit(tx, actor, {
    action: personId ? 'contact.create' : 'contact.create_anonymous',
    entity: 'contact',
    entityId: id,
    diff: { personId, accessPointId, channel: input.channel, outcome: input.outcome, needs, suggestedServices: input.suggestedServiceIds?.length ?? 0 },
  });
  return findContact(tx, id);
}

/** Marks a contact's next step done (or not done again). */
export async function setNextStepDone(tx: Tx, actor: Actor, contact: ContactRow, done: boolean): Promise<ContactRow> {
  if (!contact.nextStep) throw new DomainError('VALIDATION_FAILED', {}, [{ path: 'body.nextStepDone', code: 'frontDoor.noNextStep' }]);
  if (done === (contact.nextStepDoneAt !== null)) return contact;
  await tx.updateTable('contact').set({ nextStepDoneAt: done ? new Date() : null }).where('id', '=', contact.id).execute();
  await writeAudit(tx, actor, { action: 'contact.next_step', entity: 'contact', entityId: contact.id, diff: { done } });
  return findContact(tx, contact.id);
}
