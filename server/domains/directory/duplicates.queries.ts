import { sql } from 'kysely';
import type { DuplicateCandidate, DuplicatePair } from '../../../common/schemas/directory-views.js';
import type { Tx } from '../../platform/db/database.js';

// Duplicate detection: the same identifier, the same address, or a similar name and address
// (pg_trgm trigram similarity over unaccented lower-case text, so 'Caritas Diocesana' finds
// 'caritas diocesana di Aosta' and 'Centro antiviolènza' finds 'Centro Antiviolenza').

export interface DuplicateQuery {
  name: string;
  address?: string | null;
  city?: string | null;
  organizationId?: string | null;
  identifier?: string | null;
  excludeId?: string | null;
}

interface Signals {
  nameScore: number;
  addressScore: number | null;
  sameAddress: boolean;
  sameIdentifier: boolean;
}

const round = (n: number) => Math.round(n * 100) / 100;

/** One reason and a 0..1 score from the signals, or null when they do not make a duplicate. */
export function judge(s: Signals): Pick<DuplicateCandidate, 'score' | 'reason'> | null {
  if (s.sameIdentifier && s.nameScore >= 0.4) return { reason: 'same_identifier', score: round(0.5 + 0.5 * s.nameScore) };
  if (s.sameAddress && s.nameScore >= 0.3) return { reason: 'same_address', score: round(0.6 + 0.4 * s.nameScore) };
  if (s.addressScore !== null && s.addressScore >= 0.4 && s.nameScore >= 0.4) return { reason: 'similar_name_address', score: round(0.6 * s.nameScore + 0.4 * s.addressScore) };
  if (s.nameScore >= 0.5) return { reason: 'similar_name', score: round(s.nameScore) };
  return null;
}

const norm = (v: string | null | undefined) => sql<string>`f_unaccent(lower(trim(${v ?? ''})))`;

/** Services that look like the one described (for the editor's warning before and after saving). */
export async function findServiceDuplicates(tx: Tx, q: DuplicateQuery): Promise<DuplicateCandidate[]> {
  const hasAddress = !!q.address?.trim();
  const addressText = `${q.address ?? ''} ${q.city ?? ''}`;
  const { rows } = await sql<{ id: string; name: string; organizationName: string; address: string | null; nameScore: number; addressScore: number | null; sameAddress: boolean; sameIdentifier: boolean }>`
    WITH target AS (
      SELECT o.id, nullif(coalesce(${q.identifier ?? null}::text, o.tax_id), '') AS ident
      FROM (SELECT 1) one LEFT JOIN dir_organization o ON o.id = ${q.organizationId ?? null}::uuid
    )
    SELECT s.id, s.name, o.name AS organization_name, best.address,
      similarity(f_unaccent(lower(s.name)), ${norm(q.name)}) AS name_score,
      CASE WHEN ${hasAddress} THEN coalesce(best.address_score, 0) END AS address_score,
      coalesce(best.same_address, false) AS same_address,
      (s.organization_id = t.id
        OR (t.ident IS NOT NULL AND (o.tax_id = t.ident
          OR EXISTS (SELECT 1 FROM dir_organization_identifier i WHERE i.organization_id = o.id AND i.identifier = t.ident)
          OR EXISTS (SELECT 1 FROM dir_service_at_location x JOIN dir_location l ON l.id = x.location_id
                     WHERE x.service_id = s.id AND l.external_identifier = t.ident)))) AS same_identifier
    FROM dir_service s
    JOIN dir_organization o ON o.id = s.organization_id
    CROSS JOIN target t
    LEFT JOIN LATERAL (
      SELECT concat_ws(', ', a.address_1, a.city) AS address,
        similarity(f_unaccent(lower(a.address_1 || ' ' || a.city)), ${norm(addressText)}) AS address_score,
        (${hasAddress} AND f_unaccent(lower(trim(a.address_1))) = ${norm(q.address)}
          AND (${!q.city?.trim()} OR f_unaccent(lower(trim(a.city))) = ${norm(q.city)})) AS same_address
      FROM dir_service_at_location x
      JOIN dir_location l ON l.id = x.location_id
      JOIN dir_address a ON a.location_id = l.id
      WHERE x.service_id = s.id
      ORDER BY 3 DESC, 2 DESC
      LIMIT 1
    ) best ON true
    WHERE s.id IS DISTINCT FROM ${q.excludeId ?? null}::uuid
      AND f_unaccent(lower(s.name)) % ${norm(q.name)}
    ORDER BY name_score DESC
    LIMIT 50`.execute(tx);
  return rows
    .map((r) => ({ r, verdict: judge({ nameScore: Number(r.nameScore), addressScore: r.addressScore === null ? null : Number(r.addressScore), sameAddress: r.sameAddress, sameIdentifier: r.sameIdentifier }) }))
    .filter((x) => x.verdict !== null)
    .map(({ r, verdict }) => ({ id: r.id, name: r.name, organizationName: r.organizationName, address: r.address, ...verdict! }))
    .sort((a, b) => b.score - a.score)
    .slice(0, 10);
}

/** The report: pairs of services of the tenant that look like duplicates, most likely first. */
export async function duplicatePairs(tx: Tx, threshold = 0.6): Promise<DuplicatePair[]> {
  // Candidate pairs come from the trigram index on names (similarity ≥ 0.3); `judge` decides.
  await sql`SELECT set_config('pg_trgm.similarity_threshold', '0.3', true)`.execute(tx);
  const { rows } = await sql<{
    aId: string; aName: string; aOrg: string; aAddress: string | null; bId: string; bName: string; bOrg: string; bAddress: string | null;
    nameScore: number; addressScore: number | null; sameAddress: boolean; sameOrg: boolean;
  }>`
    WITH pairs AS (
      -- Nested loop over the trigram index on names: no all-pairs scan.
      SELECT s1.id AS a_id, s2.id AS b_id, similarity(f_unaccent(lower(s1.name)), f_unaccent(lower(s2.name))) AS name_score
      FROM dir_service s1 JOIN dir_service s2 ON s1.id < s2.id AND f_unaccent(lower(s2.name)) % f_unaccent(lower(s1.name))
      LIMIT 5000
    ), side AS (
      SELECT s.id, s.name, s.organization_id, o.name AS org_name, o.tax_id,
        (SELECT concat_ws(', ', a.address_1, a.city) FROM dir_service_at_location x JOIN dir_location l ON l.id = x.location_id
          JOIN dir_address a ON a.location_id = l.id WHERE x.service_id = s.id ORDER BY a.address_1 LIMIT 1) AS address
      FROM dir_service s JOIN dir_organization o ON o.id = s.organization_id
      WHERE s.id IN (SELECT a_id FROM pairs UNION SELECT b_id FROM pairs)
    )
    SELECT a.id AS a_id, a.name AS a_name, a.org_name AS a_org, a.address AS a_address,
      b.id AS b_id, b.name AS b_name, b.org_name AS b_org, b.address AS b_address, p.name_score,
      CASE WHEN a.address IS NOT NULL AND b.address IS NOT NULL THEN similarity(f_unaccent(lower(a.address)), f_unaccent(lower(b.address))) END AS address_score,
      (a.address IS NOT NULL AND f_unaccent(lower(a.address)) = f_unaccent(lower(b.address))) AS same_address,
      (a.organization_id = b.organization_id OR (a.tax_id IS NOT NULL AND a.tax_id = b.tax_id)) AS same_org
    FROM pairs p JOIN side a ON a.id = p.a_id JOIN side b ON b.id = p.b_id
    `.execute(tx);
  return rows
    .map((r) => ({ r, verdict: judge({ nameScore: Number(r.nameScore), addressScore: r.addressScore === null ? null : Number(r.addressScore), sameAddress: r.sameAddress, sameIdentifier: r.sameOrg }) }))
    .filter((x) => x.verdict !== null && x.verdict.score >= threshold)
    .map(({ r, verdict }) => ({
      a: { id: r.aId, name: r.aName, organizationName: r.aOrg, address: r.aAddress },
      b: { id: r.bId, name: r.bName, organizationName: r.bOrg, address: r.bAddress },
      ...verdict!,
    }))
    .sort((x, y) => y.score - x.score)
    .slice(0, 200);
}

export interface LocationDuplicate {
  id: string;
  name: string | null;
  address: string | null;
  score: number;
  reason: DuplicateCandidate['reason'];
}

/** Locations that look like the one described: same external identifier, same address, or similar name and address. */
export async function findLocationDuplicates(tx: Tx, q: DuplicateQuery): Promise<LocationDuplicate[]> {
  if (!q.address?.trim() && !q.identifier?.trim() && !q.name.trim()) return [];
  const { rows } = await sql<{ id: string; name: string | null; address: string | null; nameScore: number; addressScore: number | null; sameAddress: boolean; sameIdentifier: boolean }>`
    SELECT l.id, l.name, concat_ws(', ', a.address_1, a.city) AS address,
      similarity(f_unaccent(lower(coalesce(l.name, ''))), ${norm(q.name)}) AS name_score,
      CASE WHEN a.id IS NOT NULL AND ${!!q.address?.trim()} THEN similarity(f_unaccent(lower(a.address_1 || ' ' || a.city)), ${norm(`${q.address ?? ''} ${q.city ?? ''}`)}) END AS address_score,
      (a.id IS NOT NULL AND f_unaccent(lower(trim(a.address_1))) = ${norm(q.address)} AND (${!q.city?.trim()} OR f_unaccent(lower(trim(a.city))) = ${norm(q.city)})) AS same_address,
      (${q.identifier ?? null}::text IS NOT NULL AND l.external_identifier = ${q.identifier ?? null}::text) AS same_identifier
    FROM dir_location l
    LEFT JOIN dir_address a ON a.location_id = l.id
    WHERE l.id IS DISTINCT FROM ${q.excludeId ?? null}::uuid
      AND (f_unaccent(lower(coalesce(l.name, ''))) % ${norm(q.name)}
        OR (${q.identifier ?? null}::text IS NOT NULL AND l.external_identifier = ${q.identifier ?? null}::text)
        OR (a.id IS NOT NULL AND f_unaccent(lower(a.address_1 || ' ' || a.city)) % ${norm(`${q.address ?? ''} ${q.city ?? ''}`)}))
    LIMIT 50`.execute(tx);
  return rows
    .map((r) => {
      const nameScore = Number(r.nameScore);
      const addressScore = r.addressScore === null ? null : Number(r.addressScore);
      // For a place, the same address or identifier is enough: two entries for one building.
      const verdict: Pick<DuplicateCandidate, 'score' | 'reason'> | null = r.sameIdentifier
        ? { reason: 'same_identifier', score: 1 }
        : r.sameAddress
          ? { reason: 'same_address', score: round(0.8 + 0.2 * nameScore) }
          : judge({ nameScore, addressScore, sameAddress: false, sameIdentifier: false });
      return verdict ? { id: r.id, name: r.name, address: r.address, ...verdict } : null;
    })
    .filter((x): x is LocationDuplicate => x !== null)
    .sort((a, b) => b.score - a.score)
    .slice(0, 10);
}
