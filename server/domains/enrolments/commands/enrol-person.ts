import type { z } from 'zod';
import type { enrolmentBody } from '../../../../common/schemas/enrolments.js';
import type { Actor } from '../../../platform/authz/actor.js';
import { writeAudit } from '../../../platform/audit/audit-writer.js';
import type { Tx } from '../../../platform/db/database.js';
import { DomainError } from '../../../platform/errors.js';
import { assertPersonReachable, linkPersonToActor } from '../../people/people.policy.js';
import { findEnrolment, type EnrolmentRow } from '../enrolments.queries.js';
import { loadProfile, takeSnapshot } from '../status-snapshot.js';

const invalid = (path: string, code = 'invalid_value') => new DomainError('VALIDATION_FAILED', {}, [{ path, code }]);

/**
 * Enrols a person in a project, with the entry status taken from the profile. One open enrolment
 * per person and project, so each funder counts a person once; after an exit, a new one can start.
 * The actor's organisation becomes one that reaches the person (reason 'enrolment').
 */
export async function enrolPerson(tx: Tx, actor: Actor, personId: string, input: z.infer<typeof enrolmentBody>): Promise<EnrolmentRow> {
  await assertPersonReachable(tx, actor, personId, 'person.write');
  const project = await tx.selectFrom('project').select(['id', 'code', 'active', 'startsOn', 'endsOn']).where('id', '=', input.projectId).executeTakeFirst();
  if (!project || !project.active) throw invalid('body.projectId');
  if ((project.startsOn && input.entryDate < project.startsOn) || (project.endsOn && input.entryDate > project.endsOn)) throw invalid('body.entryDate');
  const open = await tx
    .selectFrom('enrolment')
    .select('id')
    .where('personId', '=', personId)
    .where('projectId', '=', project.id)
    .where('exitDate', 'is', null)
    .executeTakeFirst();
  if (open) throw new DomainError('ENROLMENT_ALREADY_OPEN', { project: project.code });
  const entryStatus = takeSnapshot(await loadProfile(tx, personId), input.entryDate, input.cefr, input.entryStatus);
  let id: string;
  try {
    ({ id } = await tx
      .insertInto('enrolment')
      .values({
        tenantId: actor.tenantId,
        personId,
        projectId: project.id,
        organisationId: actor.organisationId,
        entryDate: input.entryDate,
        entryStatus: JSON.stringify(entryStatus),
        createdBy: actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow());
  } catch (err) {
    // Two operators enrolling the same person at the same moment: the unique index decides.
    if ((err as { constraint?: string }).constraint === 'enrolment_open_key') throw new DomainError('ENROLMENT_ALREADY_OPEN', { project: project.code });
    throw err;
  }
  await linkPersonToActor(tx, actor, personId, 'enrolment', null);
  await writeAudit(tx, actor, {
    action: 'enrolment.create',
    entity: 'person',
    entityId: personId,
    diff: { enrolmentId: id, projectId: project.id, entryDate: input.entryDate, overridden: entryStatus.overridden },
  });
  return findEnrolment(tx, personId, id);
}
