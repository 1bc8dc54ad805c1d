-- Public finder search that stays fast on big directories (benchmark: 100,000 services). Trigram
-- matching over each service's long search_text re-checks most rows for common Italian trigrams;
-- instead, words are matched in a stored, indexed tsvector of the same unaccented text, and typos
-- are corrected against a small vocabulary of the directory's own words (dir_search_word).
-- Written to be re-runnable (IF NOT EXISTS / OR REPLACE).
ALTER TABLE dir_service ADD COLUMN IF NOT EXISTS search_vector tsvector GENERATED ALWAYS AS (
  to_tsvector('simple'::regconfig, f_unaccent(lower(name || ' ' || coalesce(alternate_name, '') || ' ' || description || ' ' || coalesce(translations::text, ''))))
) STORED;
CREATE INDEX IF NOT EXISTS dir_service_search_vector ON dir_service USING gin (search_vector);
-- An earlier draft of this migration indexed the expression instead.
DROP INDEX IF EXISTS dir_service_search_fts;

-- Words of public (non-confidential) services, per tenant: only ever compared with what a visitor
-- typed, never shown. Filled by statement-level triggers, one INSERT per statement (cheap on import).
CREATE TABLE IF NOT EXISTS dir_search_word (
  tenant_id uuid NOT NULL REFERENCES tenant(id) ON DELETE CASCADE,
  word text NOT NULL,
  PRIMARY KEY (tenant_id, word)
);
CREATE INDEX IF NOT EXISTS dir_search_word_trgm ON dir_search_word USING gin (word gin_trgm_ops);
ALTER TABLE dir_search_word ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS tenant_isolation ON dir_search_word;
CREATE POLICY tenant_isolation ON dir_search_word USING (tenant_id = app_tenant()) WITH CHECK (tenant_id = app_tenant());
GRANT SELECT, INSERT ON dir_search_word TO approdo_app;

CREATE OR REPLACE FUNCTION dir_search_word_collect() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO dir_search_word (tenant_id, word)
  SELECT DISTINCT n.tenant_id, w FROM new_rows n, unnest(tsvector_to_array(n.search_vector)) AS w
  WHERE NOT n.confidential AND length(w) BETWEEN 3 AND 40
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
DROP TRIGGER IF EXISTS dir_service_search_words_insert ON dir_service;
DROP TRIGGER IF EXISTS dir_service_search_words_update ON dir_service;
CREATE TRIGGER dir_service_search_words_insert AFTER INSERT ON dir_service
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dir_search_word_collect();
CREATE TRIGGER dir_service_search_words_update AFTER UPDATE ON dir_service
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dir_search_word_collect();

INSERT INTO dir_search_word (tenant_id, word)
SELECT DISTINCT s.tenant_id, w FROM dir_service s, unnest(tsvector_to_array(s.search_vector)) AS w
WHERE NOT s.confidential AND length(w) BETWEEN 3 AND 40
ON CONFLICT DO NOTHING;

-- Row-level security keeps operators that are not leakproof (@@, %) out of index conditions, so
-- under RLS these searches would read every row. The two look-ups below use the indexes as the
-- owner, for the transaction's own tenant only, and return ids or words of public services only;
-- the caller's query then reads the services themselves under RLS as usual.
CREATE OR REPLACE FUNCTION finder_text_search(p_tenant uuid, p_query tsquery) RETURNS TABLE (id uuid, rank real)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT s.id, ts_rank(s.search_vector, p_query) FROM dir_service s
  WHERE p_tenant = app_tenant() AND s.tenant_id = p_tenant AND s.search_vector @@ p_query
    AND s.publication_state = 'published' AND s.status IN ('active', 'temporarily closed') AND NOT s.confidential
$$;
CREATE OR REPLACE FUNCTION finder_similar_words(p_tenant uuid, p_word text) RETURNS SETOF text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT w.word FROM dir_search_word w
  WHERE p_tenant = app_tenant() AND w.tenant_id = p_tenant AND w.word % p_word
  ORDER BY similarity(w.word, p_word) DESC, w.word LIMIT 6
$$;
REVOKE ALL ON FUNCTION finder_text_search(uuid, tsquery), finder_similar_words(uuid, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION finder_text_search(uuid, tsquery), finder_similar_words(uuid, text) TO approdo_app;
