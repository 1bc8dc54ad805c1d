import { sql } from 'kysely';
import type { Tx } from '../../platform/db/database.js';

// Candidate overlaps: pairs of live public services that answer the same need for the same people,
// in the same area, at the same hours of the week. Run in a transaction without protection
// access, so RLS keeps confidential services and places out even if a filter here were missing.

export interface OverlapPairRow {
  aId: string;
  bId: string;
  needCodes: string[];
  targetGroups: string[];
  areaKind: 'neighbourhood' | 'distance' | 'service_area';
  areaName: string | null;
  metres: number | null;
  days: string[];
  overlapMinutes: number;
  /** Weekly opening minutes of the less open of the two. */
  minWeeklyMinutes: number;
}

export interface OverlapServiceRow {
  id: string;
  name: string;
  organizationName: string;
  neighbourhoods: string[];
  latitude: number | null;
  longitude: number | null;
}

/** Same published, active, non-confidential services everywhere in the network view. */
const LIVE_SERVICES = sql`SELECT s.id, s.target_groups FROM dir_service s
  WHERE s.publication_state = 'published' AND s.status = 'active' AND NOT s.confidential`;

export async function findOverlapPairs(tx: Tx, opts: { radiusKm: number; need?: string }): Promise<OverlapPairRow[]> {
  const radius = opts.radiusKm * 1000;
  const { rows } = await sql<OverlapPairRow>`
    WITH svc AS (${LIVE_SERVICES}),
    need AS (
      SELECT a.link_id AS service_id, t.code FROM dir_attribute a
      JOIN dir_taxonomy_term t ON t.tenant_id = a.tenant_id AND t.id = a.taxonomy_term_id
      WHERE a.link_entity = 'service' AND t.code IS NOT NULL
    ),
    loc AS (
      SELECT sal.service_id, l.neighbourhood, lower(trim(l.neighbourhood)) AS hood, l.latitude::float8 AS lat, l.longitude::float8 AS lon
      FROM dir_service_at_location sal JOIN dir_location l ON l.tenant_id = sal.tenant_id AND l.id = sal.location_id
      JOIN svc ON svc.id = sal.service_id
      WHERE NOT l.confidential AND l.location_type = 'physical'
    ),
    area AS (
      SELECT a.service_id, a.name, lower(trim(a.name)) AS key FROM dir_service_area a JOIN svc ON svc.id = a.service_id
      WHERE nullif(trim(a.name), '') IS NOT NULL
    ),
    -- One row per weekday a schedule opens on (HSDS byday may carry an ordinal, as 1MO: the day counts).
    slot AS (
      SELECT coalesce(sc.service_id, sal.service_id) AS service_id, regexp_replace(d.day, '^[+-]?[0-9]+', '') AS day, sc.opens_at, sc.closes_at
      FROM dir_schedule sc
      LEFT JOIN dir_service_at_location sal ON sal.tenant_id = sc.tenant_id AND sal.id = sc.service_at_location_id
      CROSS JOIN LATERAL unnest(string_to_array(upper(replace(sc.byday, ' ', '')), ',')) AS d(day)
      WHERE sc.opens_at IS NOT NULL AND sc.closes_at > sc.opens_at AND coalesce(sc.freq, 'WEEKLY') = 'WEEKLY'
        AND (sc.valid_to IS NULL OR sc.valid_to >= current_date)
    ),
    weekly AS (
      SELECT service_id, sum(extract(epoch FROM closes_at - opens_at) / 60)::int AS minutes FROM slot GROUP BY service_id
    ),
    near AS (
      SELECT la.service_id AS a_id, lb.service_id AS b_id, 1 AS rank, min(la.neighbourhood) AS name, NULL::float8 AS metres
      FROM loc la JOIN loc lb ON la.hood = lb.hood AND la.service_id < lb.service_id
      GROUP BY 1, 2
      UNION ALL
      SELECT la.service_id, lb.service_id, 2, NULL, min(earth_distance(ll_to_earth(la.lat, la.lon), ll_to_earth(lb.lat, lb.lon)))
      FROM loc la JOIN loc lb ON la.service_id < lb.service_id
      WHERE la.lat IS NOT NULL AND lb.lat IS NOT NULL
        AND earth_box(ll_to_earth(la.lat, la.lon), ${radius}::float8) @> ll_to_earth(lb.lat, lb.lon)
        AND earth_distance(ll_to_earth(la.lat, la.lon), ll_to_earth(lb.lat, lb.lon)) <= ${radius}::float8
      GROUP BY 1, 2
      UNION ALL
      SELECT aa.service_id, ab.service_id, 3, min(aa.name), NULL
      FROM area aa JOIN area ab ON aa.key = ab.key AND aa.service_id < ab.service_id
      GROUP BY 1, 2
    ),
    -- The strongest reason for each pair; the distance is kept for display whichever reason wins.
    -- MATERIALIZED and plain joins below: no per-row subplans, whatever the planner guesses.
    best AS MATERIALIZED (
      SELECT DISTINCT ON (a_id, b_id) a_id, b_id, rank, name,
        min(metres) OVER (PARTITION BY a_id, b_id) AS metres
      FROM near ORDER BY a_id, b_id, rank
    ),
    pair AS MATERIALIZED (
      SELECT b.a_id, b.b_id, b.rank, b.name, b.metres, sa.target_groups AS tg_a, sb.target_groups AS tg_b,
        array_agg(DISTINCT na.code ORDER BY na.code) AS need_codes
      FROM best b JOIN svc sa ON sa.id = b.a_id JOIN svc sb ON sb.id = b.b_id
      JOIN need na ON na.service_id = b.a_id JOIN need nb ON nb.service_id = b.b_id AND nb.code = na.code
      -- Same people: a shared target group, or both open to everyone.
      WHERE ((sa.target_groups && sb.target_groups) OR (cardinality(sa.target_groups) = 0 AND cardinality(sb.target_groups) = 0))
        AND (${opts.need ?? null}::text IS NULL OR na.code = ${opts.need ?? null}::text)
      GROUP BY 1, 2, 3, 4, 5, 6, 7
    ),
    shared AS MATERIALIZED (
      SELECT p.a_id, p.b_id, array_agg(DISTINCT x.day) AS days,
        sum(extract(epoch FROM least(x.closes_at, y.closes_at) - greatest(x.opens_at, y.opens_at)) / 60)::int AS minutes
      FROM pair p JOIN slot x ON x.service_id = p.a_id
      JOIN slot y ON y.service_id = p.b_id AND y.day = x.day AND x.opens_at < y.closes_at AND y.opens_at < x.closes_at
      GROUP BY 1, 2
    )
    SELECT p.a_id AS "aId", p.b_id AS "bId", p.need_codes AS "needCodes",
      ARRAY(SELECT unnest(p.tg_a) INTERSECT SELECT unnest(p.tg_b) ORDER BY 1) AS "targetGroups",
      CASE p.rank WHEN 1 THEN 'neighbourhood' WHEN 2 THEN 'distance' ELSE 'service_area' END AS "areaKind",
      p.name AS "areaName", round(p.metres)::int AS metres,
      o.days, o.minutes AS "overlapMinutes",
      least(wa.minutes, wb.minutes) AS "minWeeklyMinutes"
    FROM pair p JOIN shared o ON o.a_id = p.a_id AND o.b_id = p.b_id
    JOIN weekly wa ON wa.service_id = p.a_id JOIN weekly wb ON wb.service_id = p.b_id
    WHERE o.minutes > 0
    ORDER BY o.minutes DESC
    LIMIT 2000`.execute(tx);
  return rows;
}

/** Names, organisations and places of the services in `ids`, for the report and the map. */
export async function findOverlapServices(tx: Tx, ids: string[]): Promise<OverlapServiceRow[]> {
  if (ids.length === 0) return [];
  const { rows } = await sql<OverlapServiceRow>`
    SELECT s.id, s.name, o.name AS "organizationName",
      coalesce(ARRAY(SELECT DISTINCT l.neighbourhood FROM dir_service_at_location sal JOIN dir_location l ON l.tenant_id = sal.tenant_id AND l.id = sal.location_id
        WHERE sal.tenant_id = s.tenant_id AND sal.service_id = s.id AND NOT l.confidential AND l.neighbourhood IS NOT NULL ORDER BY 1), '{}') AS neighbourhoods,
      p.lat AS latitude, p.lon AS longitude
    FROM dir_service s JOIN dir_organization o ON o.tenant_id = s.tenant_id AND o.id = s.organization_id
    LEFT JOIN LATERAL (
      SELECT l.latitude::float8 AS lat, l.longitude::float8 AS lon FROM dir_service_at_location sal
      JOIN dir_location l ON l.tenant_id = sal.tenant_id AND l.id = sal.location_id
      WHERE sal.tenant_id = s.tenant_id AND sal.service_id = s.id AND NOT l.confidential
        AND l.latitude IS NOT NULL AND l.longitude IS NOT NULL ORDER BY l.id LIMIT 1
    ) p ON true
    WHERE s.id = ANY (${ids}::uuid[]) AND NOT s.confidential`.execute(tx);
  return rows;
}
