import type { z } from 'zod';
import type { projectBody, projectPatch, ProjectView } from '../../../../common/schemas/enrolments.js';
import type { Actor } from '../../../platform/authz/actor.js';
import { changedFields, writeAudit } from '../../../platform/audit/audit-writer.js';
import type { Tx } from '../../../platform/db/database.js';
import { DomainError } from '../../../platform/errors.js';
import { findProject } from '../projects.queries.js';

function assertDates(startsOn: string | null | undefined, endsOn: string | null | undefined): void {
  if (startsOn && endsOn && endsOn < startsOn) throw new DomainError('VALIDATION_FAILED', {}, [{ path: 'body.endsOn', code: 'invalid_value' }]);
}

/** A second project with the same code: a clear 409 rather than the database's unique key. */
async function assertCodeFree(tx: Tx, code: string, exceptId: string | null): Promise<void> {
  let q = tx.selectFrom('project').select('id').where('code', '=', code);
  if (exceptId) q = q.where('id', '<>', exceptId);
  if (await q.executeTakeFirst()) throw new DomainError('PROJECT_CODE_TAKEN', { code }, [{ path: 'body.code', code: 'duplicate' }]);
}

export async function createProject(tx: Tx, actor: Actor, input: z.infer<typeof projectBody>): Promise<ProjectView> {
  assertDates(input.startsOn, input.endsOn);
  await assertCodeFree(tx, input.code, null);
  const row = await tx
    .insertInto('project')
    .values({
      tenantId: actor.tenantId,
      code: input.code,
      name: input.name,
      funder: input.funder ?? '',
      fundingStream: input.fundingStream ?? '',
      description: input.description ?? '',
      startsOn: input.startsOn ?? null,
      endsOn: input.endsOn ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await writeAudit(tx, actor, { action: 'project.create', entity: 'project', entityId: row.id, diff: { ...input } });
  return findProject(tx, row.id);
}

export async function updateProject(tx: Tx, actor: Actor, id: string, input: z.infer<typeof projectPatch>): Promise<ProjectView> {
  const before = await findProject(tx, id);
  assertDates(input.startsOn === undefined ? before.startsOn : input.startsOn, input.endsOn === undefined ? before.endsOn : input.endsOn);
  if (input.code !== undefined && input.code !== before.code) await assertCodeFree(tx, input.code, id);
  const changes = changedFields(before as unknown as Record<string, unknown>, input);
  if (Object.keys(changes).length === 0) return before;
  await tx.updateTable('project').set(input).where('id', '=', id).execute();
  await writeAudit(tx, actor, { action: 'project.update', entity: 'project', entityId: id, diff: changes });
  return findProject(tx, id);
}
