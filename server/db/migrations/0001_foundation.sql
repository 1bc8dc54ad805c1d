-- Foundation: tenants, organisations, teams, users, roles, sessions, MFA, throttling, audit trail.
-- Every tenant-owned table has tenant_id first in its primary key and foreign keys, so that the
-- schema can later be distributed by tenant (see docs/adr/0003-tenancy-and-rls.md).

CREATE EXTENSION IF NOT EXISTS pgcrypto;
CREATE EXTENSION IF NOT EXISTS citext;

DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'approdo_app') THEN
    CREATE ROLE approdo_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
END $$;

-- The tenant of the current transaction, set by the app with set_config('app.tenant_id', ..., true).
CREATE OR REPLACE FUNCTION app_tenant() RETURNS uuid LANGUAGE sql STABLE AS
$$ SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid $$;

CREATE TABLE tenant (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]([a-z0-9-]{0,48}[a-z0-9])?$'),
  name text NOT NULL CHECK (length(name) BETWEEN 2 AND 200),
  settings jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE organisation (
  tenant_id uuid NOT NULL REFERENCES tenant(id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  slug text NOT NULL CHECK (slug ~ '^[a-z0-9]([a-z0-9-]{0,62}[a-z0-9])?$'),
  name text NOT NULL CHECK (length(name) BETWEEN 2 AND 200),
  kind text NOT NULL CHECK (kind IN ('municipality','cooperative','association','training_body','public_body','other')),
  is_lead boolean NOT NULL DEFAULT false,
  tax_code text,
  email citext,
  phone text,
  website text,
  address text,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, slug)
);

CREATE TABLE team (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL,
  name text NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, organisation_id) REFERENCES organisation(tenant_id, id) ON DELETE CASCADE
);

CREATE TABLE app_user (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL,
  email citext NOT NULL,
  display_name text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
  locale text NOT NULL DEFAULT 'it',
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active','disabled')),
  password_hash text,
  password_changed_at timestamptz,
  mfa_secret text,
  mfa_enabled_at timestamptz,
  -- Last accepted TOTP time step: a code is never accepted twice.
  mfa_last_step bigint,
  oidc_subject text,
  last_login_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, organisation_id) REFERENCES organisation(tenant_id, id)
);
-- One e-mail address signs in to exactly one account across the installation.
CREATE UNIQUE INDEX app_user_email_key ON app_user (email);
CREATE UNIQUE INDEX app_user_oidc_key ON app_user (oidc_subject) WHERE oidc_subject IS NOT NULL;

CREATE TABLE user_role (
  tenant_id uuid NOT NULL,
  user_id uuid NOT NULL,
  role text NOT NULL,
  PRIMARY KEY (tenant_id, user_id, role),
  FOREIGN KEY (tenant_id, user_id) REFERENCES app_user(tenant_id, id) ON DELETE CASCADE
);

CREATE TABLE team_member (
  tenant_id uuid NOT NULL,
  team_id uuid NOT NULL,
  user_id uuid NOT NULL,
  PRIMARY KEY (tenant_id, team_id, user_id),
  FOREIGN KEY (tenant_id, team_id) REFERENCES team(tenant_id, id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, user_id) REFERENCES app_user(tenant_id, id) ON DELETE CASCADE
);

CREATE TABLE mfa_recovery_code (
  tenant_id uuid NOT NULL,
  user_id uuid NOT NULL,
  code_hash bytea NOT NULL,
  used_at timestamptz,
  PRIMARY KEY (tenant_id, user_id, code_hash),
  FOREIGN KEY (tenant_id, user_id) REFERENCES app_user(tenant_id, id) ON DELETE CASCADE
);

CREATE TABLE user_session (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL,
  token_hash bytea NOT NULL UNIQUE,
  csrf_token text NOT NULL,
  -- 'full' once every required factor was given; 'mfa_setup' while a user whose role needs MFA enrols.
  stage text NOT NULL DEFAULT 'full' CHECK (stage IN ('full','mfa_setup')),
  auth_method text NOT NULL DEFAULT 'password' CHECK (auth_method IN ('password','oidc')),
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  absolute_expires_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, user_id) REFERENCES app_user(tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX user_session_user_idx ON user_session (tenant_id, user_id);

CREATE TABLE password_reset (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL,
  token_hash bytea NOT NULL UNIQUE,
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, user_id) REFERENCES app_user(tenant_id, id) ON DELETE CASCADE
);

-- Not tenant-owned: keys are SHA-256 of the normalised e-mail or of the client address.
CREATE TABLE login_failure (
  key_hash bytea NOT NULL,
  failed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX login_failure_key_idx ON login_failure (key_hash, failed_at);

-- Audit trail: append-only, hash-chained per tenant, partitioned by month for volume.
CREATE TABLE audit_chain (
  tenant_id uuid PRIMARY KEY REFERENCES tenant(id) ON DELETE CASCADE,
  last_seq bigint NOT NULL DEFAULT 0,
  last_hash bytea NOT NULL DEFAULT '\x0000000000000000000000000000000000000000000000000000000000000000'
);

CREATE TABLE audit_event (
  tenant_id uuid NOT NULL,
  seq bigint NOT NULL,
  occurred_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  actor_user_id uuid,
  actor_org_id uuid,
  action text NOT NULL,
  entity text NOT NULL,
  entity_id text,
  request_id text,
  diff jsonb,
  prev_hash bytea NOT NULL,
  hash bytea NOT NULL,
  PRIMARY KEY (tenant_id, seq, occurred_at)
) PARTITION BY RANGE (occurred_at);
CREATE TABLE audit_event_default PARTITION OF audit_event DEFAULT;
CREATE INDEX audit_event_time_idx ON audit_event (tenant_id, occurred_at DESC);
CREATE INDEX audit_event_entity_idx ON audit_event (tenant_id, entity, entity_id);
CREATE INDEX audit_event_actor_idx ON audit_event (tenant_id, actor_user_id, occurred_at DESC);

-- The text each hash covers. Kept in SQL so that writer and verifier cannot disagree.
CREATE OR REPLACE FUNCTION audit_canonical(e audit_event) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT concat_ws('|', e.seq::text, e.tenant_id::text,
    to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    coalesce(e.actor_user_id::text, ''), coalesce(e.actor_org_id::text, ''),
    e.action, e.entity, coalesce(e.entity_id, ''), coalesce(e.request_id, ''), coalesce(e.diff::text, ''))
$$;

CREATE OR REPLACE FUNCTION audit_append(p_tenant uuid, p_actor_user uuid, p_actor_org uuid, p_action text,
  p_entity text, p_entity_id text, p_request_id text, p_diff jsonb) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  head audit_chain%ROWTYPE;
  ev audit_event%ROWTYPE;
BEGIN
  IF p_tenant IS DISTINCT FROM app_tenant() THEN
    RAISE EXCEPTION 'audit_append: tenant mismatch' USING ERRCODE = '42501';
  END IF;
  INSERT INTO audit_chain (tenant_id) VALUES (p_tenant) ON CONFLICT DO NOTHING;
  SELECT * INTO head FROM audit_chain WHERE tenant_id = p_tenant FOR UPDATE;
  ev.tenant_id := p_tenant; ev.seq := head.last_seq + 1; ev.occurred_at := clock_timestamp();
  ev.actor_user_id := p_actor_user; ev.actor_org_id := p_actor_org; ev.action := p_action;
  ev.entity := p_entity; ev.entity_id := p_entity_id; ev.request_id := p_request_id; ev.diff := p_diff;
  ev.prev_hash := head.last_hash;
  ev.hash := sha256(head.last_hash || convert_to(audit_canonical(ev), 'UTF8'));
  INSERT INTO audit_event VALUES (ev.*);
  UPDATE audit_chain SET last_seq = ev.seq, last_hash = ev.hash WHERE tenant_id = p_tenant;
  RETURN ev.seq;
END $$;

-- Monthly partitions, created ahead of time by migrate and by the maintenance job.
CREATE OR REPLACE FUNCTION audit_ensure_partitions(months_ahead int) RETURNS void LANGUAGE plpgsql AS $$
DECLARE m date; name text;
BEGIN
  FOR i IN 0..months_ahead LOOP
    m := (date_trunc('month', now()) + make_interval(months => i))::date;
    name := 'audit_event_' || to_char(m, 'YYYYMM');
    IF NOT EXISTS (SELECT 1 FROM pg_class WHERE relname = name) THEN
      EXECUTE format('CREATE TABLE %I PARTITION OF audit_event FOR VALUES FROM (%L) TO (%L)',
        name, m, (m + interval '1 month')::date);
    END IF;
  END LOOP;
END $$;
SELECT audit_ensure_partitions(2);

-- Look-ups that must happen before the tenant is known. They return ids only.
CREATE OR REPLACE FUNCTION auth_find_user_by_email(p_email text) RETURNS TABLE (tenant_id uuid, user_id uuid)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT u.tenant_id, u.id FROM app_user u WHERE u.email = p_email::citext
$$;
CREATE OR REPLACE FUNCTION auth_find_user_by_oidc(p_subject text) RETURNS TABLE (tenant_id uuid, user_id uuid)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT u.tenant_id, u.id FROM app_user u WHERE u.oidc_subject = p_subject
$$;
CREATE OR REPLACE FUNCTION auth_find_session(p_token_hash bytea) RETURNS TABLE (tenant_id uuid, session_id uuid)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT s.tenant_id, s.id FROM user_session s WHERE s.token_hash = p_token_hash
$$;
CREATE OR REPLACE FUNCTION auth_find_password_reset(p_token_hash bytea) RETURNS TABLE (tenant_id uuid, reset_id uuid)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT r.tenant_id, r.id FROM password_reset r WHERE r.token_hash = p_token_hash
$$;

-- Resolves a session cookie in one round trip: expired sessions are deleted, activity is
-- recorded at most every 15 s, and the caller gets what it needs to build the actor.
CREATE OR REPLACE FUNCTION auth_resolve_session(p_token_hash bytea, p_idle_seconds int)
RETURNS TABLE (tenant_id uuid, session_id uuid, user_id uuid, organisation_id uuid, csrf_token text, stage text,
  auth_method text, email text, display_name text, locale text, roles text[], team_ids uuid[], mfa_enabled boolean,
  absolute_expires_at timestamptz, organisation_name text, organisation_slug text, tenant_slug text, tenant_name text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE s user_session%ROWTYPE;
BEGIN
  SELECT * INTO s FROM user_session WHERE user_session.token_hash = p_token_hash;
  IF NOT FOUND THEN RETURN; END IF;
  IF s.absolute_expires_at <= now() OR s.last_seen_at + make_interval(secs => p_idle_seconds) <= now() THEN
    DELETE FROM user_session WHERE user_session.tenant_id = s.tenant_id AND user_session.id = s.id;
    RETURN;
  END IF;
  IF s.last_seen_at < now() - interval '15 seconds' THEN
    UPDATE user_session SET last_seen_at = now() WHERE user_session.tenant_id = s.tenant_id AND user_session.id = s.id;
  END IF;
  RETURN QUERY SELECT s.tenant_id, s.id, u.id, u.organisation_id, s.csrf_token, s.stage, s.auth_method, u.email::text,
    u.display_name, u.locale,
    coalesce((SELECT array_agg(r.role ORDER BY r.role) FROM user_role r WHERE r.tenant_id = u.tenant_id AND r.user_id = u.id), '{}'),
    coalesce((SELECT array_agg(m.team_id) FROM team_member m WHERE m.tenant_id = u.tenant_id AND m.user_id = u.id), '{}'),
    u.mfa_enabled_at IS NOT NULL, s.absolute_expires_at, o.name, o.slug, t.slug, t.name
  FROM app_user u
  JOIN organisation o ON o.tenant_id = u.tenant_id AND o.id = u.organisation_id
  JOIN tenant t ON t.id = u.tenant_id
  WHERE u.tenant_id = s.tenant_id AND u.id = s.user_id AND u.status = 'active';
END $$;

-- Row-level security: the app role sees only the transaction's tenant. RLS is enabled, not forced:
-- the owner (migrations and the SECURITY DEFINER look-ups above) is trusted, the app role is not.
DO $$ DECLARE t text; BEGIN
  FOREACH t IN ARRAY ARRAY['organisation','team','app_user','user_role','team_member','mfa_recovery_code',
                           'user_session','password_reset','audit_chain','audit_event'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = app_tenant()) WITH CHECK (tenant_id = app_tenant())', t);
  END LOOP;
END $$;
ALTER TABLE tenant ENABLE ROW LEVEL SECURITY;
-- Tenant names and slugs are public (the public finder lists them); only the own tenant is writable.
CREATE POLICY tenant_read ON tenant FOR SELECT USING (true);
CREATE POLICY tenant_insert ON tenant FOR INSERT WITH CHECK (id = app_tenant());
CREATE POLICY tenant_update ON tenant FOR UPDATE USING (id = app_tenant()) WITH CHECK (id = app_tenant());

GRANT USAGE ON SCHEMA public TO approdo_app;
GRANT SELECT, INSERT, UPDATE ON tenant TO approdo_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON organisation, team, app_user, user_role, team_member,
  mfa_recovery_code, user_session, password_reset, login_failure TO approdo_app;
-- The audit trail is written only through audit_append(); the app role can read it (under RLS) and
-- can neither update nor delete it.
GRANT SELECT ON audit_event, audit_chain TO approdo_app;
REVOKE ALL ON FUNCTION audit_append(uuid, uuid, uuid, text, text, text, text, jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION audit_append(uuid, uuid, uuid, text, text, text, text, jsonb) TO approdo_app;
REVOKE ALL ON FUNCTION auth_find_user_by_email(text), auth_find_user_by_oidc(text), auth_find_session(bytea),
  auth_find_password_reset(bytea), auth_resolve_session(bytea, int) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_tenant(), audit_canonical(audit_event), auth_find_user_by_email(text),
  auth_find_user_by_oidc(text), auth_find_session(bytea), auth_find_password_reset(bytea), auth_resolve_session(bytea, int) TO approdo_app;
