-- Territorial service directory: Open Referral HSDS 3.1 objects (column names as in HSDS) plus the
-- Approdo profile (docs/hsds-profile.md): translations, verification, referral acceptance, target
-- groups, confidentiality, publication workflow. Every table is tenant-owned (tenant_id first).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS cube;
CREATE EXTENSION IF NOT EXISTS earthdistance;

-- unaccent() is only STABLE; indexes and generated columns need an IMMUTABLE wrapper.
CREATE OR REPLACE FUNCTION f_unaccent(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS
$$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;

-- True when the transaction was opened for a user holding the protection permission
-- (set by the app with set_config('app.protection_access', 'on', true)).
CREATE OR REPLACE FUNCTION app_protection_access() RETURNS boolean LANGUAGE sql STABLE AS
$$ SELECT coalesce(current_setting('app.protection_access', true), '') = 'on' $$;

CREATE TABLE dir_organization (
  tenant_id uuid NOT NULL REFERENCES tenant(id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
  alternate_name text,
  description text NOT NULL DEFAULT '',
  email citext,
  website text,
  tax_status text,
  tax_id text,
  year_incorporated int CHECK (year_incorporated BETWEEN 1000 AND 2200),
  legal_status text,
  logo text,
  uri text,
  parent_organization_id uuid,
  -- The Approdo organisation this directory entry describes, when it is one of the network's.
  approdo_organisation_id uuid,
  translations jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, parent_organization_id) REFERENCES dir_organization(tenant_id, id) ON DELETE SET NULL (parent_organization_id),
  FOREIGN KEY (tenant_id, approdo_organisation_id) REFERENCES organisation(tenant_id, id) ON DELETE SET NULL (approdo_organisation_id)
);
CREATE UNIQUE INDEX dir_organization_approdo_key ON dir_organization (tenant_id, approdo_organisation_id) WHERE approdo_organisation_id IS NOT NULL;
CREATE INDEX dir_organization_name_trgm ON dir_organization USING gin (f_unaccent(lower(name)) gin_trgm_ops);

CREATE TABLE dir_program (
  tenant_id uuid NOT NULL, id uuid NOT NULL DEFAULT gen_random_uuid(), organization_id uuid NOT NULL,
  name text NOT NULL, alternate_name text, description text NOT NULL DEFAULT '',
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, organization_id) REFERENCES dir_organization(tenant_id, id) ON DELETE CASCADE
);

CREATE TABLE dir_service (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  organization_id uuid NOT NULL,
  program_id uuid,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
  alternate_name text,
  description text NOT NULL DEFAULT '',
  url text,
  email citext,
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active','inactive','defunct','temporarily closed')),
  interpretation_services text,
  application_process text,
  fees_description text,
  wait_time text,
  fees text,
  accreditations text,
  eligibility_description text,
  minimum_age int CHECK (minimum_age BETWEEN 0 AND 130),
  maximum_age int CHECK (maximum_age BETWEEN 0 AND 130),
  assured_date date,
  assurer_email citext,
  licenses text,
  alert text,
  last_modified timestamptz NOT NULL DEFAULT now(),
  -- Approdo profile.
  translations jsonb NOT NULL DEFAULT '{}'::jsonb,   -- {lang: {name, description, eligibility_description, application_process, fees_description}}
  last_verified_at timestamptz,
  verified_by uuid,
  next_check_due date,
  accepts_referrals boolean NOT NULL DEFAULT false,
  target_groups text[] NOT NULL DEFAULT '{}',
  residence_permit_requirement text NOT NULL DEFAULT 'none' CHECK (residence_permit_requirement IN ('none','any_permit','valid_permit','not_required_emergency')),
  interpretation_available boolean NOT NULL DEFAULT false,
  childcare_available boolean NOT NULL DEFAULT false,
  women_only boolean NOT NULL DEFAULT false,
  free_of_charge boolean NOT NULL DEFAULT false,
  -- Anti-violence admissions and the like: never public, only for the protection permission.
  confidential boolean NOT NULL DEFAULT false,
  publication_state text NOT NULL DEFAULT 'published' CHECK (publication_state IN ('draft','pending_approval','published')),
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  search_text text GENERATED ALWAYS AS (f_unaccent(lower(name || ' ' || coalesce(alternate_name, '') || ' ' || description || ' ' || coalesce(translations::text, '')))) STORED,
  PRIMARY KEY (tenant_id, id),
  CHECK (minimum_age IS NULL OR maximum_age IS NULL OR minimum_age <= maximum_age),
  FOREIGN KEY (tenant_id, organization_id) REFERENCES dir_organization(tenant_id, id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, program_id) REFERENCES dir_program(tenant_id, id) ON DELETE SET NULL (program_id)
);
CREATE INDEX dir_service_org_idx ON dir_service (tenant_id, organization_id);
CREATE INDEX dir_service_search_trgm ON dir_service USING gin (search_text gin_trgm_ops);
CREATE INDEX dir_service_name_trgm ON dir_service USING gin (f_unaccent(lower(name)) gin_trgm_ops);
CREATE INDEX dir_service_due_idx ON dir_service (tenant_id, next_check_due) WHERE publication_state = 'published';
CREATE INDEX dir_service_modified_idx ON dir_service (tenant_id, last_modified);

CREATE TABLE dir_location (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  location_type text NOT NULL DEFAULT 'physical' CHECK (location_type IN ('physical','postal','virtual')),
  url text,
  organization_id uuid,
  name text,
  alternate_name text,
  description text,
  transportation text,
  latitude numeric(9,6) CHECK (latitude BETWEEN -90 AND 90),
  longitude numeric(9,6) CHECK (longitude BETWEEN -180 AND 180),
  external_identifier text,
  external_identifier_type text,
  neighbourhood text,
  translations jsonb NOT NULL DEFAULT '{}'::jsonb,
  -- Shelters (case rifugio): never published, never geocoded, only for the protection permission.
  confidential boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  CHECK (NOT confidential OR (latitude IS NULL AND longitude IS NULL)),
  CHECK ((latitude IS NULL) = (longitude IS NULL)),
  FOREIGN KEY (tenant_id, organization_id) REFERENCES dir_organization(tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX dir_location_earth_idx ON dir_location USING gist (ll_to_earth(latitude::float8, longitude::float8)) WHERE latitude IS NOT NULL;
CREATE INDEX dir_location_org_idx ON dir_location (tenant_id, organization_id);

CREATE TABLE dir_service_at_location (
  tenant_id uuid NOT NULL, id uuid NOT NULL DEFAULT gen_random_uuid(),
  service_id uuid NOT NULL, location_id uuid NOT NULL, description text,
  PRIMARY KEY (tenant_id, id), UNIQUE (tenant_id, service_id, location_id),
  FOREIGN KEY (tenant_id, service_id) REFERENCES dir_service(tenant_id, id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, location_id) REFERENCES dir_location(tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX dir_sal_location_idx ON dir_service_at_location (tenant_id, location_id);

CREATE TABLE dir_address (
  tenant_id uuid NOT NULL, id uuid NOT NULL DEFAULT gen_random_uuid(), location_id uuid NOT NULL,
  attention text, address_1 text NOT NULL, address_2 text, city text NOT NULL, region text,
  state_province text NOT NULL DEFAULT '', postal_code text NOT NULL DEFAULT '', country char(2) NOT NULL DEFAULT 'IT',
  address_type text NOT NULL DEFAULT 'physical' CHECK (address_type IN ('physical','postal','virtual')),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, location_id) REFERENCES dir_location(tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX dir_address_location_idx ON dir_address (tenant_id, location_id);
CREATE INDEX dir_address_trgm ON dir_address USING gin (f_unaccent(lower(address_1 || ' ' || city)) gin_trgm_ops);

CREATE TABLE dir_contact (
  tenant_id uuid NOT NULL, id uuid NOT NULL DEFAULT gen_random_uuid(),
  organization_id uuid, service_id uuid, service_at_location_id uuid, location_id uuid,
  name text, title text, department text, email citext,
  PRIMARY KEY (tenant_id, id)
);

CREATE TABLE dir_phone (
  tenant_id uuid NOT NULL, id uuid NOT NULL DEFAULT gen_random_uuid(),
  location_id uuid, service_id uuid, organization_id uuid, contact_id uuid, service_at_location_id uuid,
  number text NOT NULL, extension text, type text, description text, translations jsonb NOT NULL DEFAULT '{}'::jsonb,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX dir_phone_service_idx ON dir_phone (tenant_id, service_id);
CREATE INDEX dir_phone_location_idx ON dir_phone (tenant_id, location_id);

CREATE TABLE dir_schedule (
  tenant_id uuid NOT NULL, id uuid NOT NULL DEFAULT gen_random_uuid(),
  service_id uuid, location_id uuid, service_at_location_id uuid,
  valid_from date, valid_to date, dtstart date, timezone int, until date, count int,
  wkst text CHECK (wkst IN ('MO','TU','WE','TH','FR','SA','SU')),
  freq text CHECK (freq IN ('WEEKLY','MONTHLY')),
  interval int, byday text, byweekno text, bymonthday text, byyearday text,
  description text, opens_at time, closes_at time, schedule_link text, attending_type text, notes text,
  translations jsonb NOT NULL DEFAULT '{}'::jsonb,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX dir_schedule_service_idx ON dir_schedule (tenant_id, service_id);
CREATE INDEX dir_schedule_location_idx ON dir_schedule (tenant_id, location_id);

CREATE TABLE dir_language (
  tenant_id uuid NOT NULL, id uuid NOT NULL DEFAULT gen_random_uuid(),
  service_id uuid, location_id uuid, phone_id uuid, name text, code text, note text,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX dir_language_service_idx ON dir_language (tenant_id, service_id);
CREATE INDEX dir_language_code_idx ON dir_language (tenant_id, code);

CREATE TABLE dir_accessibility (
  tenant_id uuid NOT NULL, id uuid NOT NULL DEFAULT gen_random_uuid(), location_id uuid,
  description text, details text, url text,
  PRIMARY KEY (tenant_id, id)
);

CREATE TABLE dir_cost_option (
  tenant_id uuid NOT NULL, id uuid NOT NULL DEFAULT gen_random_uuid(), service_id uuid NOT NULL,
  valid_from date, valid_to date, option text, currency char(3), amount numeric(12,2), amount_description text,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, service_id) REFERENCES dir_service(tenant_id, id) ON DELETE CASCADE
);

CREATE TABLE dir_required_document (
  tenant_id uuid NOT NULL, id uuid NOT NULL DEFAULT gen_random_uuid(), service_id uuid NOT NULL,
  document text, uri text, translations jsonb NOT NULL DEFAULT '{}'::jsonb,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, service_id) REFERENCES dir_service(tenant_id, id) ON DELETE CASCADE
);

CREATE TABLE dir_service_area (
  tenant_id uuid NOT NULL, id uuid NOT NULL DEFAULT gen_random_uuid(),
  service_id uuid, service_at_location_id uuid, name text, description text, extent text, extent_type text, uri text,
  PRIMARY KEY (tenant_id, id)
);

CREATE TABLE dir_funding (
  tenant_id uuid NOT NULL, id uuid NOT NULL DEFAULT gen_random_uuid(), organization_id uuid, service_id uuid, source text,
  PRIMARY KEY (tenant_id, id)
);

CREATE TABLE dir_organization_identifier (
  tenant_id uuid NOT NULL, id uuid NOT NULL DEFAULT gen_random_uuid(), organization_id uuid NOT NULL,
  identifier_scheme text, identifier_type text NOT NULL, identifier text NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, organization_id) REFERENCES dir_organization(tenant_id, id) ON DELETE CASCADE
);

CREATE TABLE dir_url (
  tenant_id uuid NOT NULL, id uuid NOT NULL DEFAULT gen_random_uuid(), label text, url text NOT NULL,
  organization_id uuid, service_id uuid,
  PRIMARY KEY (tenant_id, id)
);

CREATE TABLE dir_unit (
  tenant_id uuid NOT NULL, id uuid NOT NULL DEFAULT gen_random_uuid(), name text NOT NULL, scheme text, identifier text, uri text,
  PRIMARY KEY (tenant_id, id)
);

CREATE TABLE dir_service_capacity (
  tenant_id uuid NOT NULL, id uuid NOT NULL DEFAULT gen_random_uuid(), service_id uuid NOT NULL, unit_id uuid NOT NULL,
  available numeric NOT NULL, maximum numeric, description text, updated timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, service_id) REFERENCES dir_service(tenant_id, id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, unit_id) REFERENCES dir_unit(tenant_id, id)
);

CREATE TABLE dir_taxonomy (
  tenant_id uuid NOT NULL, id uuid NOT NULL DEFAULT gen_random_uuid(), name text NOT NULL, description text NOT NULL DEFAULT '',
  uri text, version text,
  PRIMARY KEY (tenant_id, id)
);

CREATE TABLE dir_taxonomy_term (
  tenant_id uuid NOT NULL, id uuid NOT NULL DEFAULT gen_random_uuid(),
  code text, name text NOT NULL, description text NOT NULL DEFAULT '', parent_id uuid, taxonomy text,
  language text, taxonomy_id uuid, term_uri text,
  translations jsonb NOT NULL DEFAULT '{}'::jsonb,   -- {lang: {name, description}}
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, taxonomy_id, code),
  FOREIGN KEY (tenant_id, taxonomy_id) REFERENCES dir_taxonomy(tenant_id, id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, parent_id) REFERENCES dir_taxonomy_term(tenant_id, id) ON DELETE SET NULL (parent_id)
);

CREATE TABLE dir_attribute (
  tenant_id uuid NOT NULL, id uuid NOT NULL DEFAULT gen_random_uuid(),
  link_id uuid NOT NULL, taxonomy_term_id uuid NOT NULL, link_type text, link_entity text NOT NULL, value text, label text,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, taxonomy_term_id) REFERENCES dir_taxonomy_term(tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX dir_attribute_link_idx ON dir_attribute (tenant_id, link_entity, link_id);
CREATE INDEX dir_attribute_term_idx ON dir_attribute (tenant_id, taxonomy_term_id);

CREATE TABLE dir_metadata (
  tenant_id uuid NOT NULL, id uuid NOT NULL DEFAULT gen_random_uuid(),
  resource_id uuid NOT NULL, resource_type text NOT NULL, last_action_date timestamptz NOT NULL DEFAULT now(),
  last_action_type text NOT NULL, field_name text NOT NULL, previous_value text NOT NULL DEFAULT '',
  replacement_value text NOT NULL DEFAULT '', updated_by text NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX dir_metadata_resource_idx ON dir_metadata (tenant_id, resource_id);

-- "Report wrong information" from the public site: a task for the service's owner.
CREATE TABLE dir_report (
  tenant_id uuid NOT NULL, id uuid NOT NULL DEFAULT gen_random_uuid(), service_id uuid NOT NULL,
  reason text NOT NULL CHECK (reason IN ('closed','wrong_hours','wrong_contact','wrong_address','other')),
  message text CHECK (length(message) <= 2000),
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open','resolved','dismissed')),
  created_at timestamptz NOT NULL DEFAULT now(), resolved_at timestamptz, resolved_by uuid,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, service_id) REFERENCES dir_service(tenant_id, id) ON DELETE CASCADE
);

-- Public searches that found nothing, counted per day and facet; never the query text.
CREATE TABLE dir_search_miss (
  tenant_id uuid NOT NULL, day date NOT NULL, category text NOT NULL DEFAULT '', language text NOT NULL DEFAULT '',
  area text NOT NULL DEFAULT '', misses int NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, day, category, language, area)
);

DO $$ DECLARE t text; BEGIN
  FOREACH t IN ARRAY ARRAY['dir_organization','dir_program','dir_service_at_location','dir_contact','dir_phone',
    'dir_schedule','dir_language','dir_accessibility','dir_cost_option','dir_required_document','dir_service_area','dir_funding',
    'dir_organization_identifier','dir_url','dir_unit','dir_service_capacity','dir_taxonomy','dir_taxonomy_term','dir_attribute',
    'dir_metadata','dir_report','dir_search_miss'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = app_tenant()) WITH CHECK (tenant_id = app_tenant())', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO approdo_app', t);
  END LOOP;
END $$;
-- Confidential services and locations are invisible to the database role unless the transaction
-- was opened for a holder of the protection permission: a forgotten filter cannot publish a shelter.
DO $$ DECLARE t text; BEGIN
  FOREACH t IN ARRAY ARRAY['dir_service','dir_location'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = app_tenant() AND (NOT confidential OR app_protection_access())) WITH CHECK (tenant_id = app_tenant() AND (NOT confidential OR app_protection_access()))', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO approdo_app', t);
  END LOOP;
END $$;
-- A confidential location's address follows its location: the sub-select is itself under RLS.
ALTER TABLE dir_address ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON dir_address
  USING (tenant_id = app_tenant() AND EXISTS (SELECT 1 FROM dir_location l WHERE l.tenant_id = dir_address.tenant_id AND l.id = dir_address.location_id))
  WITH CHECK (tenant_id = app_tenant() AND EXISTS (SELECT 1 FROM dir_location l WHERE l.tenant_id = dir_address.tenant_id AND l.id = dir_address.location_id));
GRANT SELECT, INSERT, UPDATE, DELETE ON dir_address TO approdo_app;
GRANT EXECUTE ON FUNCTION f_unaccent(text), app_protection_access() TO approdo_app;
