import { sql, type RawBuilder } from 'kysely';
import type { Tx } from '../../platform/db/database.js';
import { fullPage, nearestPage, type SearchResult, type SearchSql } from './finder-nearest.queries.js';
import type { WallClock } from './open-now.js';
import type { Point, SearchFilters } from './search-filters.js';

export type { SearchHit, SearchResult } from './finder-nearest.queries.js';

// Public search over the tenant's directory. Always called inside withTenant WITHOUT protection
// access: RLS hides confidential services and locations, and the public rule is repeated here.

export const PAGE_SIZE = 20;
export const MAP_PAGE_SIZE = 200;

/** The public visibility rule (docs/hsds-profile.md) for a dir_service alias `s`. */
export const PUBLIC_SERVICE = sql`s.publication_state = 'published' AND s.status IN ('active', 'temporarily closed') AND NOT s.confidential`;

function likePattern(w: string): string {
  return `%${w.replace(/[\\%_]/g, '\\$&')}%`;
}

/** Scripts written without spaces between words: matched by containment, not word by word. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/**
 * Words of the free text: full-text words (with typo correction, see expandWords) for words of 3+
 * letters, containment for scripts without spaces (Chinese); short words ("di", "la") are skipped.
 */
export function queryWords(q: string): { word: string; kind: 'fts' | 'like' }[] {
  return q
    .toLowerCase()
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter(Boolean)
    .map((word) => ({ word, kind: UNSPACED.test(word) ? ('like' as const) : ('fts' as const) }))
    .filter((w) => w.kind === 'like' || [...w.word].length >= 3)
    .slice(0, 6);
}

function lexeme(word: string): string {
  return `'${word.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/**
 * The tsquery for the typed words: each word as typed (unaccented, as a prefix) or any of the
 * directory's own words it may be a misspelling of (trigram similarity over dir_search_word, a
 * small table), all words required. Null when there is no such word.
 */
export async function expandWords(tx: Tx, tenantId: string, q: string): Promise<string | null> {
  const words = queryWords(q).filter((w) => w.kind === 'fts').map((w) => w.word);
  if (!words.length) return null;
  const { rows } = await sql<{ norm: string; alts: string[] }>`
    SELECT f_unaccent(q.w) AS norm, coalesce((SELECT array_agg(v) FROM finder_similar_words(${tenantId}, f_unaccent(q.w)) v), '{}') AS alts
    FROM unnest(${words}::text[]) WITH ORDINALITY AS q(w, i) ORDER BY q.i`.execute(tx);
  const parts = rows
    .map((r) => r.norm.replace(/[^\p{L}\p{M}\p{N}]+/gu, ''))
    .map((norm, i) => (norm ? `(${[`${lexeme(norm)}:*`, ...rows[i]!.alts.map(lexeme)].join(' | ')})` : ''))
    .filter(Boolean);
  return parts.length ? parts.join(' & ') : null;
}

/**
 * Whether a service (alias `s` gives the tenant) is open at `now`: its own schedules, its
 * service-at-locations' and its places' (finder_open_now, migration 0008; open-now.ts holds the
 * same rule for the service page).
 */
export function openNowSql(serviceId: RawBuilder<unknown>, now: WallClock): RawBuilder<boolean> {
  return sql<boolean>`finder_open_now(s.tenant_id, ${serviceId}, ${now.date}::date, ${now.weekday}, ${now.time}::time, ${now.prevDate}::date, ${now.prevWeekday})`;
}

function earth(p: Point): RawBuilder<unknown> {
  return sql`ll_to_earth(${p.lat}::float8, ${p.lng}::float8)`;
}

const LOCATED = sql`FROM dir_service_at_location sal JOIN dir_location l ON l.tenant_id = sal.tenant_id AND l.id = sal.location_id
  WHERE sal.tenant_id = s.tenant_id AND sal.service_id = s.id AND NOT l.confidential`;

/**
 * Conditions on the service (alias `s`): the public rule and every filter except need and spoken
 * language, which dir_finder_place holds per row (finder-nearest.queries.ts checks them there).
 */
function serviceConditions(f: SearchFilters, now: WallClock, tsquery: string | null): RawBuilder<unknown> {
  const where: RawBuilder<unknown>[] = [PUBLIC_SERVICE];
  if (tsquery) where.push(sql`s.search_vector @@ to_tsquery('simple'::regconfig, ${tsquery})`);
  for (const w of queryWords(f.q)) if (w.kind === 'like') where.push(sql`s.search_text LIKE f_unaccent(${likePattern(w.word)})`);
  if (f.group) where.push(sql`s.target_groups @> ARRAY[${f.group}]::text[]`);
  if (f.free) where.push(sql`s.free_of_charge`);
  if (f.women) where.push(sql`s.women_only`);
  if (f.childcare) where.push(sql`s.childcare_available`);
  if (f.accessible) where.push(sql`EXISTS (SELECT 1 ${LOCATED} AND EXISTS (SELECT 1 FROM dir_accessibility ac WHERE ac.tenant_id = l.tenant_id AND ac.location_id = l.id))`);
  if (f.open) where.push(openNowSql(sql`s.id`, now));
  return sql.join(where, sql` AND `);
}

export interface SearchOptions {
  lang: string;
  now: WallClock;
  /** A point to sort by (near me, or the place an address resolved to). */
  point: Point | null;
  pageSize: number;
}

/**
 * One page of public services matching the filters, with how many there are. Near a point the
 * nearest come first and the count stops just past the page (`more`: "more than `total`"); without
 * a point, or when few services match, every match is ranked and counted.
 */
export async function searchServices(tx: Tx, tenantId: string, f: SearchFilters, o: SearchOptions): Promise<SearchResult> {
  const tsquery = f.q ? await expandWords(tx, tenantId, f.q) : null;
  const q: SearchSql = {
    tenantId,
    tsquery,
    point: o.point,
    need: f.need,
    spoken: f.spoken,
    serviceWhere: serviceConditions(f, o.now, tsquery),
    lang: o.lang,
    now: o.now,
    pageSize: o.pageSize,
    offset: (f.page - 1) * o.pageSize,
  };
  return (o.point && (await nearestPage(tx, q, o.point))) || fullPage(tx, q);
}

/**
 * A typed address or neighbourhood, resolved without any geocoder: the best trigram match among
 * the neighbourhoods and street addresses of the tenant's public locations.
 */
export async function resolvePlace(tx: Tx, tenantId: string, text: string): Promise<{ point: Point; area: string } | null> {
  const { rows } = await sql<{ lat: number; lng: number; area: string | null; score: number }>`
    WITH visible AS (
      SELECT l.* FROM dir_location l
      WHERE l.tenant_id = ${tenantId} AND NOT l.confidential AND l.latitude IS NOT NULL
        AND EXISTS (SELECT 1 FROM dir_service_at_location sal JOIN dir_service s ON s.tenant_id = sal.tenant_id AND s.id = sal.service_id
          WHERE sal.tenant_id = l.tenant_id AND sal.location_id = l.id AND ${PUBLIC_SERVICE})
    ), q AS (SELECT f_unaccent(lower(${text})) AS t)
    (SELECT avg(v.latitude)::float8 AS lat, avg(v.longitude)::float8 AS lng, v.neighbourhood AS area,
        max(word_similarity(q.t, f_unaccent(lower(v.neighbourhood)))) + 0.01 AS score
      FROM visible v, q WHERE v.neighbourhood IS NOT NULL AND q.t <% f_unaccent(lower(v.neighbourhood)) GROUP BY v.neighbourhood)
    UNION ALL
    (SELECT v.latitude::float8, v.longitude::float8, v.neighbourhood, word_similarity(q.t, f_unaccent(lower(a.address_1 || ' ' || a.city)))
      FROM visible v JOIN dir_address a ON a.tenant_id = v.tenant_id AND a.location_id = v.id, q
      WHERE q.t <% f_unaccent(lower(a.address_1 || ' ' || a.city)))
    ORDER BY score DESC LIMIT 1`.execute(tx);
  const best = rows[0];
  return best ? { point: { lat: best.lat, lng: best.lng }, area: best.area ?? '' } : null;
}

/** The neighbourhood of the public location nearest to a point (for the anonymous gap counts). */
export async function nearestArea(tx: Tx, tenantId: string, p: Point): Promise<string> {
  const { rows } = await sql<{ area: string }>`
    SELECT l.neighbourhood AS area FROM dir_location l
    WHERE l.tenant_id = ${tenantId} AND NOT l.confidential AND l.latitude IS NOT NULL AND l.neighbourhood IS NOT NULL
      AND earth_box(${earth(p)}, 3000) @> ll_to_earth(l.latitude::float8, l.longitude::float8)
    ORDER BY earth_distance(ll_to_earth(l.latitude::float8, l.longitude::float8), ${earth(p)}) LIMIT 1`.execute(tx);
  return rows[0]?.area ?? '';
}
