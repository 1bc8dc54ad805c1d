import { sql } from 'kysely';
import type { z } from 'zod';
import type { duplicatePairsResult } from '../../../common/schemas/people-views.js';
import type { Actor } from '../../platform/authz/actor.js';
import { writeAudit } from '../../platform/audit/audit-writer.js';
import type { Tx } from '../../platform/db/database.js';
import { displayNameOf, MIN_SCORE, scoreMatch } from './person-matching.js';
import { personReachable } from './people.policy.js';

// The coordinators' report of likely duplicates across the tenant: the pairs come from the
// SECURITY DEFINER look-up person_duplicate_pairs() (same phone; similar names with birth year
// within one year and the same citizenship), scored on the scale of search before create.

interface PairSignals {
  aId: string;
  bId: string;
  nameSimilarity: number;
  phoneticShare: number;
  phoneMatch: boolean;
}

const MAX_PAIRS = 5000;

export async function duplicatePairs(tx: Tx, actor: Actor, page: { limit?: number; offset?: number }): Promise<z.infer<typeof duplicatePairsResult>> {
  const limit = page.limit ?? 20;
  const offset = page.offset ?? 0;
  const { rows } = await sql<PairSignals>`SELECT a_id, b_id, name_similarity, phonetic_share, phone_match
    FROM person_duplicate_pairs(${actor.tenantId}::uuid, ${MAX_PAIRS})`.execute(tx);
  const ids = [...new Set(rows.flatMap((r) => [r.aId, r.bId]))];
  const people = ids.length
    ? await tx
        .selectFrom('person as p')
        .innerJoin('organisation as o', (j) => j.onRef('o.tenantId', '=', 'p.tenantId').onRef('o.id', '=', 'p.organisationId'))
        .select(['p.id', 'p.code', 'p.birthYear', 'p.citizenship', 'o.name as organisationName'])
        .where('p.id', 'in', ids)
        .where('p.status', '=', 'active')
        .where(personReachable(actor, 'person.merge'))
        .execute()
    : [];
  const byId = new Map(people.map((p) => [p.id, p]));
  const scored = rows
    .filter((r) => byId.has(r.aId) && byId.has(r.bId))
    .map((r) => {
      const a = byId.get(r.aId)!;
      const b = byId.get(r.bId)!;
      const { score, reasons } = scoreMatch({
        searchedName: true,
        nameSimilarity: Number(r.nameSimilarity),
        phoneticShare: Number(r.phoneticShare),
        phoneMatch: r.phoneMatch,
        birthYear: { searched: a.birthYear, record: b.birthYear },
        citizenship: { searched: a.citizenship, record: b.citizenship },
      });
      return { a, b, score, reasons };
    })
    .filter((p) => p.score >= MIN_SCORE)
    .sort((x, y) => y.score - x.score || x.a.code.localeCompare(y.a.code) || x.b.code.localeCompare(y.b.code));
  const pageItems = scored.slice(offset, offset + limit);
  const pageIds = [...new Set(pageItems.flatMap((p) => [p.a.id, p.b.id]))];
  const identities = pageIds.length
    ? await tx.selectFrom('personIdentity').select(['personId', 'givenName', 'familyName', 'givenNameOriginal', 'familyNameOriginal', 'aliases']).where('personId', 'in', pageIds).execute()
    : [];
  const names = new Map(identities.map((i) => [i.personId, displayNameOf(i)]));
  const member = (p: (typeof people)[number]) => ({
    id: p.id,
    code: p.code,
    displayName: names.get(p.id) ?? '',
    birthYear: p.birthYear,
    citizenship: p.citizenship,
    organisationName: p.organisationName,
  });
  const items = pageItems.map((p) => ({ a: member(p.a), b: member(p.b), score: p.score, reasons: p.reasons }));
  // The report shows names: its reading is on the trail like any view of person records.
  await writeAudit(tx, actor, {
    action: 'person.duplicates_view',
    entity: 'person',
    diff: { total: scored.length, offset, shown: items.map((i) => [i.a.id, i.b.id]) },
  });
  return { items, total: scored.length, offset, limit };
}
