-- Nearest-first public search and a cheaper bulk import (benchmark: 100,000 services).
--
-- dir_finder_place: one row per public service and public located place (or one row without a
-- place when the service has none), with the service's need codes and spoken languages. "Near me"
-- walks its GiST index nearest-first and stops when the page is full, instead of measuring the
-- distance to every match. It is derived data: statement-level triggers keep it in step with the
-- directory, and a bulk import defers them (app.directory_bulk) and refreshes once at the end.
-- Only public services are stored (published, active or temporarily closed, not confidential),
-- never a confidential place (those have no coordinates), so the table holds nothing secret.
CREATE TABLE dir_finder_place (
  -- No foreign keys (a check per row on every bulk import): deleting a service, a place or a
  -- whole tenant removes the rows through the triggers below.
  tenant_id uuid NOT NULL,
  service_id uuid NOT NULL,
  location_id uuid,
  -- ll_to_earth of the place: `<->` orders by straight-line distance through the earth, which
  -- sorts exactly as the great-circle distance (earth_distance = sec_to_gc of it).
  geo cube,
  -- One row per service is `first`: the rows to count or list services rather than places.
  first boolean NOT NULL,
  needs text[] NOT NULL,
  languages text[] NOT NULL,
  CHECK ((location_id IS NULL) = (geo IS NULL))
);
CREATE INDEX dir_finder_place_geo ON dir_finder_place USING gist (geo) WHERE geo IS NOT NULL;
CREATE INDEX dir_finder_place_service ON dir_finder_place (tenant_id, service_id);
ALTER TABLE dir_finder_place ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON dir_finder_place USING (tenant_id = app_tenant()) WITH CHECK (tenant_id = app_tenant());
-- Read by the finder under RLS; written only by the functions below (as the owner).
GRANT SELECT ON dir_finder_place TO approdo_app;

-- Recomputes the rows of some services of a tenant from the directory itself: per service through
-- the indexes for the few an edit touches (dir_finder_refresh), by whole-table joins for a bulk
-- import (below). Rows go in unordered: a GiST index fills fastest from scattered points.
-- Bulk: hash joins only. Right after an import into a new tenant the planner's statistics still
-- say its tables are empty, and a nested loop planned on that would be quadratic; for the same
-- reason long id lists are joined (hashed), never matched with = ANY.
CREATE FUNCTION dir_finder_refresh_bulk(p_tenant uuid, p_services uuid[]) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp SET enable_nestloop = off SET work_mem = '64MB' AS $$
BEGIN
  DELETE FROM dir_finder_place p USING unnest(p_services) AS u(id) WHERE p.tenant_id = p_tenant AND p.service_id = u.id;
  INSERT INTO dir_finder_place (tenant_id, service_id, location_id, geo, first, needs, languages)
  WITH svc AS (
    SELECT s.tenant_id, s.id FROM dir_service s JOIN unnest(p_services) AS u(id) ON u.id = s.id
    WHERE s.tenant_id = p_tenant
      AND s.publication_state = 'published' AND s.status IN ('active', 'temporarily closed') AND NOT s.confidential
  ), needs AS (
    SELECT a.link_id AS id, array_agg(DISTINCT t.code) AS needs FROM dir_attribute a
    JOIN dir_taxonomy_term t ON t.tenant_id = a.tenant_id AND t.id = a.taxonomy_term_id
    WHERE a.tenant_id = p_tenant AND a.link_entity = 'service' AND t.code IS NOT NULL GROUP BY a.link_id
  ), langs AS (
    SELECT dl.service_id AS id, array_agg(DISTINCT dl.code) AS languages FROM dir_language dl
    WHERE dl.tenant_id = p_tenant AND dl.service_id IS NOT NULL AND dl.code IS NOT NULL GROUP BY dl.service_id
  ), places AS (
    SELECT sal.service_id AS id, l.id AS location_id, ll_to_earth(l.latitude::float8, l.longitude::float8)::cube AS geo
    FROM dir_service_at_location sal JOIN dir_location l ON l.tenant_id = sal.tenant_id AND l.id = sal.location_id
    WHERE sal.tenant_id = p_tenant AND l.latitude IS NOT NULL AND NOT l.confidential
  )
  SELECT svc.tenant_id, svc.id, p.location_id, p.geo, coalesce(row_number() OVER (PARTITION BY svc.id ORDER BY p.location_id) = 1, true),
    coalesce(n.needs, '{}'), coalesce(g.languages, '{}')
  FROM svc LEFT JOIN needs n ON n.id = svc.id LEFT JOIN langs g ON g.id = svc.id LEFT JOIN places p ON p.id = svc.id;
END $$;

CREATE FUNCTION dir_finder_refresh(p_tenant uuid, p_services uuid[]) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF cardinality(p_services) > 1000 THEN
    PERFORM dir_finder_refresh_bulk(p_tenant, p_services);
  ELSE
    DELETE FROM dir_finder_place p WHERE p.tenant_id = p_tenant AND p.service_id = ANY (p_services);
    INSERT INTO dir_finder_place (tenant_id, service_id, location_id, geo, first, needs, languages)
    SELECT s.tenant_id, s.id, l.id, l.geo, coalesce(l.n = 1, true), n.needs, g.languages
    FROM dir_service s
    CROSS JOIN LATERAL (
      SELECT coalesce(array_agg(DISTINCT t.code), '{}') FROM dir_attribute a
      JOIN dir_taxonomy_term t ON t.tenant_id = a.tenant_id AND t.id = a.taxonomy_term_id
      WHERE a.tenant_id = s.tenant_id AND a.link_entity = 'service' AND a.link_id = s.id AND t.code IS NOT NULL) n(needs)
    CROSS JOIN LATERAL (
      SELECT coalesce(array_agg(DISTINCT dl.code), '{}') FROM dir_language dl
      WHERE dl.tenant_id = s.tenant_id AND dl.service_id = s.id AND dl.code IS NOT NULL) g(languages)
    LEFT JOIN LATERAL (
      SELECT l.id, ll_to_earth(l.latitude::float8, l.longitude::float8)::cube AS geo, row_number() OVER (ORDER BY l.id) AS n
      FROM dir_service_at_location sal JOIN dir_location l ON l.tenant_id = sal.tenant_id AND l.id = sal.location_id
      WHERE sal.tenant_id = s.tenant_id AND sal.service_id = s.id AND l.latitude IS NOT NULL AND NOT l.confidential) l ON true
    WHERE s.tenant_id = p_tenant AND s.id = ANY (p_services)
      AND s.publication_state = 'published' AND s.status IN ('active', 'temporarily closed') AND NOT s.confidential;
  END IF;
END $$;

-- Trigger side: which services a statement touched, per tenant. Skipped during a bulk import,
-- which calls directory_bulk_refresh instead.
CREATE FUNCTION dir_finder_refresh_each(p_changes jsonb) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE r record;
BEGIN
  FOR r IN SELECT (c ->> 't')::uuid AS tenant_id, array_agg(DISTINCT (c ->> 's')::uuid) AS ids
    FROM jsonb_array_elements(p_changes) c GROUP BY 1
  LOOP
    PERFORM dir_finder_refresh(r.tenant_id, r.ids);
  END LOOP;
END $$;

CREATE FUNCTION dir_finder_track() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE changes jsonb;
BEGIN
  IF current_setting('app.directory_bulk', true) = 'on' THEN RETURN NULL; END IF;
  IF TG_TABLE_NAME = 'dir_service' THEN
    IF TG_OP = 'INSERT' THEN
      SELECT jsonb_agg(jsonb_build_object('t', n.tenant_id, 's', n.id)) INTO changes FROM new_rows n;
    ELSIF TG_OP = 'DELETE' THEN
      SELECT jsonb_agg(jsonb_build_object('t', o.tenant_id, 's', o.id)) INTO changes FROM old_rows o;
    ELSE
      SELECT jsonb_agg(jsonb_build_object('t', n.tenant_id, 's', n.id)) INTO changes
      FROM new_rows n JOIN old_rows o ON o.tenant_id = n.tenant_id AND o.id = n.id
      WHERE (o.publication_state, o.status, o.confidential) IS DISTINCT FROM (n.publication_state, n.status, n.confidential);
    END IF;
  ELSIF TG_TABLE_NAME = 'dir_location' THEN
    SELECT jsonb_agg(jsonb_build_object('t', sal.tenant_id, 's', sal.service_id)) INTO changes
    FROM new_rows n JOIN old_rows o ON o.tenant_id = n.tenant_id AND o.id = n.id
    JOIN dir_service_at_location sal ON sal.tenant_id = n.tenant_id AND sal.location_id = n.id
    WHERE (o.latitude, o.longitude, o.confidential) IS DISTINCT FROM (n.latitude, n.longitude, n.confidential);
  ELSIF TG_TABLE_NAME = 'dir_taxonomy_term' THEN
    SELECT jsonb_agg(jsonb_build_object('t', a.tenant_id, 's', a.link_id)) INTO changes
    FROM new_rows n JOIN old_rows o ON o.tenant_id = n.tenant_id AND o.id = n.id
    JOIN dir_attribute a ON a.tenant_id = n.tenant_id AND a.taxonomy_term_id = n.id AND a.link_entity = 'service'
    WHERE o.code IS DISTINCT FROM n.code;
  ELSIF TG_TABLE_NAME = 'dir_attribute' THEN
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
      SELECT jsonb_agg(jsonb_build_object('t', n.tenant_id, 's', n.link_id)) INTO changes FROM new_rows n WHERE n.link_entity = 'service';
    END IF;
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
      SELECT coalesce(changes, '[]') || coalesce(jsonb_agg(jsonb_build_object('t', o.tenant_id, 's', o.link_id)), '[]') INTO changes FROM old_rows o WHERE o.link_entity = 'service';
    END IF;
  ELSE -- dir_service_at_location, dir_language: a service_id column
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
      SELECT jsonb_agg(jsonb_build_object('t', n.tenant_id, 's', n.service_id)) INTO changes FROM new_rows n WHERE n.service_id IS NOT NULL;
    END IF;
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
      SELECT coalesce(changes, '[]') || coalesce(jsonb_agg(jsonb_build_object('t', o.tenant_id, 's', o.service_id)), '[]') INTO changes FROM old_rows o WHERE o.service_id IS NOT NULL;
    END IF;
  END IF;
  IF jsonb_array_length(coalesce(changes, '[]')) > 0 THEN PERFORM dir_finder_refresh_each(changes); END IF;
  RETURN NULL;
END $$;

DO $$ DECLARE t text; BEGIN
  FOREACH t IN ARRAY ARRAY['dir_service', 'dir_service_at_location', 'dir_attribute', 'dir_language'] LOOP
    EXECUTE format('CREATE TRIGGER dir_finder_insert AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dir_finder_track()', t);
    EXECUTE format('CREATE TRIGGER dir_finder_delete AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dir_finder_track()', t);
  END LOOP;
  FOREACH t IN ARRAY ARRAY['dir_service', 'dir_service_at_location', 'dir_attribute', 'dir_language', 'dir_location', 'dir_taxonomy_term'] LOOP
    EXECUTE format('CREATE TRIGGER dir_finder_update AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dir_finder_track()', t);
  END LOOP;
END $$;

-- Search words: the same deferral during a bulk import; and no words with digits (house or phone
-- numbers): a typed number is matched as typed, never "corrected" into another number.
CREATE OR REPLACE FUNCTION dir_search_word_collect() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('app.directory_bulk', true) = 'on' THEN RETURN NULL; END IF;
  INSERT INTO dir_search_word (tenant_id, word)
  SELECT DISTINCT n.tenant_id, w FROM new_rows n, unnest(tsvector_to_array(n.search_vector)) AS w
  WHERE NOT n.confidential AND length(w) BETWEEN 3 AND 40 AND w !~ '[0-9]'
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
DELETE FROM dir_search_word WHERE word ~ '[0-9]';

-- The end of a bulk import (run by the app inside the import's transaction, for its own tenant
-- only): refreshes the finder rows of every service the import touched (directly, through a
-- place, or through a taxonomy term) and collects the search words of the services it wrote.
CREATE FUNCTION directory_bulk_refresh(p_tenant uuid, p_services uuid[], p_locations uuid[], p_terms uuid[]) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp SET enable_nestloop = off SET work_mem = '64MB' AS $$
BEGIN
  IF p_tenant IS DISTINCT FROM app_tenant() THEN
    RAISE EXCEPTION 'directory_bulk_refresh: not the transaction''s tenant' USING ERRCODE = '42501';
  END IF;
  PERFORM dir_finder_refresh(p_tenant, ARRAY(
    SELECT unnest(p_services)
    UNION SELECT sal.service_id FROM dir_service_at_location sal JOIN unnest(p_locations) AS u(id) ON u.id = sal.location_id WHERE sal.tenant_id = p_tenant
    UNION SELECT a.link_id FROM dir_attribute a JOIN unnest(p_terms) AS u(id) ON u.id = a.taxonomy_term_id
    WHERE a.tenant_id = p_tenant AND a.link_entity = 'service'));
  INSERT INTO dir_search_word (tenant_id, word)
  SELECT DISTINCT s.tenant_id, w FROM dir_service s JOIN unnest(p_services) AS u(id) ON u.id = s.id, unnest(tsvector_to_array(s.search_vector)) AS w
  WHERE s.tenant_id = p_tenant AND NOT s.confidential AND length(w) BETWEEN 3 AND 40 AND w !~ '[0-9]'
  ON CONFLICT DO NOTHING;
END $$;
REVOKE ALL ON FUNCTION dir_finder_refresh(uuid, uuid[]), dir_finder_refresh_bulk(uuid, uuid[]), dir_finder_refresh_each(jsonb), dir_finder_track(),
  directory_bulk_refresh(uuid, uuid[], uuid[], uuid[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION directory_bulk_refresh(uuid, uuid[], uuid[], uuid[]) TO approdo_app;

SELECT dir_finder_refresh(t.id, ARRAY(SELECT s.id FROM dir_service s WHERE s.tenant_id = t.id)) FROM tenant t;

-- "Open now", as open-now.ts computes it for the service page: the weekly schedules of a service,
-- of its service-at-locations and of its places, at a Europe/Rome wall-clock time the app passes
-- in (and the day before, for hours past midnight). In PL/pgSQL so that its plan is made once per
-- connection, not for every search and every row; each of the three sources is an index look-up.
CREATE FUNCTION finder_schedule_applies(p_valid_from date, p_valid_to date, p_dtstart date, p_until date, p_byday text, p_interval int, p_date date, p_day text)
RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT (p_valid_from IS NULL OR p_valid_from <= p_date) AND (p_valid_to IS NULL OR p_valid_to >= p_date)
    AND (p_dtstart IS NULL OR p_dtstart <= p_date) AND (p_until IS NULL OR p_until >= p_date)
    AND (coalesce(p_byday, '') = '' OR p_day = ANY (regexp_split_to_array(regexp_replace(upper(p_byday), '[^A-Z,]', '', 'g'), ',')))
    AND (coalesce(p_interval, 1) <= 1 OR p_dtstart IS NULL OR ((p_date - p_dtstart) / 7) % p_interval = 0)
$$;
CREATE FUNCTION finder_open_now(p_tenant uuid, p_service uuid, p_date date, p_day text, p_time time, p_prev_date date, p_prev_day text)
RETURNS boolean LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$
BEGIN
  RETURN EXISTS (
    SELECT 1 FROM (
      SELECT sc.* FROM dir_schedule sc WHERE sc.tenant_id = p_tenant AND sc.service_id = p_service
      UNION ALL
      SELECT sc.* FROM dir_service_at_location x JOIN dir_schedule sc ON sc.tenant_id = x.tenant_id AND sc.service_at_location_id = x.id
      WHERE x.tenant_id = p_tenant AND x.service_id = p_service
      UNION ALL
      SELECT sc.* FROM dir_service_at_location x JOIN dir_schedule sc ON sc.tenant_id = x.tenant_id AND sc.location_id = x.location_id
      WHERE x.tenant_id = p_tenant AND x.service_id = p_service
    ) sc
    WHERE sc.freq = 'WEEKLY' AND sc.opens_at IS NOT NULL AND sc.closes_at IS NOT NULL
      AND CASE WHEN sc.opens_at < sc.closes_at
        THEN finder_schedule_applies(sc.valid_from, sc.valid_to, sc.dtstart, sc.until, sc.byday, sc.interval, p_date, p_day)
          AND p_time >= sc.opens_at AND p_time < sc.closes_at
        ELSE (finder_schedule_applies(sc.valid_from, sc.valid_to, sc.dtstart, sc.until, sc.byday, sc.interval, p_date, p_day) AND p_time >= sc.opens_at)
          OR (finder_schedule_applies(sc.valid_from, sc.valid_to, sc.dtstart, sc.until, sc.byday, sc.interval, p_prev_date, p_prev_day) AND p_time < sc.closes_at) END);
END $$;
GRANT EXECUTE ON FUNCTION finder_schedule_applies(date, date, date, date, text, int, date, text),
  finder_open_now(uuid, uuid, date, text, time, date, text) TO approdo_app;
CREATE INDEX dir_schedule_sal_idx ON dir_schedule (tenant_id, service_at_location_id) WHERE service_at_location_id IS NOT NULL;

-- What the results list shows of one page of services: name, organisation, the place to show
-- (nearest to the point, a cube from ll_to_earth, else the first located one by name) with its address, and the weekly
-- hours of the service, its service-at-locations and its places (open-now.ts works out "open
-- now" from them, as on the service page). In PL/pgSQL, under the caller's RLS, so that its plan
-- is made once per connection rather than on every search (it was most of a search's planning).
CREATE FUNCTION finder_page_details(p_tenant uuid, p_ids uuid[], p_point cube)
RETURNS TABLE (id uuid, name text, description text, translations jsonb, status text, free boolean, women boolean, org text,
  latitude float8, longitude float8, neighbourhood text, address1 text, city text, schedules json)
LANGUAGE plpgsql STABLE AS $$
#variable_conflict use_column
BEGIN
  RETURN QUERY
  SELECT s.id, s.name, s.description, s.translations, s.status, s.free_of_charge, s.women_only, o.name,
    loc.latitude, loc.longitude, loc.neighbourhood, loc.address1, loc.city, sch.schedules
  FROM unnest(p_ids) AS u(id)
  JOIN dir_service s ON s.tenant_id = p_tenant AND s.id = u.id
  JOIN dir_organization o ON o.tenant_id = s.tenant_id AND o.id = s.organization_id
  LEFT JOIN LATERAL (
    -- Distances from the stored points: ll_to_earth is a SQL function, costly row by row.
    SELECT l.latitude::float8 AS latitude, l.longitude::float8 AS longitude, l.neighbourhood, ad.address_1 AS address1, ad.city
    FROM dir_service_at_location sal JOIN dir_location l ON l.tenant_id = sal.tenant_id AND l.id = sal.location_id
    LEFT JOIN dir_finder_place fp ON fp.tenant_id = sal.tenant_id AND fp.service_id = sal.service_id AND fp.location_id = sal.location_id
    LEFT JOIN LATERAL (SELECT a.address_1, a.city FROM dir_address a WHERE a.tenant_id = l.tenant_id AND a.location_id = l.id
      ORDER BY (a.address_type = 'physical') DESC LIMIT 1) ad ON true
    WHERE sal.tenant_id = s.tenant_id AND sal.service_id = s.id AND NOT l.confidential
    ORDER BY fp.geo <-> p_point NULLS LAST, l.latitude IS NULL, l.name LIMIT 1
  ) loc ON true
  LEFT JOIN LATERAL (
    SELECT json_agg(json_build_object('freq', sc.freq, 'byday', sc.byday, 'opensAt', sc.opens_at, 'closesAt', sc.closes_at, 'validFrom', sc.valid_from,
      'validTo', sc.valid_to, 'dtstart', sc.dtstart, 'until', sc.until, 'interval', sc.interval)) AS schedules
    FROM (
      SELECT sc.* FROM dir_schedule sc WHERE sc.tenant_id = s.tenant_id AND sc.service_id = s.id
      UNION ALL
      SELECT sc.* FROM dir_service_at_location x JOIN dir_schedule sc ON sc.tenant_id = x.tenant_id AND sc.service_at_location_id = x.id
      WHERE x.tenant_id = s.tenant_id AND x.service_id = s.id
      UNION ALL
      SELECT sc.* FROM dir_service_at_location x JOIN dir_schedule sc ON sc.tenant_id = x.tenant_id AND sc.location_id = x.location_id
      WHERE x.tenant_id = s.tenant_id AND x.service_id = s.id
    ) sc WHERE sc.freq = 'WEEKLY'
  ) sch ON true;
END $$;
GRANT EXECUTE ON FUNCTION finder_page_details(uuid, uuid[], cube) TO approdo_app;

-- Indexes no query of the app can use: under row-level security PostgreSQL keeps operators that
-- are not leakproof (LIKE, %, @>, <@ on cube) out of index conditions, so these were only
-- maintained on every write (a third of a bulk import's time). Text search uses
-- dir_service_search_vector (0007); distances dir_finder_place_geo.
DROP INDEX IF EXISTS dir_service_search_trgm;
DROP INDEX IF EXISTS dir_service_name_trgm;
DROP INDEX IF EXISTS dir_location_earth_idx;
