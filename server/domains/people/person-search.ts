import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { PersonSearchQuery } from '../../../common/schemas/people.js';
import type { PersonMatch } from '../../../common/schemas/people-views.js';
import type { Actor } from '../../platform/authz/actor.js';
import { writeAudit } from '../../platform/audit/audit-writer.js';
import type { Tx } from '../../platform/db/database.js';
import { translate } from '../../platform/i18n/i18n.js';
import { displayNameOf, MIN_SCORE, MIN_SCORE_OUT_OF_REACH, normalisePhone, phoneKeyOf, scoreMatch, searchNamesOf } from './person-matching.js';
import { personReachable } from './people.policy.js';

// Search before create, and the search of people in reach. Candidates come from the SECURITY
// DEFINER look-up person_match_candidates() (indexes, own tenant, no protected or merged record);
// the records are then read under RLS, and the actor's reach decides how each match is shown:
// - in reach: name, code, birth year, citizenship, score and reasons;
// - in the tenant but out of reach: only "a possible match registered by <organisation>", with its
//   code and score, from a higher score up (MIN_SCORE_OUT_OF_REACH). Enough for the operator to
//   call that organisation instead of registering the person twice; no name, no birth year, no
//   reasons (which would let a searcher probe someone's attributes).

interface Candidate {
  personId: string;
  nameSimilarity: number;
  phoneticShare: number;
  phoneMatch: boolean;
}

// Candidates compared per search. The look-up answers one more when the search matched more people
// than that (a single common name without a birth year): the answer then says it was cut.
const CANDIDATES = 200;

/** What the trail keeps of a search: which criteria, a hash to tell repeated searches apart, counts. */
function searchHash(tenantId: string, names: string, phoneKey: string | null, q: PersonSearchQuery): string {
  return createHash('sha256').update(['people-search:v1', tenantId, names, phoneKey ?? '', q.birthYear ?? '', q.citizenship ?? ''].join('\u0000')).digest('hex');
}

async function candidateRows(tx: Tx, actor: Actor, ids: string[]) {
  return tx
    .selectFrom('person as p')
    .innerJoin('organisation as o', (j) => j.onRef('o.tenantId', '=', 'p.tenantId').onRef('o.id', '=', 'p.organisationId'))
    .select(['p.id', 'p.code', 'p.ageBand', 'p.birthYear', 'p.citizenship', 'o.name as organisationName'])
    .select(sql<boolean>`${personReachable(actor, 'person.read')}`.as('reachable'))
    .where('p.id', 'in', ids)
    .where('p.status', '=', 'active')
    .execute();
}

async function namesOf(tx: Tx, ids: string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await tx.selectFrom('personIdentity').select(['personId', 'givenName', 'familyName', 'givenNameOriginal', 'familyNameOriginal', 'aliases']).where('personId', 'in', ids).execute();
  return new Map(rows.map((r) => [r.personId, displayNameOf(r)]));
}

async function matches(tx: Tx, actor: Actor, names: string, phoneKey: string | null, q: PersonSearchQuery, lang: string): Promise<{ items: PersonMatch[]; truncated: boolean }> {
  const { rows: found } = await sql<Candidate>`SELECT person_id, name_similarity, phonetic_share, phone_match
    FROM person_match_candidates(${actor.tenantId}::uuid, ${names}, ${phoneKey}, ${q.birthYear ?? null}::int, ${CANDIDATES})`.execute(tx);
  const truncated = found.length > CANDIDATES;
  const rows = found.slice(0, CANDIDATES);
  if (rows.length === 0) return { items: [], truncated };
  const signals = new Map(rows.map((r) => [r.personId, r]));
  const people = await candidateRows(tx, actor, rows.map((r) => r.personId));
  const scored = people
    .map((p) => {
      const s = signals.get(p.id)!;
      const { score, reasons } = scoreMatch({
        searchedName: names !== '',
        nameSimilarity: Number(s.nameSimilarity),
        phoneticShare: Number(s.phoneticShare),
        phoneMatch: s.phoneMatch,
        birthYear: { searched: q.birthYear, record: p.birthYear },
        citizenship: { searched: q.citizenship, record: p.citizenship },
      });
      return { p, score, reasons };
    })
    .filter((m) => m.score >= (m.p.reachable ? MIN_SCORE : MIN_SCORE_OUT_OF_REACH))
    .sort((a, b) => b.score - a.score || Number(b.p.reachable) - Number(a.p.reachable) || a.p.code.localeCompare(b.p.code))
    .slice(0, q.limit ?? 20);
  const display = await namesOf(tx, scored.filter((m) => m.p.reachable).map((m) => m.p.id));
  const items = scored.map(({ p, score, reasons }): PersonMatch =>
    p.reachable
      ? {
          reachable: true,
          id: p.id,
          code: p.code,
          displayName: display.get(p.id) ?? '',
          ageBand: p.ageBand,
          birthYear: p.birthYear,
          citizenship: p.citizenship,
          organisationName: p.organisationName,
          score,
          reasons,
        }
      : {
          reachable: false,
          id: p.id,
          code: p.code,
          organisationName: p.organisationName,
          score,
          notice: translate(lang, 'people.search.outOfReach', { organisation: p.organisationName }),
        },
  );
  return { items, truncated };
}

/** People in reach without a name or phone to look for: newest first, filtered by birth year and citizenship. */
async function listInReach(tx: Tx, actor: Actor, q: PersonSearchQuery): Promise<PersonMatch[]> {
  let query = tx
    .selectFrom('person as p')
    .innerJoin('personIdentity as i', (j) => j.onRef('i.tenantId', '=', 'p.tenantId').onRef('i.personId', '=', 'p.id'))
    .innerJoin('organisation as o', (j) => j.onRef('o.tenantId', '=', 'p.tenantId').onRef('o.id', '=', 'p.organisationId'))
    .select(['p.id', 'p.code', 'p.ageBand', 'p.birthYear', 'p.citizenship', 'o.name as organisationName', 'i.givenName', 'i.familyName', 'i.givenNameOriginal', 'i.familyNameOriginal', 'i.aliases'])
    .where('p.status', '=', 'active')
    .where(personReachable(actor, 'person.read'));
  if (q.birthYear !== undefined) query = query.where('p.birthYear', '>=', q.birthYear - 1).where('p.birthYear', '<=', q.birthYear + 1);
  if (q.citizenship) query = query.where('p.citizenship', '=', q.citizenship);
  const rows = await query.orderBy('p.createdAt', 'desc').orderBy('p.id').limit(q.limit ?? 20).execute();
  return rows.map((p) => {
    const { score, reasons } = scoreMatch({
      searchedName: false,
      nameSimilarity: 0,
      phoneticShare: 0,
      phoneMatch: false,
      birthYear: { searched: q.birthYear, record: p.birthYear },
      citizenship: { searched: q.citizenship, record: p.citizenship },
    });
    return {
      reachable: true as const,
      id: p.id,
      code: p.code,
      displayName: displayNameOf(p),
      ageBand: p.ageBand,
      birthYear: p.birthYear,
      citizenship: p.citizenship,
      organisationName: p.organisationName,
      score,
      reasons,
    };
  });
}

export async function searchPeople(tx: Tx, actor: Actor, q: PersonSearchQuery, lang: string) {
  const names = q.q ? searchNamesOf([q.q]) : '';
  const phoneKey = q.phone ? phoneKeyOf(normalisePhone(q.phone)) : null;
  const mode = names || phoneKey ? ('search' as const) : ('list' as const);
  const { items, truncated } = mode === 'search' ? await matches(tx, actor, names, phoneKey, q, lang) : { items: await listInReach(tx, actor, q), truncated: false };
  // The trail records that a search happened and what it found, not the names searched for.
  await writeAudit(tx, actor, {
    action: 'person.search',
    entity: 'person',
    diff: {
      mode,
      criteria: (['q', 'birthYear', 'citizenship', 'phone'] as const).filter((k) => q[k] !== undefined),
      queryHash: searchHash(actor.tenantId, names, phoneKey, q),
      results: items.length,
      outOfReach: items.filter((m) => !m.reachable).length,
      truncated,
    },
  });
  return { mode, items, truncated };
}
