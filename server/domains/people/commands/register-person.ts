import { randomInt } from 'node:crypto';
import type { PersonCreateInput, PersonSection } from '../../../../common/schemas/people.js';
import { ageBandOf } from '../../../../common/schemas/people-vocabulary.js';
import type { Actor } from '../../../platform/authz/actor.js';
import { writeAudit } from '../../../platform/audit/audit-writer.js';
import type { Tx } from '../../../platform/db/database.js';
import { DomainError } from '../../../platform/errors.js';
import { assertMayWriteSpecial, birthYearOf, identityColumns, personColumns, sentKeys } from '../person-fields.js';
import { identityNames, searchNamesOf } from '../person-matching.js';
import { assertAccessPointAssigned, assertNeedsKnown } from '../people.queries.js';
import { linkPersonToActor } from '../people.policy.js';

// Intake: the minimal record (a name or alias, an age band, the need) or as much as the person
// tells. The pseudonymous code is what screens, printouts and phone calls use instead of the name.

// No 0/O, 1/I/L: the code is read aloud and copied by hand.
const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const CODE_ATTEMPTS = 8;

/** "K7M-4QX": 31^6 ≈ 887 million codes per tenant; a collision is retried with a new code. */
export function newPersonCode(): string {
  let s = '';
  for (let i = 0; i < 6; i++) s += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return `${s.slice(0, 3)}-${s.slice(3)}`;
}

export async function registerPerson(tx: Tx, actor: Actor, input: PersonCreateInput, sectionsReturned: PersonSection[]): Promise<string> {
  assertMayWriteSpecial(actor, input);
  await assertNeedsKnown(tx, input.needs);
  await assertAccessPointAssigned(tx, actor, input.accessPointId);
  const birthYear = birthYearOf(input);
  const ageBand = input.ageBand ?? ageBandOf(birthYear!);
  const values = {
    ...personColumns(input),
    tenantId: actor.tenantId,
    organisationId: actor.organisationId,
    createdBy: actor.userId,
    ageBand,
    birthYear: birthYear ?? null,
  };
  let id: string | undefined;
  for (let attempt = 0; attempt < CODE_ATTEMPTS && !id; attempt++) {
    const row = await tx
      .insertInto('person')
      .values({ ...values, code: newPersonCode() })
      .onConflict((oc) => oc.columns(['tenantId', 'code']).doNothing())
      .returning('id')
      .executeTakeFirst();
    id = row?.id;
  }
  if (!id) throw new DomainError('CONFLICT');
  const identity = identityColumns(input);
  await tx
    .insertInto('personIdentity')
    .values({ ...identity, tenantId: actor.tenantId, personId: id, searchNames: searchNamesOf(identityNames(input)) })
    .execute();
  await linkPersonToActor(tx, actor, id, 'registered', 'intake');
  // Field names only: values of identity and special fields never enter the trail.
  await writeAudit(tx, actor, {
    action: 'person.create',
    entity: 'person',
    entityId: id,
    diff: {
      fields: sentKeys(input),
      accessPointId: input.accessPointId ?? null,
      duplicateCheck: input.duplicateCheck ?? null,
      sections: sectionsReturned,
    },
  });
  return id;
}
