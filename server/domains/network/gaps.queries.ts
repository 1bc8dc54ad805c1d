import { sql } from 'kysely';
import type { Tx } from '../../platform/db/database.js';
import { NEEDS_TAXONOMY } from '../directory/needs-taxonomy.js';

// What the gap report is computed from. A live service (published, active, not confidential)
// covers a need in a neighbourhood when it is tagged with the need and has a public place there,
// or names the neighbourhood as its service area; it covers a language when it lists it as spoken.
// Every service is taken to speak Italian. Confidential services never count (see network.policy.ts).

export interface NeedRow {
  code: string;
  name: string;
  translations: Record<string, { name?: string }>;
}

export async function listNeeds(tx: Tx): Promise<NeedRow[]> {
  const { rows } = await sql<NeedRow>`
    SELECT t.code, t.name, t.translations FROM dir_taxonomy_term t
    JOIN dir_taxonomy x ON x.tenant_id = t.tenant_id AND x.id = t.taxonomy_id
    WHERE x.uri = ${NEEDS_TAXONOMY.uri} AND t.code IS NOT NULL
    ORDER BY t.code`.execute(tx);
  return rows;
}

export interface NeighbourhoodRow {
  name: string;
  /** Centre of the neighbourhood's located public places, for the map; null when none is located. */
  latitude: number | null;
  longitude: number | null;
}

/**
 * The tenant's neighbourhoods: those of its public places, spelled as first written. A confidential
 * place never names a neighbourhood nor moves its centre (RLS hides it too; the filter says so).
 */
export async function listNeighbourhoods(tx: Tx): Promise<NeighbourhoodRow[]> {
  const { rows } = await sql<NeighbourhoodRow>`
    SELECT min(trim(neighbourhood)) AS name,
      avg(latitude::float8) FILTER (WHERE latitude IS NOT NULL AND longitude IS NOT NULL) AS latitude,
      avg(longitude::float8) FILTER (WHERE latitude IS NOT NULL AND longitude IS NOT NULL) AS longitude
    FROM dir_location
    WHERE NOT confidential AND nullif(trim(neighbourhood), '') IS NOT NULL
    GROUP BY lower(trim(neighbourhood)) ORDER BY 1`.execute(tx);
  return rows;
}

/** Languages to check: the tenant's configured languages and every language the directory lists. */
export async function listGapLanguages(tx: Tx, tenantId: string): Promise<string[]> {
  const tenant = await tx.selectFrom('tenant').select('settings').where('id', '=', tenantId).executeTakeFirst();
  const settings = (tenant?.settings ?? {}) as { languages?: unknown; publicLanguages?: unknown };
  const configured = [settings.languages, settings.publicLanguages].flatMap((v) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []));
  const { rows } = await sql<{ code: string }>`
    SELECT DISTINCT lower(l.code) AS code FROM dir_language l
    JOIN dir_service s ON s.tenant_id = l.tenant_id AND s.id = l.service_id
    WHERE s.publication_state = 'published' AND s.status = 'active' AND NOT s.confidential AND l.code ~ '^[A-Za-z]{2,3}$'`.execute(tx);
  return [...new Set(['it', ...configured, ...rows.map((r) => r.code)])];
}

export interface CoverageRow {
  need: string;
  hood: string;
  language: string;
  services: number;
}

/** (need, neighbourhood key, language) triples that some live service covers, with how many do. */
export async function listCoverage(tx: Tx): Promise<CoverageRow[]> {
  const { rows } = await sql<CoverageRow>`
    WITH svc AS (
      SELECT s.id FROM dir_service s WHERE s.publication_state = 'published' AND s.status = 'active' AND NOT s.confidential
    ),
    need AS (
      SELECT a.link_id AS service_id, t.code FROM dir_attribute a
      JOIN dir_taxonomy_term t ON t.tenant_id = a.tenant_id AND t.id = a.taxonomy_term_id
      JOIN svc ON svc.id = a.link_id
      WHERE a.link_entity = 'service' AND t.code IS NOT NULL
    ),
    hood AS (
      SELECT sal.service_id, lower(trim(l.neighbourhood)) AS hood
      FROM dir_service_at_location sal JOIN dir_location l ON l.tenant_id = sal.tenant_id AND l.id = sal.location_id
      WHERE NOT l.confidential AND nullif(trim(l.neighbourhood), '') IS NOT NULL
      UNION
      SELECT a.service_id, lower(trim(a.name)) FROM dir_service_area a WHERE nullif(trim(a.name), '') IS NOT NULL
    ),
    lang AS (
      SELECT l.service_id, lower(l.code) AS code FROM dir_language l WHERE l.service_id IS NOT NULL AND l.code IS NOT NULL
      UNION
      SELECT id, 'it' FROM svc
    )
    SELECT n.code AS need, h.hood, g.code AS language, count(DISTINCT n.service_id)::int AS services
    FROM need n JOIN hood h ON h.service_id = n.service_id JOIN lang g ON g.service_id = n.service_id
    GROUP BY 1, 2, 3`.execute(tx);
  return rows;
}

export interface MissRow {
  category: string;
  language: string;
  area: string;
  misses: number;
}

/** Public searches that found nothing, summed per facet over [from, to]; the table holds no query text. */
export async function listSearchMisses(tx: Tx, from: string, to: string): Promise<MissRow[]> {
  return tx
    .selectFrom('dirSearchMiss')
    .select(['category', 'language', 'area', sql<number>`sum(misses)::int`.as('misses')])
    .where('day', '>=', from)
    .where('day', '<=', to)
    .groupBy(['category', 'language', 'area'])
    .orderBy('misses', 'desc')
    .orderBy('category')
    .orderBy('language')
    .orderBy('area')
    .execute();
}
