import { sql } from 'kysely';
import type { Actor } from '../../../platform/authz/actor.js';
import { writeAudit } from '../../../platform/audit/audit-writer.js';
import type { Tx } from '../../../platform/db/database.js';
import { DomainError } from '../../../platform/errors.js';
import { identityNames, searchNamesOf } from '../person-matching.js';
import { loadPersonRecord, lockPeople } from '../people.queries.js';
import { assertPersonReachable } from '../people.policy.js';
import { MOVABLE_TABLES, MOVED_KEY, type MergeMoved } from './merge-people.js';

// Undoing a merge puts back exactly what person_merge.moved lists: the rows go back to the
// restored record, the access links and aliases the merge added to the survivor go away, and the
// restored record is active again. Rows created on the survivor after the merge stay with it.

export async function undoMerge(tx: Tx, actor: Actor, mergeId: string) {
  const merge = await tx.selectFrom('personMerge').selectAll().where('id', '=', mergeId).forUpdate().executeTakeFirst();
  if (!merge) throw new DomainError('NOT_FOUND');
  // Whoever may not merge the survivor learns nothing about the merge either.
  await assertPersonReachable(tx, actor, merge.survivorId, 'person.merge');
  if (merge.undoneAt) throw new DomainError('PERSON_MERGE_INVALID');
  await lockPeople(tx, [merge.survivorId, merge.mergedId]);
  const restored = await tx.selectFrom('person').select(['status', 'mergedIntoId']).where('id', '=', merge.mergedId).executeTakeFirstOrThrow();
  if (restored.status !== 'merged' || restored.mergedIntoId !== merge.survivorId) throw new DomainError('PERSON_MERGE_INVALID');
  const moved = merge.moved as unknown as MergeMoved;

  for (const table of MOVABLE_TABLES) {
    const ids = moved[MOVED_KEY[table]] ?? [];
    if (ids.length === 0) continue;
    await tx.updateTable(table).set({ personId: merge.mergedId }).where('id', 'in', ids).where('personId', '=', merge.survivorId).execute();
  }
  if (moved.organisations?.length) {
    await tx.deleteFrom('personOrganisation').where('personId', '=', merge.survivorId).where('organisationId', 'in', moved.organisations).execute();
  }
  if (moved.workers?.length) {
    await tx.deleteFrom('personWorker').where('personId', '=', merge.survivorId).where('userId', 'in', moved.workers).execute();
  }
  if (moved.aliases?.length) {
    const survivor = await loadPersonRecord(tx, merge.survivorId);
    const drop = new Set(moved.aliases);
    const aliases = survivor.aliases.filter((a) => !drop.has(a));
    await tx
      .updateTable('personIdentity')
      .set({ aliases, searchNames: searchNamesOf(identityNames({ ...survivor, aliases })) })
      .where('personId', '=', merge.survivorId)
      .execute();
  }
  await tx
    .updateTable('person')
    .set({ status: 'active', mergedIntoId: null, version: sql`version + 1`, updatedAt: new Date() })
    .where('id', '=', merge.mergedId)
    .execute();
  await tx.updateTable('person').set({ version: sql`version + 1`, updatedAt: new Date() }).where('id', '=', merge.survivorId).execute();
  await tx.updateTable('personMerge').set({ undoneAt: new Date(), undoneBy: actor.userId }).where('id', '=', mergeId).execute();
  await writeAudit(tx, actor, {
    action: 'person.merge_undo',
    entity: 'person',
    entityId: merge.survivorId,
    diff: { mergeId, restoredId: merge.mergedId },
  });
  return { mergeId, survivorId: merge.survivorId, restoredId: merge.mergedId };
}
