import type { Actor } from '../../platform/authz/actor.js';
import type { Tx } from '../../platform/db/database.js';
import { DomainError, type FieldError } from '../../platform/errors.js';
import { NEEDS_TAXONOMY, NEEDS_TERMS } from '../directory/needs-taxonomy.js';

// Reads of the person registry. Callers have checked reach (people.policy.ts) before reading a
// record: these functions do not decide who may see what.

/** One person record with its identity and the names of its organisation and access point. */
export async function loadPersonRecord(tx: Tx, personId: string) {
  const row = await tx
    .selectFrom('person as p')
    .innerJoin('personIdentity as i', (j) => j.onRef('i.tenantId', '=', 'p.tenantId').onRef('i.personId', '=', 'p.id'))
    .innerJoin('organisation as o', (j) => j.onRef('o.tenantId', '=', 'p.tenantId').onRef('o.id', '=', 'p.organisationId'))
    .leftJoin('accessPoint as a', (j) => j.onRef('a.tenantId', '=', 'p.tenantId').onRef('a.id', '=', 'p.accessPointId'))
    .selectAll('p')
    .select([
      'i.givenName',
      'i.familyName',
      'i.givenNameOriginal',
      'i.familyNameOriginal',
      'i.aliases',
      'i.birthDate',
      'i.birthDateEstimated',
      'i.birthPlace',
      'i.birthCountry',
      'i.phone',
      'i.email',
      'i.address',
      'i.permitNumber',
      'o.name as organisationName',
      'a.name as accessPointName',
    ])
    .where('p.id', '=', personId)
    .executeTakeFirst();
  if (!row) throw new DomainError('NOT_FOUND');
  return row;
}
export type PersonRecord = Awaited<ReturnType<typeof loadPersonRecord>>;

const SHIPPED_NEEDS = new Set(NEEDS_TERMS.map((t) => t.code));

/** Needs must be codes of the needs taxonomy: the shipped terms or the tenant's own. */
export async function assertNeedsKnown(tx: Tx, needs: readonly string[] | undefined): Promise<void> {
  if (!needs) return;
  const other = [...new Set(needs.filter((c) => !SHIPPED_NEEDS.has(c)))];
  if (other.length === 0) return;
  const rows = await tx
    .selectFrom('dirTaxonomyTerm as t')
    .innerJoin('dirTaxonomy as x', (j) => j.onRef('x.tenantId', '=', 't.tenantId').onRef('x.id', '=', 't.taxonomyId'))
    .select('t.code')
    .where('x.uri', '=', NEEDS_TAXONOMY.uri)
    .where('t.code', 'in', other)
    .execute();
  const known = new Set(rows.map((r) => r.code));
  const fields: FieldError[] = [];
  needs.forEach((code, i) => {
    if (!SHIPPED_NEEDS.has(code) && !known.has(code)) fields.push({ path: `body.needs.${i}`, code: 'unknown_code', params: { value: code } });
  });
  if (fields.length) throw new DomainError('VALIDATION_FAILED', {}, fields);
}

/**
 * An operator records the access point they work at: it must be an active one they are assigned
 * to. Any other id, another tenant's included, gets the same answer.
 */
export async function assertAccessPointAssigned(tx: Tx, actor: Actor, accessPointId: string | null | undefined): Promise<void> {
  if (!accessPointId) return;
  const row = await tx
    .selectFrom('accessPointOperator as o')
    .innerJoin('accessPoint as a', (j) => j.onRef('a.tenantId', '=', 'o.tenantId').onRef('a.id', '=', 'o.accessPointId'))
    .select('a.id')
    .where('o.accessPointId', '=', accessPointId)
    .where('o.userId', '=', actor.userId)
    .where('a.active', '=', true)
    .executeTakeFirst();
  if (!row) throw new DomainError('PERSON_ACCESS_POINT_NOT_ASSIGNED', {}, [{ path: 'body.accessPointId', code: 'invalid_value' }]);
}

/** Locks the active person rows (in id order, so that two merges never wait on each other). */
export async function lockPeople(tx: Tx, ids: string[]): Promise<void> {
  await tx
    .selectFrom('person')
    .select('id')
    .where('id', 'in', [...ids].sort())
    .orderBy('id')
    .forUpdate()
    .execute();
}
