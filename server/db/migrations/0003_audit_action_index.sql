-- The audit viewer filters by action and lists the distinct action names of a tenant. With this
-- index the distinct list is a skip scan (one index probe per name) instead of reading every event.
CREATE INDEX IF NOT EXISTS audit_event_action_idx ON audit_event (tenant_id, action);
