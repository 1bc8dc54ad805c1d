-- Audit partitions are kept a year ahead, and a month that fell into the default partition
-- (a server left running for a long time) is moved into its own partition instead of blocking
-- the creation of that partition. The app calls this daily; it runs as the owner.
DROP FUNCTION audit_ensure_partitions(int);
CREATE FUNCTION audit_ensure_partitions(months_ahead int) RETURNS int
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE m date; name text; created int := 0; stray bigint;
BEGIN
  -- Serialise concurrent callers (several app instances).
  PERFORM pg_advisory_xact_lock(7310422002);
  FOR i IN -1..months_ahead LOOP
    m := (date_trunc('month', now()) + make_interval(months => i))::date;
    name := 'audit_event_' || to_char(m, 'YYYYMM');
    CONTINUE WHEN EXISTS (SELECT 1 FROM pg_class WHERE relname = name);
    SELECT count(*) INTO stray FROM audit_event_default WHERE occurred_at >= m AND occurred_at < (m + interval '1 month');
    IF stray > 0 THEN
      ALTER TABLE audit_event DETACH PARTITION audit_event_default;
      EXECUTE format('CREATE TABLE %I PARTITION OF audit_event FOR VALUES FROM (%L) TO (%L)', name, m, (m + interval '1 month')::date);
      EXECUTE format('INSERT INTO %I SELECT * FROM audit_event_default WHERE occurred_at >= %L AND occurred_at < %L', name, m, (m + interval '1 month')::date);
      DELETE FROM audit_event_default WHERE occurred_at >= m AND occurred_at < (m + interval '1 month');
      ALTER TABLE audit_event ATTACH PARTITION audit_event_default DEFAULT;
    ELSE
      EXECUTE format('CREATE TABLE %I PARTITION OF audit_event FOR VALUES FROM (%L) TO (%L)', name, m, (m + interval '1 month')::date);
    END IF;
    created := created + 1;
  END LOOP;
  RETURN created;
END $$;
REVOKE ALL ON FUNCTION audit_ensure_partitions(int) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION audit_ensure_partitions(int) TO approdo_app;
SELECT audit_ensure_partitions(12);
