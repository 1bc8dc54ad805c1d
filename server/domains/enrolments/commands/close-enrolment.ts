import { sql } from 'kysely';
import type { z } from 'zod';
import type { enrolmentExitBody } from '../../../../common/schemas/enrolments.js';
import type { Actor } from '../../../platform/authz/actor.js';
import { writeAudit } from '../../../platform/audit/audit-writer.js';
import type { Tx } from '../../../platform/db/database.js';
import { DomainError } from '../../../platform/errors.js';
import { assertPersonReachable } from '../../people/people.policy.js';
import { findEnrolment, type EnrolmentRow } from '../enrolments.queries.js';
import { assertVersion, versionFromIfMatch } from '../../../platform/http/if-match.js';
import { loadProfile, takeSnapshot } from '../status-snapshot.js';

/**
 * Records the exit from a project (date, reason, exit status from the profile unless overridden).
 * Sent on a closed enrolment, it corrects the exit. Needs the version read (If-Match): two
 * operators never overwrite each other's exit silently.
 */
export async function closeEnrolment(
  tx: Tx,
  actor: Actor,
  personId: string,
  enrolmentId: string,
  ifMatch: string | string[] | undefined,
  input: z.infer<typeof enrolmentExitBody>,
): Promise<EnrolmentRow> {
  await assertPersonReachable(tx, actor, personId, 'person.write');
  const before = await findEnrolment(tx, personId, enrolmentId);
  const version = versionFromIfMatch(ifMatch);
  assertVersion(before.version, version);
  if (input.exitDate < before.entryDate) {
    throw new DomainError('ENROLMENT_EXIT_BEFORE_ENTRY', { entryDate: before.entryDate }, [{ path: 'body.exitDate', code: 'invalid_value' }]);
  }
  const exitStatus = takeSnapshot(await loadProfile(tx, personId), input.exitDate, input.cefr, input.exitStatus);
  const updated = await tx
    .updateTable('enrolment')
    .set({
      exitDate: input.exitDate,
      exitReason: input.exitReason,
      exitStatus: JSON.stringify(exitStatus),
      version: sql`version + 1`,
    })
    .where('id', '=', enrolmentId)
    .where('personId', '=', personId)
    .where('version', '=', version)
    .returning('id')
    .executeTakeFirst();
  // Changed by someone else between our read and this write.
  if (!updated) throw new DomainError('VERSION_CONFLICT');
  await writeAudit(tx, actor, {
    action: before.exitDate ? 'enrolment.correct_exit' : 'enrolment.exit',
    entity: 'person',
    entityId: personId,
    diff: { enrolmentId, exitDate: [before.exitDate, input.exitDate], exitReason: [before.exitReason, input.exitReason], overridden: exitStatus.overridden },
  });
  return findEnrolment(tx, personId, enrolmentId);
}
