import { sql } from 'kysely';
import type { Actor } from '../../../platform/authz/actor.js';
import { writeAudit } from '../../../platform/audit/audit-writer.js';
import type { Tx } from '../../../platform/db/database.js';
import { DomainError } from '../../../platform/errors.js';
import { identityNames, searchNamesOf } from '../person-matching.js';
import { loadPersonRecord, lockPeople } from '../people.queries.js';
import { assertPersonReachable } from '../people.policy.js';

// A coordinator merges two records of the same person. Everything that hangs on the merged record
// moves to the survivor, and person_merge.moved lists exactly what moved (row ids, access links and
// aliases added) so that undo-merge.ts can put it all back. Nothing is deleted: the merged record
// stays, with status 'merged' and a pointer to its survivor.

export interface MergeMoved {
  contacts: string[];
  consents: string[];
  enrolments: string[];
  appointments: string[];
  organisations: string[];
  workers: string[];
  aliases: string[];
}

/** Rows of other domains that refer to a person and move with a merge. */
export const MOVABLE_TABLES = ['contact', 'consent', 'enrolment', 'appointment'] as const;
export const MOVED_KEY = { contact: 'contacts', consent: 'consents', enrolment: 'enrolments', appointment: 'appointments' } as const;

export async function mergePeople(tx: Tx, actor: Actor, survivorId: string, mergedId: string) {
  await assertPersonReachable(tx, actor, survivorId, 'person.merge');
  if (survivorId === mergedId) throw new DomainError('PERSON_MERGE_INVALID');
  await assertPersonReachable(tx, actor, mergedId, 'person.merge');
  await lockPeople(tx, [survivorId, mergedId]);
  const survivor = await loadPersonRecord(tx, survivorId);
  const merged = await loadPersonRecord(tx, mergedId);
  // A concurrent merge may have got there first while we waited for the locks.
  if (survivor.status !== 'active' || merged.status !== 'active') throw new DomainError('PERSON_MERGE_INVALID');

  // One open enrolment per person and project: two would make the survivor count twice for a funder.
  const clash = await tx
    .selectFrom('enrolment as a')
    .innerJoin('enrolment as b', (j) => j.onRef('b.tenantId', '=', 'a.tenantId').onRef('b.projectId', '=', 'a.projectId'))
    .select('a.projectId')
    .where('a.personId', '=', survivorId)
    .where('b.personId', '=', mergedId)
    .where('a.exitDate', 'is', null)
    .where('b.exitDate', 'is', null)
    .executeTakeFirst();
  if (clash) throw new DomainError('PERSON_MERGE_CONFLICT');

  const moved: MergeMoved = { contacts: [], consents: [], enrolments: [], appointments: [], organisations: [], workers: [], aliases: [] };
  for (const table of MOVABLE_TABLES) {
    const rows = await tx.updateTable(table).set({ personId: survivorId }).where('personId', '=', mergedId).returning('id').execute();
    moved[MOVED_KEY[table]] = rows.map((r) => r.id);
  }
  // Who reached the merged record reaches the survivor; the merged record keeps its own links.
  const orgs = await sql<{ organisationId: string }>`INSERT INTO person_organisation (tenant_id, person_id, organisation_id, reason)
    SELECT tenant_id, ${survivorId}, organisation_id, 'merge' FROM person_organisation WHERE person_id = ${mergedId}
    ON CONFLICT DO NOTHING RETURNING organisation_id`.execute(tx);
  moved.organisations = orgs.rows.map((r) => r.organisationId);
  const workers = await sql<{ userId: string }>`INSERT INTO person_worker (tenant_id, person_id, user_id, role)
    SELECT tenant_id, ${survivorId}, user_id, role FROM person_worker WHERE person_id = ${mergedId}
    ON CONFLICT DO NOTHING RETURNING user_id`.execute(tx);
  moved.workers = workers.rows.map((r) => r.userId);

  // The merged record's names become aliases of the survivor, so that searches still find it.
  const known = new Set(identityNames(survivor).map((n) => n.toLowerCase()));
  const mergedNames = [[merged.givenName, merged.familyName].filter(Boolean).join(' '), [merged.givenNameOriginal, merged.familyNameOriginal].filter(Boolean).join(' '), ...merged.aliases];
  for (const n of mergedNames) {
    if (n && !known.has(n.toLowerCase())) {
      known.add(n.toLowerCase());
      moved.aliases.push(n);
    }
  }
  if (moved.aliases.length) {
    const aliases = [...survivor.aliases, ...moved.aliases];
    await tx
      .updateTable('personIdentity')
      .set({ aliases, searchNames: searchNamesOf(identityNames({ ...survivor, aliases })) })
      .where('personId', '=', survivorId)
      .execute();
  }

  await tx
    .updateTable('person')
    .set({ status: 'merged', mergedIntoId: survivorId, version: sql`version + 1`, updatedAt: new Date() })
    .where('id', '=', mergedId)
    .execute();
  await tx.updateTable('person').set({ version: sql`version + 1`, updatedAt: new Date() }).where('id', '=', survivorId).execute();
  const merge = await tx
    .insertInto('personMerge')
    .values({ tenantId: actor.tenantId, survivorId, mergedId, moved: JSON.stringify(moved), mergedBy: actor.userId })
    .returning('id')
    .executeTakeFirstOrThrow();
  // Ids and counts: the aliases are names, so the trail has how many, not which.
  await writeAudit(tx, actor, {
    action: 'person.merge',
    entity: 'person',
    entityId: survivorId,
    diff: {
      mergeId: merge.id,
      mergedId,
      contacts: moved.contacts,
      consents: moved.consents,
      enrolments: moved.enrolments,
      appointments: moved.appointments,
      organisations: moved.organisations,
      workers: moved.workers,
      aliases: moved.aliases.length,
    },
  });
  return { mergeId: merge.id, survivorId, mergedId, moved: { ...moved, aliases: moved.aliases.length } };
}
