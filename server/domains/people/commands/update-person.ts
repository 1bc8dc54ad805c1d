import { sql } from 'kysely';
import type { PersonPatchInput, PersonSection } from '../../../../common/schemas/people.js';
import { ageBandOf } from '../../../../common/schemas/people-vocabulary.js';
import type { Actor } from '../../../platform/authz/actor.js';
import { writeAudit } from '../../../platform/audit/audit-writer.js';
import type { Tx } from '../../../platform/db/database.js';
import { DomainError } from '../../../platform/errors.js';
import { assertVersion, versionFromIfMatch } from '../../../platform/http/if-match.js';
import { assertHasName, assertMayWriteSpecial, birthYearOf, identityColumns, NAME_KEYS, personColumns, sentKeys } from '../person-fields.js';
import { identityNames, searchNamesOf } from '../person-matching.js';
import { assertAccessPointAssigned, assertNeedsKnown, loadPersonRecord } from '../people.queries.js';
import { assertPersonReachable } from '../people.policy.js';

// Corrections and additions to a record, with optimistic concurrency: the caller says which
// version it read (If-Match); the UPDATE only applies to that version, so of two operators editing
// at once one wins and the other gets VERSION_CONFLICT, never a silent overwrite.

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

export async function updatePerson(
  tx: Tx,
  actor: Actor,
  personId: string,
  ifMatch: string | string[] | undefined,
  patch: PersonPatchInput,
  sectionsReturned: PersonSection[],
) {
  // Reach first: a record out of reach is a 404 whatever the headers say.
  await assertPersonReachable(tx, actor, personId, 'person.write');
  const expected = versionFromIfMatch(ifMatch);
  assertMayWriteSpecial(actor, patch);
  await assertNeedsKnown(tx, patch.needs);
  if (patch.accessPointId) await assertAccessPointAssigned(tx, actor, patch.accessPointId);
  const before = await loadPersonRecord(tx, personId);
  assertVersion(before.version, expected);

  const birthYear = birthYearOf(patch);
  const effective: PersonPatchInput = { ...patch, ...(birthYear !== undefined ? { birthYear } : {}) };
  // A new birth year without an age band moves the band along.
  if (birthYear != null && patch.ageBand === undefined) effective.ageBand = ageBandOf(birthYear);
  if (effective.phone) effective.phone = identityColumns({ phone: effective.phone }).phone as string;
  const current = before as unknown as Record<string, unknown>;
  const changed = sentKeys(effective).filter((k) => !same(current[k], effective[k]));
  if (changed.length === 0) {
    // Nothing to change, but the answer still shows the record: that is a read.
    await writeAudit(tx, actor, { action: 'person.view', entity: 'person', entityId: personId, diff: { sections: sectionsReturned } });
    return before;
  }

  const changedInput = Object.fromEntries(changed.map((k) => [k, effective[k]])) as PersonPatchInput;
  const updated = await tx
    .updateTable('person')
    .set({ ...personColumns(changedInput), version: sql`version + 1`, updatedAt: new Date() })
    .where('id', '=', personId)
    .where('version', '=', expected)
    .returning('version')
    .executeTakeFirst();
  // Another transaction bumped the version since we read it (it held the row lock meanwhile).
  if (!updated) throw new DomainError('VERSION_CONFLICT');

  const identity = identityColumns(changedInput);
  if (Object.keys(identity).length > 0) {
    const names = {
      givenName: changedInput.givenName !== undefined ? changedInput.givenName : before.givenName,
      familyName: changedInput.familyName !== undefined ? changedInput.familyName : before.familyName,
      givenNameOriginal: changedInput.givenNameOriginal !== undefined ? changedInput.givenNameOriginal : before.givenNameOriginal,
      familyNameOriginal: changedInput.familyNameOriginal !== undefined ? changedInput.familyNameOriginal : before.familyNameOriginal,
      aliases: changedInput.aliases ?? before.aliases,
    };
    assertHasName(names);
    const renamed = NAME_KEYS.some((k) => changed.includes(k));
    await tx
      .updateTable('personIdentity')
      .set({ ...identity, ...(renamed ? { searchNames: searchNamesOf(identityNames(names)) } : {}) })
      .where('personId', '=', personId)
      .execute();
  }
  // Names of the changed fields only: the values of identity and special fields stay out of the trail.
  await writeAudit(tx, actor, {
    action: 'person.update',
    entity: 'person',
    entityId: personId,
    diff: { fields: changed, version: [before.version, updated.version], sections: sectionsReturned },
  });
  return loadPersonRecord(tx, personId);
}
