import { sql, type RawBuilder } from 'kysely';
import type { Tx } from '../../platform/db/database.js';
import type { TranslationMap } from '../../platform/db/directory-schema.js';
import type { WallClock } from './open-now.js';
import type { Point, SearchFilters } from './search-filters.js';

// Public search over the tenant's directory. Always called inside withTenant WITHOUT protection
// access: RLS hides confidential services and locations, and the public rule is repeated here.

export const PAGE_SIZE = 20;
export const MAP_PAGE_SIZE = 200;

/** The public visibility rule (docs/hsds-profile.md) for a dir_service alias `s`. */
export const PUBLIC_SERVICE = sql`s.publication_state = 'published' AND s.status IN ('active', 'temporarily closed') AND NOT s.confidential`;

export interface SearchHit {
  id: string;
  name: string;
  description: string;
  translations: TranslationMap;
  status: string;
  free: boolean;
  women: boolean;
  org: string;
  distance: number | null;
  latitude: number | null;
  longitude: number | null;
  neighbourhood: string | null;
  address1: string | null;
  city: string | null;
  openNow: boolean;
}

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

/** Weekly schedules of a service (its own, its service-at-locations', its locations') open at `now`. */
export function openNowSql(serviceId: RawBuilder<unknown>, now: WallClock): RawBuilder<boolean> {
  const applies = (date: string, day: string) => sql`(
      (sc.valid_from IS NULL OR sc.valid_from <= ${date}::date) AND (sc.valid_to IS NULL OR sc.valid_to >= ${date}::date)
      AND (sc.dtstart IS NULL OR sc.dtstart <= ${date}::date) AND (sc.until IS NULL OR sc.until >= ${date}::date)
      AND (coalesce(sc.byday, '') = '' OR ${day} = ANY (regexp_split_to_array(regexp_replace(upper(sc.byday), '[^A-Z,]', '', 'g'), ',')))
      AND (coalesce(sc.interval, 1) <= 1 OR sc.dtstart IS NULL OR ((${date}::date - sc.dtstart) / 7) % sc.interval = 0))`;
  return sql<boolean>`EXISTS (SELECT 1 FROM dir_schedule sc WHERE sc.tenant_id = s.tenant_id
      AND (sc.service_id = ${serviceId}
        OR sc.service_at_location_id IN (SELECT x.id FROM dir_service_at_location x WHERE x.tenant_id = s.tenant_id AND x.service_id = ${serviceId})
        OR sc.location_id IN (SELECT x.location_id FROM dir_service_at_location x WHERE x.tenant_id = s.tenant_id AND x.service_id = ${serviceId}))
      AND sc.freq = 'WEEKLY' AND sc.opens_at IS NOT NULL AND sc.closes_at IS NOT NULL
      AND CASE WHEN sc.opens_at < sc.closes_at
        THEN ${applies(now.date, now.weekday)} AND ${now.time}::time >= sc.opens_at AND ${now.time}::time < sc.closes_at
        ELSE (${applies(now.date, now.weekday)} AND ${now.time}::time >= sc.opens_at)
          OR (${applies(now.prevDate, now.prevWeekday)} AND ${now.time}::time < sc.closes_at) END)`;
}

function earth(p: Point): RawBuilder<unknown> {
  return sql`ll_to_earth(${p.lat}::float8, ${p.lng}::float8)`;
}

const LOCATED = sql`FROM dir_service_at_location sal JOIN dir_location l ON l.tenant_id = sal.tenant_id AND l.id = sal.location_id
  WHERE sal.tenant_id = s.tenant_id AND sal.service_id = s.id AND NOT l.confidential`;

function conditions(f: SearchFilters, now: WallClock): RawBuilder<unknown>[] {
  // The public rule itself is applied where the services are read (`base` in searchServices).
  const where: RawBuilder<unknown>[] = [sql`true`];
  if (f.need) {
    where.push(sql`EXISTS (SELECT 1 FROM dir_attribute a JOIN dir_taxonomy_term tt ON tt.tenant_id = a.tenant_id AND tt.id = a.taxonomy_term_id
      WHERE a.tenant_id = s.tenant_id AND a.link_entity = 'service' AND a.link_id = s.id AND tt.code = ${f.need})`);
  }
  if (f.spoken) where.push(sql`EXISTS (SELECT 1 FROM dir_language dl WHERE dl.tenant_id = s.tenant_id AND dl.service_id = s.id AND dl.code = ${f.spoken})`);
  if (f.group) where.push(sql`s.target_groups @> ARRAY[${f.group}]::text[]`);
  if (f.free) where.push(sql`s.free_of_charge`);
  if (f.women) where.push(sql`s.women_only`);
  if (f.childcare) where.push(sql`s.childcare_available`);
  if (f.accessible) where.push(sql`EXISTS (SELECT 1 ${LOCATED} AND EXISTS (SELECT 1 FROM dir_accessibility ac WHERE ac.tenant_id = l.tenant_id AND ac.location_id = l.id))`);
  if (f.open) where.push(openNowSql(sql`s.id`, now));
  return where;
}

export interface SearchOptions {
  lang: string;
  now: WallClock;
  /** A point to sort by (near me, or the place an address resolved to). */
  point: Point | null;
  pageSize: number;
}

/** One page of public services matching the filters, with the total count. */
export async function searchServices(tx: Tx, tenantId: string, f: SearchFilters, o: SearchOptions): Promise<{ total: number; hits: SearchHit[] }> {
  const tsquery = f.q ? await expandWords(tx, tenantId, f.q) : null;
  const score = tsquery ? sql`ft.rank` : sql`0`;
  // The text matches, read once (a function scan on the inner side of a join would run per row).
  const textMatches = tsquery ? sql`SELECT t.id, t.rank FROM finder_text_search(${tenantId}, to_tsquery('simple', ${tsquery})) t` : sql`SELECT NULL::uuid AS id, 0::real AS rank WHERE false`;
  const textJoin = tsquery ? sql`JOIN ft ON ft.id = s.id` : sql``;
  const textOnly = tsquery ? sql`AND s.id IN (SELECT ft.id FROM ft)` : sql``;
  const likes = queryWords(f.q).filter((w) => w.kind === 'like');
  const likeWords = likes.length ? sql.join(likes.map((w) => sql`AND s.search_text LIKE f_unaccent(${likePattern(w.word)})`), sql` `) : sql``;
  // Distance to each match's nearest public location, joined once over the matches.
  const distances = o.point
    ? sql`SELECT h.id, min(earth_distance(ll_to_earth(l.latitude::float8, l.longitude::float8), ${earth(o.point)})) AS d
        FROM hits h JOIN dir_service_at_location sal ON sal.tenant_id = h.tenant_id AND sal.service_id = h.id
        JOIN dir_location l ON l.tenant_id = sal.tenant_id AND l.id = sal.location_id
        WHERE l.latitude IS NOT NULL AND NOT l.confidential GROUP BY h.id`
    : sql`SELECT NULL::uuid AS id, NULL::float8 AS d WHERE false`;
  const order = (p: string) =>
    sql.join(
      [...(o.point ? [sql.raw(`${p}distance ASC NULLS LAST`)] : []), ...(tsquery ? [sql.raw(`${p}score DESC`)] : []), sql.raw(`${p}sortname`), sql.raw(`${p}id`)],
      sql`, `,
    );
  const nearest = o.point ? sql`earth_distance(ll_to_earth(l.latitude::float8, l.longitude::float8), ${earth(o.point)}) NULLS LAST` : sql`l.latitude IS NULL, l.name`;
  const query = sql<SearchHit & { total: number }>`
    WITH ft AS MATERIALIZED (${textMatches}), base AS ${tsquery ? sql`MATERIALIZED` : sql`NOT MATERIALIZED`} (
      SELECT s.tenant_id, s.id, s.organization_id, s.name, s.description, s.translations, s.status, s.free_of_charge, s.women_only,
        s.childcare_available, s.target_groups
      FROM dir_service s WHERE s.tenant_id = ${tenantId} AND ${PUBLIC_SERVICE} ${textOnly} ${likeWords}
    ), hits AS MATERIALIZED (
      SELECT s.tenant_id, s.id, s.name, s.description, s.translations, s.status, s.free_of_charge AS free, s.women_only AS women,
        o.name AS org, ${score} AS score, lower(coalesce(s.translations -> ${o.lang} ->> 'name', s.name)) AS sortname
      FROM base s JOIN dir_organization o ON o.tenant_id = s.tenant_id AND o.id = s.organization_id ${textJoin}
      WHERE ${sql.join(conditions(f, o.now), sql` AND `)}
    ), dist AS (${distances}), ranked AS (
      SELECT hits.*, dist.d AS distance FROM hits LEFT JOIN dist ON dist.id = hits.id
    ), page AS (
      SELECT ranked.*, count(*) OVER () AS total FROM ranked ORDER BY ${order('')} LIMIT ${o.pageSize} OFFSET ${(f.page - 1) * o.pageSize}
    )
    SELECT s.id, s.name, s.description, s.translations, s.status, s.free, s.women, s.org, s.distance, s.total::int AS total,
      loc.latitude, loc.longitude, loc.neighbourhood, loc.address1, loc.city, ${openNowSql(sql`s.id`, o.now)} AS "openNow"
    FROM page s
    LEFT JOIN LATERAL (
      SELECT l.latitude::float8 AS latitude, l.longitude::float8 AS longitude, l.neighbourhood, ad.address_1 AS address1, ad.city
      FROM dir_service_at_location sal JOIN dir_location l ON l.tenant_id = sal.tenant_id AND l.id = sal.location_id
      LEFT JOIN LATERAL (SELECT a.address_1, a.city FROM dir_address a WHERE a.tenant_id = l.tenant_id AND a.location_id = l.id
        ORDER BY (a.address_type = 'physical') DESC LIMIT 1) ad ON true
      WHERE sal.tenant_id = s.tenant_id AND sal.service_id = s.id AND NOT l.confidential
      ORDER BY ${nearest} LIMIT 1
    ) loc ON true
    ORDER BY ${order('s.')}`;
  const { rows } = await query.execute(tx);
  if (rows.length === 0 && f.page > 1) {
    const first = await searchServices(tx, tenantId, { ...f, page: 1 }, { ...o, pageSize: 1 });
    return { total: first.total, hits: [] };
  }
  return { total: rows[0]?.total ?? 0, hits: rows.map(({ total: _total, ...hit }) => hit) };
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
