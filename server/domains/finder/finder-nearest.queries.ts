import { sql, type RawBuilder } from 'kysely';
import type { Tx } from '../../platform/db/database.js';
import type { TranslationMap } from '../../platform/db/directory-schema.js';
import { ruleOpenAt, type ScheduleRule, type WallClock } from './open-now.js';
import type { Point } from './search-filters.js';

// The two SQL shapes of the public search, over dir_finder_place (migration 0008: one row per
// public service and public located place, with the service's need codes and languages):
//  - nearestPage: near a point, a walk of the places' GiST index nearest-first that stops as soon
//    as the page (and one more result) is found, so its cost follows the page, not the matches;
//  - fullPage: every match ranked (text rank, then name), or sorted by distance when the walk
//    could not fill the page; counts exactly.
// Both read under RLS inside the caller's public transaction: the walk only orders by the index
// (allowed under RLS), every filter on the service is an ordinary condition on rows RLS lets through.

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

export interface SearchResult {
  /** Services found; with `more`, only as many as the search counted (the true number is higher). */
  total: number;
  more: boolean;
  hits: SearchHit[];
}

/** Everything searchServices worked out, in the form the SQL below needs. */
export interface SearchSql {
  tenantId: string;
  /** The expanded text query (expandWords), if any. */
  tsquery: string | null;
  point: Point | null;
  need: string;
  spoken: string;
  /** Conditions on the service (alias `s`) beyond need and language: public rule, text, flags… */
  serviceWhere: RawBuilder<unknown>;
  lang: string;
  now: WallClock;
  pageSize: number;
  offset: number;
}

/**
 * Places the walk may read before giving up for fullPage (rare filters near a point). Every filter
 * is applied after this limit, never inside it: the planner then always sees a short, ordered read
 * of the index, whatever its statistics say about the filters.
 */
export const walkLimit = (wanted: number) => Math.max(5000, 100 * wanted);

function earth(p: Point): RawBuilder<unknown> {
  return sql`ll_to_earth(${p.lat}::float8, ${p.lng}::float8)::cube`;
}

/** Need and language, held in the place row itself: checked before the service is read. */
function placeWhere(q: SearchSql, alias: 'p' | 'w'): RawBuilder<unknown> {
  const a = sql.raw(alias);
  const parts = [sql`true`];
  if (q.need) parts.push(sql`${a}.needs @> ARRAY[${q.need}]::text[]`);
  if (q.spoken) parts.push(sql`${a}.languages @> ARRAY[${q.spoken}]::text[]`);
  return sql.join(parts, sql` AND `);
}

function score(q: SearchSql): RawBuilder<unknown> {
  return q.tsquery ? sql`ts_rank(s.search_vector, to_tsquery('simple'::regconfig, ${q.tsquery}))` : sql`0::real`;
}

const sortname = (q: SearchSql) => sql`lower(coalesce(s.translations -> ${q.lang} ->> 'name', s.name))`;

/**
 * The page's services (CTE `page`: id, knn, score, sortname) with what the list shows
 * (finder_page_details, migration 0008), under `counted` (a one-row count) so that a page past
 * the end still says how many there are.
 */
function withDetails(q: SearchSql, counted: RawBuilder<unknown>): RawBuilder<unknown> {
  const point = q.point ? earth(q.point) : sql`NULL::cube`;
  // `knn` (the distance to the nearest place, through the earth) as earth_distance gives it.
  return sql`
    SELECT c.total, d.*, sec_to_gc(pg.knn) AS distance, pg.knn, pg.score, pg.sortname FROM (${counted}) c
    LEFT JOIN (page pg JOIN finder_page_details(${q.tenantId}, ARRAY(SELECT id FROM page), ${point}) d ON d.id = pg.id) ON true
    ORDER BY pg.knn NULLS LAST, pg.score DESC, pg.sortname, pg.id`;
}

// With an empty page the count comes alone, in a row whose other columns are null.
type Row = { [K in keyof Omit<SearchHit, 'openNow'>]: SearchHit[K] | null } & {
  total: number;
  knn: number | null;
  score: number | null;
  sortname: string | null;
  schedules: ScheduleRule[] | null;
};

function hitsOf(rows: Row[], now: WallClock): SearchHit[] {
  return rows
    .filter((r) => r.id !== null)
    .map(({ total: _t, knn: _k, score: _s, sortname: _n, schedules, ...hit }) => ({ ...(hit as Omit<SearchHit, 'openNow'>), openNow: (schedules ?? []).some((r) => ruleOpenAt(r, now)) }));
}

/**
 * Near a point: the nearest matches first, reading places in distance order until the page and one
 * more match are found. Null when the walk ran out (fewer matches than that, or `walkLimit` rows
 * read): fullPage then answers, with the services that have no place on the map at the end.
 */
export async function nearestPage(tx: Tx, q: SearchSql, point: Point): Promise<SearchResult | null> {
  const wanted = q.offset + q.pageSize + 1;
  // `<->` on the cube sorts as earth_distance does (a function of it): ties are broken exactly by
  // text rank, name and id, as fullPage does; WITH TIES keeps every place at the cut-off distance.
  const query = sql<Row>`
    WITH walk AS (
      SELECT p.service_id, p.location_id, p.needs, p.languages, p.geo <-> ${earth(point)} AS knn FROM dir_finder_place p
      WHERE p.tenant_id = ${q.tenantId} AND p.geo IS NOT NULL
      ORDER BY p.geo <-> ${earth(point)} FETCH FIRST ${walkLimit(wanted)} ROWS WITH TIES
    ), near AS (
      SELECT w.service_id AS id, w.knn, ${score(q)} AS score, ${sortname(q)} AS sortname
      FROM walk w JOIN dir_service s ON s.tenant_id = ${q.tenantId} AND s.id = w.service_id
      WHERE ${placeWhere(q, 'w')} AND ${q.serviceWhere}
        -- a service once, at its nearest place
        AND NOT EXISTS (SELECT 1 FROM dir_finder_place other WHERE other.tenant_id = ${q.tenantId} AND other.service_id = w.service_id
          AND other.geo IS NOT NULL AND other.location_id <> w.location_id
          AND (other.geo <-> ${earth(point)} < w.knn OR (other.geo <-> ${earth(point)} = w.knn AND other.location_id < w.location_id)))
      ORDER BY w.knn FETCH FIRST ${wanted} ROWS WITH TIES
    ), page AS (
      SELECT * FROM near ORDER BY knn, score DESC, sortname, id LIMIT ${q.pageSize} OFFSET ${q.offset}
    )
    ${withDetails(q, sql`SELECT count(*)::int AS total FROM near`)}`;
  const { rows } = await query.execute(tx);
  if ((rows[0]?.total ?? 0) < wanted) return null;
  return { total: q.offset + q.pageSize, more: true, hits: hitsOf(rows, q.now) };
}

/** Every match, counted exactly: ranked by text then name, or by distance from the point. */
export async function fullPage(tx: Tx, q: SearchSql): Promise<SearchResult> {
  // The text matches first when there is text: a GIN look-up (finder_text_search, 0007) is
  // cheaper than reading every place of the tenant.
  const text = q.tsquery
    ? sql`SELECT t.id FROM finder_text_search(${q.tenantId}, to_tsquery('simple'::regconfig, ${q.tsquery})) t`
    : sql`SELECT NULL::uuid AS id WHERE false`;
  const textJoin = q.tsquery ? sql`JOIN ft ON ft.id = p.service_id` : sql``;
  const candidates = q.point
    ? sql`SELECT p.service_id AS id, min(p.geo <-> ${earth(q.point)}) AS knn FROM dir_finder_place p ${textJoin} WHERE p.tenant_id = ${q.tenantId} AND ${placeWhere(q, 'p')} GROUP BY p.service_id`
    : sql`SELECT p.service_id AS id, NULL::float8 AS knn FROM dir_finder_place p ${textJoin} WHERE p.tenant_id = ${q.tenantId} AND ${placeWhere(q, 'p')} AND p.first`;
  const query = sql<Row>`
    WITH ft AS MATERIALIZED (${text}), cand AS MATERIALIZED (${candidates}), hits AS MATERIALIZED (
      SELECT c.id, c.knn, ${score(q)} AS score, ${sortname(q)} AS sortname
      FROM cand c JOIN dir_service s ON s.tenant_id = ${q.tenantId} AND s.id = c.id
      WHERE ${q.serviceWhere}
    ), page AS (
      SELECT * FROM hits ORDER BY knn NULLS LAST, score DESC, sortname, id LIMIT ${q.pageSize} OFFSET ${q.offset}
    )
    ${withDetails(q, sql`SELECT count(*)::int AS total FROM hits`)}`;
  const { rows } = await query.execute(tx);
  return { total: rows[0]?.total ?? 0, more: false, hits: hitsOf(rows, q.now) };
}
