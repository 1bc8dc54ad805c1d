-- Front doors (issue 4): access points, the person registry (pseudonymous record apart from the
-- identity), contacts and appointments, projects and enrolments, information notices and consents,
-- merges, notifications and stored-file metadata. Every table is tenant-owned (tenant_id first in
-- every key, so that a distributed PostgreSQL can shard on it) and under the tenant_isolation policy.
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;

-- Access points: Porte Sociali, sportelli, outreach teams. Operators work "at" one.
CREATE TABLE access_point (
  tenant_id uuid NOT NULL REFERENCES tenant(id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('porta_sociale','sportello','outreach','other')),
  name text NOT NULL CHECK (length(name) BETWEEN 2 AND 200),
  address text,
  city text,
  latitude numeric(9,6) CHECK (latitude BETWEEN -90 AND 90),
  longitude numeric(9,6) CHECK (longitude BETWEEN -180 AND 180),
  -- [{ "day": "MO", "opens": "09:00", "closes": "12:30" }], Europe/Rome wall-clock times.
  opening_hours jsonb NOT NULL DEFAULT '[]'::jsonb,
  languages text[] NOT NULL DEFAULT '{}',
  phone text,
  email citext,
  slot_minutes int NOT NULL DEFAULT 30 CHECK (slot_minutes BETWEEN 5 AND 240),
  -- Appointments that can run at the same time (operators at their desks).
  desks int NOT NULL DEFAULT 1 CHECK (desks BETWEEN 1 AND 50),
  directory_location_id uuid,
  active boolean NOT NULL DEFAULT true,
  version int NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, name),
  FOREIGN KEY (tenant_id, organisation_id) REFERENCES organisation(tenant_id, id),
  FOREIGN KEY (tenant_id, directory_location_id) REFERENCES dir_location(tenant_id, id) ON DELETE SET NULL (directory_location_id)
);

CREATE TABLE access_point_operator (
  tenant_id uuid NOT NULL,
  access_point_id uuid NOT NULL,
  user_id uuid NOT NULL,
  PRIMARY KEY (tenant_id, access_point_id, user_id),
  FOREIGN KEY (tenant_id, access_point_id) REFERENCES access_point(tenant_id, id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, user_id) REFERENCES app_user(tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX access_point_operator_user ON access_point_operator (tenant_id, user_id);

-- Projects and funding streams a person can be enrolled in (one person, several funders).
CREATE TABLE project (
  tenant_id uuid NOT NULL REFERENCES tenant(id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  code text NOT NULL CHECK (code ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$'),
  name text NOT NULL CHECK (length(name) BETWEEN 2 AND 200),
  funder text NOT NULL DEFAULT '',
  funding_stream text NOT NULL DEFAULT '',
  description text NOT NULL DEFAULT '',
  starts_on date,
  ends_on date,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, code),
  CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on)
);

-- The pseudonymous person record: what every other domain refers to. Names, exact birth date,
-- contact details and document numbers live in person_identity, read only where needed.
CREATE TABLE person (
  tenant_id uuid NOT NULL REFERENCES tenant(id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  -- Short pseudonymous code shown on screens and printouts instead of the name.
  code text NOT NULL CHECK (code ~ '^[A-Z0-9-]{4,20}$'),
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active','merged')),
  merged_into_id uuid,
  -- Protected records (issue 7) are hidden from everyone outside their protection team.
  protected boolean NOT NULL DEFAULT false,
  organisation_id uuid NOT NULL,
  access_point_id uuid,
  created_by uuid,
  sex text NOT NULL DEFAULT 'not_declared' CHECK (sex IN ('female','male','intersex','not_declared')),
  gender text NOT NULL DEFAULT 'not_declared' CHECK (gender IN ('woman','man','non_binary','not_declared')),
  age_band text NOT NULL CHECK (age_band IN ('under_15','15_17','18_24','25_29','30_54','55_64','65_plus')),
  birth_year int CHECK (birth_year BETWEEN 1900 AND 2100),
  birth_year_estimated boolean NOT NULL DEFAULT false,
  citizenship text CHECK (citizenship ~ '^[A-Z]{2}$'),
  citizenship_istat text CHECK (citizenship_istat ~ '^[0-9]{3}$'),
  languages text[] NOT NULL DEFAULT '{}',
  preferred_language text,
  interpreter_needed boolean NOT NULL DEFAULT false,
  interpreter_language text,
  interpreter_gender text CHECK (interpreter_gender IN ('any','woman','man')),
  -- { "size": 3, "members": [{ "relation": "child", "birthYear": 2019, "dependent": true }] }
  household jsonb NOT NULL DEFAULT '{}'::jsonb,
  permit_type text,
  permit_expires_on date,
  residence_istat text CHECK (residence_istat ~ '^[0-9]{6}$'),
  education_isced int CHECK (education_isced BETWEEN 0 AND 8),
  -- Qualifications obtained abroad, kept apart from the ISCED level recognised in Italy.
  foreign_qualifications jsonb NOT NULL DEFAULT '[]'::jsonb,
  labour_status text CHECK (labour_status IN ('employed','self_employed','unemployed','inactive','in_education')),
  unemployed_since date,
  housing_ethos text,
  -- Special categories (GDPR Art. 9): shown only to roles holding person.special.
  disability text CHECK (disability IN ('yes','no','not_declared')),
  disadvantages text[] NOT NULL DEFAULT '{}',
  needs text[] NOT NULL DEFAULT '{}',
  version int NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, code),
  FOREIGN KEY (tenant_id, organisation_id) REFERENCES organisation(tenant_id, id),
  FOREIGN KEY (tenant_id, access_point_id) REFERENCES access_point(tenant_id, id) ON DELETE SET NULL (access_point_id),
  FOREIGN KEY (tenant_id, created_by) REFERENCES app_user(tenant_id, id) ON DELETE SET NULL (created_by),
  FOREIGN KEY (tenant_id, merged_into_id) REFERENCES person(tenant_id, id)
);
CREATE INDEX person_birth_year ON person (tenant_id, birth_year);
CREATE INDEX person_permit_expiry ON person (tenant_id, permit_expires_on) WHERE permit_expires_on IS NOT NULL AND status = 'active';

-- Phonetic codes of a normalised (ASCII, lower-case) name: Double Metaphone, plus a consonant
-- skeleton ('~' + the code without H and without the leading vowel, at most three letters, at
-- least two). Transliterations of abjads drop short vowels ("محمد" -> "mhmd": MMT) while Latin
-- spellings keep them ("mohammed": MHMT); the skeletons meet (~MMT). The skeleton is also taken of
-- the word with non-digraph h removed, as Double Metaphone keeps only four letters ("ibrahim":
-- APRH; "brhym": PRM). One-letter skeletons are left out: the word's own code says the same
-- ("mia": M). PL/pgSQL rather than SQL, a third of the cost: under a minute for a million names.
-- Names are schema-qualified: index builds run with a search_path of pg_catalog only.
CREATE OR REPLACE FUNCTION person_word_codes(w text) RETURNS text[] LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE STRICT AS $$
DECLARE
  c text;
  codes text[] := '{}';
BEGIN
  IF length(w) < 2 THEN
    RETURN codes;
  END IF;
  FOREACH c IN ARRAY ARRAY[public.dmetaphone(w), public.dmetaphone_alt(w),
    '~' || left(regexp_replace(regexp_replace(public.dmetaphone(w), 'H', '', 'g'), '^A', ''), 3),
    '~' || left(regexp_replace(regexp_replace(public.dmetaphone(regexp_replace(w, '([^sckgtpz])h', '\1', 'g')), 'H', '', 'g'), '^A', ''), 3)] LOOP
    IF length(c) >= (CASE WHEN c LIKE '~%' THEN 3 ELSE 1 END) AND NOT c = ANY (codes) THEN
      codes := codes || c;
    END IF;
  END LOOP;
  RETURN codes;
END $$;

-- The codes of every word of a name list, sorted (person_identity.phonetic, the signals' words).
CREATE OR REPLACE FUNCTION person_phonetic(names text) RETURNS text[] LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE STRICT AS $$
DECLARE
  w text;
  c text;
  codes text[] := '{}';
BEGIN
  FOREACH w IN ARRAY regexp_split_to_array(names, '[^a-z]+') LOOP
    FOREACH c IN ARRAY public.person_word_codes(w) LOOP
      IF NOT c = ANY (codes) THEN
        codes := codes || c;
      END IF;
    END LOOP;
  END LOOP;
  RETURN ARRAY(SELECT x FROM unnest(codes) AS x ORDER BY x);
END $$;

CREATE TABLE person_identity (
  tenant_id uuid NOT NULL,
  person_id uuid NOT NULL,
  given_name text,
  family_name text,
  -- The same names in their original script (Arabic, Cyrillic, Ge'ez...).
  given_name_original text,
  family_name_original text,
  aliases text[] NOT NULL DEFAULT '{}',
  birth_date date,
  birth_date_estimated boolean NOT NULL DEFAULT false,
  birth_place text,
  birth_country text CHECK (birth_country ~ '^[A-Z]{2}$'),
  phone text,
  email citext,
  address text,
  permit_number text,
  -- Written by the app: every name and alias transliterated to ASCII, lower-case (any-ascii).
  search_names text NOT NULL DEFAULT '',
  phonetic text[] GENERATED ALWAYS AS (person_phonetic(search_names)) STORED,
  -- The phone's last nine digits, to match numbers written with or without prefixes.
  phone_key text GENERATED ALWAYS AS (nullif(right(regexp_replace(coalesce(phone, ''), '[^0-9]', '', 'g'), 9), '')) STORED,
  -- person.birth_year, copied by the triggers below: the match index narrows a search by it.
  birth_year int,
  PRIMARY KEY (tenant_id, person_id),
  FOREIGN KEY (tenant_id, person_id) REFERENCES person(tenant_id, id) ON DELETE CASCADE,
  -- A name in any script, or an alias: a record nobody can find again is no record.
  CHECK (coalesce(given_name, family_name, given_name_original, family_name_original) IS NOT NULL OR cardinality(aliases) > 0)
);

-- The keys search before create looks a record up by (GIN index below): the phonetic codes of its
-- words and of each short word (four letters at most: "el", "ben", "li") joined to the next one,
-- so that "el amrani" meets "elamrani" and "li hua" meets "lihua"; each code again with the birth
-- year ("MHMT:1990", "MHMT:?" without one), so that a search with a birth year reads only the
-- people born within a year of it; and, for people known by one name only (or by names that all
-- sound alike: "mohamed", "mhmd"), each key again marked '=' (person_match_query: lone_keys).
CREATE OR REPLACE FUNCTION person_match_keys(names text, birth_year int) RETURNS text[] LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
  w text;
  c text;
  prev text;
  words text[] := '{}';
  wc text[];
  codes text[] := '{}';
  common text[];
  kept text[];
  y text := ':' || coalesce(birth_year::text, '?');
  keys text[] := '{}';
BEGIN
  FOREACH w IN ARRAY regexp_split_to_array(coalesce(names, ''), '[^a-z]+') LOOP
    CONTINUE WHEN length(w) < 2;
    wc := public.person_word_codes(w);
    IF NOT w = ANY (words) THEN
      words := words || w;
      IF common IS NULL THEN
        common := wc;
      ELSE
        kept := '{}';
        FOREACH c IN ARRAY common LOOP
          IF c = ANY (wc) THEN
            kept := kept || c;
          END IF;
        END LOOP;
        common := kept;
      END IF;
    END IF;
    IF length(prev) <= 4 THEN
      wc := wc || public.person_word_codes(prev || w);
    END IF;
    prev := w;
    FOREACH c IN ARRAY wc LOOP
      IF NOT c = ANY (codes) THEN
        codes := codes || c;
      END IF;
    END LOOP;
  END LOOP;
  FOREACH c IN ARRAY codes LOOP
    keys := keys || c || (c || y);
    IF cardinality(common) > 0 THEN
      keys := keys || ('=' || c) || ('=' || c || y);
    END IF;
  END LOOP;
  RETURN keys;
END $$;
CREATE INDEX person_identity_match ON person_identity USING gin (person_match_keys(search_names, birth_year));
CREATE INDEX person_identity_phone ON person_identity (tenant_id, phone_key) WHERE phone_key IS NOT NULL;

-- person_identity.birth_year follows person.birth_year, whoever writes either (the app, imports).
-- Both run as the caller, under its row-level security.
CREATE OR REPLACE FUNCTION person_identity_birth_year() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.birth_year := (SELECT p.birth_year FROM person p WHERE p.tenant_id = NEW.tenant_id AND p.id = NEW.person_id);
  RETURN NEW;
END $$;
CREATE TRIGGER person_identity_birth_year BEFORE INSERT OR UPDATE OF birth_year ON person_identity
  FOR EACH ROW EXECUTE FUNCTION person_identity_birth_year();
CREATE OR REPLACE FUNCTION person_birth_year_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE person_identity SET birth_year = NEW.birth_year WHERE tenant_id = NEW.tenant_id AND person_id = NEW.id;
  RETURN NULL;
END $$;
CREATE TRIGGER person_birth_year_follow AFTER UPDATE OF birth_year ON person
  FOR EACH ROW WHEN (OLD.birth_year IS DISTINCT FROM NEW.birth_year) EXECUTE FUNCTION person_birth_year_follow();

-- Who may reach a person: the organisations that registered or served them, and the workers
-- assigned (scope ladder in common/permissions.ts: own < team < organisation < tenant).
CREATE TABLE person_organisation (
  tenant_id uuid NOT NULL,
  person_id uuid NOT NULL,
  organisation_id uuid NOT NULL,
  since timestamptz NOT NULL DEFAULT now(),
  reason text NOT NULL CHECK (reason IN ('registered','contact','enrolment','referral','case','merge')),
  PRIMARY KEY (tenant_id, person_id, organisation_id),
  FOREIGN KEY (tenant_id, person_id) REFERENCES person(tenant_id, id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, organisation_id) REFERENCES organisation(tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX person_organisation_org ON person_organisation (tenant_id, organisation_id);

CREATE TABLE person_worker (
  tenant_id uuid NOT NULL,
  person_id uuid NOT NULL,
  user_id uuid NOT NULL,
  role text NOT NULL CHECK (role IN ('intake','case_worker','protection','mentor','other')),
  since timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, person_id, user_id),
  FOREIGN KEY (tenant_id, person_id) REFERENCES person(tenant_id, id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, user_id) REFERENCES app_user(tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX person_worker_user ON person_worker (tenant_id, user_id);

-- Contacts at a front door; person_id is null for anonymous contacts (counted, not identified).
CREATE TABLE contact (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  person_id uuid,
  access_point_id uuid,
  organisation_id uuid NOT NULL,
  operator_id uuid,
  occurred_at timestamptz NOT NULL DEFAULT now(),
  channel text NOT NULL CHECK (channel IN ('in_person','phone','outreach','online')),
  needs text[] NOT NULL DEFAULT '{}',
  information_given text NOT NULL DEFAULT '',
  suggested_service_ids uuid[] NOT NULL DEFAULT '{}',
  outcome text NOT NULL CHECK (outcome IN ('informed','oriented','referred','registered','appointment','no_action')),
  next_step text NOT NULL DEFAULT '',
  next_step_due date,
  next_step_done_at timestamptz,
  language text,
  -- Anonymous contacts: { "gender": "woman", "ageBand": "25_29", "citizenship": "MA" } for the counts.
  anonymous_profile jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, person_id) REFERENCES person(tenant_id, id),
  FOREIGN KEY (tenant_id, access_point_id) REFERENCES access_point(tenant_id, id),
  FOREIGN KEY (tenant_id, organisation_id) REFERENCES organisation(tenant_id, id),
  FOREIGN KEY (tenant_id, operator_id) REFERENCES app_user(tenant_id, id) ON DELETE SET NULL (operator_id),
  CHECK (person_id IS NOT NULL OR anonymous_profile IS NOT NULL)
);
CREATE INDEX contact_person ON contact (tenant_id, person_id, occurred_at DESC);
CREATE INDEX contact_access_point_day ON contact (tenant_id, access_point_id, occurred_at);
CREATE INDEX contact_follow_up ON contact (tenant_id, next_step_due) WHERE next_step_due IS NOT NULL AND next_step_done_at IS NULL;

CREATE TABLE appointment (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  access_point_id uuid NOT NULL,
  person_id uuid,
  -- For someone not (yet) registered: a name or alias to call them by.
  visitor_name text,
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  operator_id uuid,
  purpose text NOT NULL DEFAULT '',
  status text NOT NULL DEFAULT 'booked' CHECK (status IN ('booked','cancelled','attended','missed')),
  reminder_channel text NOT NULL DEFAULT 'none' CHECK (reminder_channel IN ('none','email','sms')),
  reminder_to text,
  reminder_language text,
  reminder_sent_at timestamptz,
  created_by uuid,
  version int NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, access_point_id) REFERENCES access_point(tenant_id, id),
  FOREIGN KEY (tenant_id, person_id) REFERENCES person(tenant_id, id),
  FOREIGN KEY (tenant_id, operator_id) REFERENCES app_user(tenant_id, id) ON DELETE SET NULL (operator_id),
  CHECK (ends_at > starts_at),
  CHECK (person_id IS NOT NULL OR visitor_name IS NOT NULL)
);
CREATE INDEX appointment_day ON appointment (tenant_id, access_point_id, starts_at);
CREATE INDEX appointment_reminder ON appointment (starts_at) WHERE status = 'booked' AND reminder_channel <> 'none' AND reminder_sent_at IS NULL;

CREATE TABLE enrolment (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL,
  project_id uuid NOT NULL,
  organisation_id uuid NOT NULL,
  entry_date date NOT NULL,
  -- Snapshots at entry and exit: labour status, education, housing, CEFR levels (for the funders).
  entry_status jsonb NOT NULL DEFAULT '{}'::jsonb,
  exit_date date,
  exit_status jsonb,
  exit_reason text,
  created_by uuid,
  version int NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, person_id) REFERENCES person(tenant_id, id),
  FOREIGN KEY (tenant_id, project_id) REFERENCES project(tenant_id, id),
  FOREIGN KEY (tenant_id, organisation_id) REFERENCES organisation(tenant_id, id),
  CHECK (exit_date IS NULL OR exit_date >= entry_date)
);
-- One open enrolment per person and project: counted once per funder.
CREATE UNIQUE INDEX enrolment_open_key ON enrolment (tenant_id, person_id, project_id) WHERE exit_date IS NULL;
CREATE INDEX enrolment_project ON enrolment (tenant_id, project_id);

-- Legal basis of each processing purpose, per tenant (public task or consent...).
CREATE TABLE processing_purpose (
  tenant_id uuid NOT NULL REFERENCES tenant(id) ON DELETE CASCADE,
  purpose text NOT NULL CHECK (purpose IN ('service_delivery','sharing','contact','photos','research')),
  legal_basis text NOT NULL CHECK (legal_basis IN ('consent','public_task','legal_obligation','vital_interests','contract')),
  PRIMARY KEY (tenant_id, purpose)
);

-- Versioned information notices; texts per language: { "it": { "title": "...", "body": "..." } }.
CREATE TABLE notice (
  tenant_id uuid NOT NULL REFERENCES tenant(id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  purpose text NOT NULL CHECK (purpose IN ('service_delivery','sharing','contact','photos','research')),
  -- For sharing: the partner organisation the notice names.
  partner_organisation_id uuid,
  version int NOT NULL CHECK (version >= 1),
  texts jsonb NOT NULL,
  published_at timestamptz NOT NULL DEFAULT now(),
  retired_at timestamptz,
  created_by uuid,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, partner_organisation_id) REFERENCES organisation(tenant_id, id),
  CHECK ((purpose = 'sharing') = (partner_organisation_id IS NOT NULL))
);
CREATE UNIQUE INDEX notice_version_key ON notice (tenant_id, purpose, coalesce(partner_organisation_id, '00000000-0000-0000-0000-000000000000'::uuid), version);

-- Metadata of uploaded files (scanned signatures...); the bytes live in the file store.
CREATE TABLE stored_file (
  tenant_id uuid NOT NULL REFERENCES tenant(id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  purpose text NOT NULL,
  file_name text NOT NULL,
  content_type text NOT NULL,
  size_bytes bigint NOT NULL CHECK (size_bytes >= 0),
  -- sha_256 (not sha256): the app's camelCase mapping puts an underscore before digits.
  sha_256 text NOT NULL CHECK (sha_256 ~ '^[0-9a-f]{64}$'),
  storage_key text NOT NULL,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  -- The orphan sweep looks files up by key.
  UNIQUE (tenant_id, storage_key)
);

CREATE TABLE consent (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL,
  notice_id uuid NOT NULL,
  purpose text NOT NULL,
  partner_organisation_id uuid,
  decision text NOT NULL CHECK (decision IN ('given','refused')),
  language text NOT NULL,
  explained_how text NOT NULL CHECK (explained_how IN ('read_by_person','read_aloud','interpreter','cultural_mediator')),
  -- The interpreter or mediator who explained the notice, by name.
  explained_by text,
  decided_on date NOT NULL,
  withdrawn_at timestamptz,
  withdrawn_by uuid,
  signature_file_id uuid,
  -- Minors 15-17: { "name": "...", "relation": "mother", "document": "..." }.
  guardian jsonb,
  recorded_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, person_id) REFERENCES person(tenant_id, id),
  FOREIGN KEY (tenant_id, notice_id) REFERENCES notice(tenant_id, id),
  FOREIGN KEY (tenant_id, partner_organisation_id) REFERENCES organisation(tenant_id, id),
  FOREIGN KEY (tenant_id, signature_file_id) REFERENCES stored_file(tenant_id, id)
);
CREATE INDEX consent_person ON consent (tenant_id, person_id, purpose, created_at DESC);
-- A scanned signature belongs to one decision.
CREATE UNIQUE INDEX consent_signature_once ON consent (tenant_id, signature_file_id) WHERE signature_file_id IS NOT NULL;

-- Merges: what moved from the merged record to the survivor, so that a merge can be undone.
CREATE TABLE person_merge (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  survivor_id uuid NOT NULL,
  merged_id uuid NOT NULL,
  moved jsonb NOT NULL,
  merged_by uuid,
  merged_at timestamptz NOT NULL DEFAULT now(),
  undone_at timestamptz,
  undone_by uuid,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, survivor_id) REFERENCES person(tenant_id, id),
  FOREIGN KEY (tenant_id, merged_id) REFERENCES person(tenant_id, id)
);

-- In-app notifications (reminders: permit expiry, follow-ups due). dedupe_key makes a reminder job
-- safe to run twice or on several instances at once.
CREATE TABLE notification (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL,
  kind text NOT NULL,
  person_id uuid,
  payload jsonb NOT NULL DEFAULT '{}'::jsonb,
  dedupe_key text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  read_at timestamptz,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, dedupe_key),
  FOREIGN KEY (tenant_id, user_id) REFERENCES app_user(tenant_id, id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, person_id) REFERENCES person(tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX notification_inbox ON notification (tenant_id, user_id, created_at DESC);

DO $$ DECLARE t text; BEGIN
  FOREACH t IN ARRAY ARRAY['access_point','access_point_operator','project','person','person_identity',
      'person_organisation','person_worker','contact','appointment','enrolment','processing_purpose','notice',
      'stored_file','consent','person_merge','notification'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = app_tenant()) WITH CHECK (tenant_id = app_tenant())', t);
  END LOOP;
END $$;

GRANT SELECT, INSERT, UPDATE, DELETE ON access_point, access_point_operator, project, person_organisation,
  person_worker, appointment, processing_purpose, notification TO approdo_app;
-- Person records, contacts, enrolments, notices, consents and merges are never deleted by the app:
-- corrections are updates (audited); merges are undone, not erased.
GRANT SELECT, INSERT, UPDATE ON person, person_identity, contact, enrolment, notice, consent, person_merge, stored_file TO approdo_app;
GRANT EXECUTE ON FUNCTION person_phonetic(text) TO approdo_app;

-- What a search looks for, built as person_match_keys() builds a record's keys. The two longest
-- words of the query (one word: that word) are each looked for by their codes and those of their
-- joins with a short neighbour other than the other word; a code both words make is left out of
-- both conditions, or either word alone would satisfy them ("patience" and "boateng" share ~PTN;
-- words that sound wholly alike keep all their codes). With a birth year, every key is asked with
-- the years y-1, y, y+1 and '?' (no year recorded). lone_keys: people known by one name only,
-- that name sounding like one of the two words.
CREATE OR REPLACE FUNCTION person_match_query(p_names text, p_birth_year int,
  OUT first_keys text[], OUT second_keys text[], OUT lone_keys text[])
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
  seq text[] := ARRAY(SELECT x FROM unnest(regexp_split_to_array(coalesce(p_names, ''), '[^a-z]+')) AS x WHERE length(x) >= 2);
  ranked text[] := ARRAY(SELECT x FROM (SELECT DISTINCT x FROM unnest(seq) AS x) d
    WHERE cardinality(public.person_word_codes(x)) > 0 ORDER BY length(x) DESC, x);
  n int := cardinality(seq);
  k int;
  wc text[];
  c1 text[] := '{}';
  c2 text[] := '{}';
  e1 text[];
  e2 text[];
  years text[] := CASE WHEN p_birth_year IS NULL THEN ARRAY['']
    ELSE ARRAY[':' || (p_birth_year - 1), ':' || p_birth_year, ':' || (p_birth_year + 1), ':?'] END;
BEGIN
  IF cardinality(ranked) = 0 THEN
    RETURN;
  END IF;
  FOR k IN 1..n LOOP
    CONTINUE WHEN seq[k] <> ALL (ranked[1:2]);
    wc := public.person_word_codes(seq[k]);
    IF k > 1 AND length(seq[k - 1]) <= 4 AND seq[k - 1] <> ALL (ranked[1:2]) THEN
      wc := wc || public.person_word_codes(seq[k - 1] || seq[k]);
    END IF;
    IF k < n AND length(seq[k]) <= 4 AND seq[k + 1] <> ALL (ranked[1:2]) THEN
      wc := wc || public.person_word_codes(seq[k] || seq[k + 1]);
    END IF;
    IF seq[k] = ranked[1] THEN c1 := c1 || wc; ELSE c2 := c2 || wc; END IF;
  END LOOP;
  IF cardinality(ranked) = 1 THEN
    first_keys := ARRAY(SELECT DISTINCT c || y FROM unnest(c1) AS c, unnest(years) AS y);
    RETURN;
  END IF;
  e1 := ARRAY(SELECT unnest(c1) EXCEPT SELECT unnest(c2));
  e2 := ARRAY(SELECT unnest(c2) EXCEPT SELECT unnest(c1));
  IF cardinality(e1) = 0 OR cardinality(e2) = 0 THEN
    e1 := c1;
    e2 := c2;
  END IF;
  first_keys := ARRAY(SELECT DISTINCT c || y FROM unnest(e1) AS c, unnest(years) AS y);
  second_keys := ARRAY(SELECT DISTINCT c || y FROM unnest(e2) AS c, unnest(years) AS y);
  lone_keys := ARRAY(SELECT DISTINCT '=' || c || y
    FROM unnest(public.person_word_codes(ranked[1]) || public.person_word_codes(ranked[2])) AS c, unnest(years) AS y);
END $$;

-- Search before create. Row-level security keeps non-leakproof operators (&&) out of index
-- conditions, so under RLS a name search would read every identity of the tenant. This look-up
-- uses the match index as the owner, for the transaction's own tenant only, skips protected and
-- merged records, and returns ids with raw similarity signals; the caller reads the records under
-- RLS and its policy (server/domains/people/person-matching.ts turns the signals into a score).
-- name_similarity: pg_trgm word similarity of the query within the record's names (0-1);
-- phonetic_share: the share of query words with a phonetic code in common with the record (0-1).
-- Candidates (keys from person_match_query): records that sound like both words, born within a
-- year of p_birth_year or with no year recorded (a name alone with a contradicting year scores 35
-- at most, and is not looked for); people known by one name only (at most 20); the same phone
-- (last nine digits), whatever the name and year. Written likeness (trigrams) scores candidates
-- but does not find them: a trigram index search reads tens of thousands of postings per name,
-- the codes with the year a few hundred. Each branch stops at p_limit + 1 rows, in index order,
-- and so does the answer: one row more than p_limit tells the caller that the search matched more
-- people than were compared ("Mohamed" without a birth year matches thousands).
CREATE OR REPLACE FUNCTION person_match_candidates(p_tenant uuid, p_names text, p_phone_key text, p_birth_year int, p_limit int)
RETURNS TABLE (person_id uuid, name_similarity real, phonetic_share real, phone_match boolean)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  WITH q AS MATERIALIZED (
    SELECT n.names, k.first_keys, k.second_keys, k.lone_keys
    FROM (SELECT coalesce(p_names, '') AS names) n, person_match_query(n.names, p_birth_year) k
    WHERE p_tenant = app_tenant()
  ),
  words AS MATERIALIZED (
    SELECT person_word_codes(x.w) AS codes FROM (SELECT DISTINCT w FROM q, unnest(regexp_split_to_array(q.names, '[^a-z]+')) AS w) x
    WHERE length(x.w) >= 2 AND cardinality(person_word_codes(x.w)) > 0
  ),
  found AS (
    (SELECT i.person_id, i.search_names, i.phonetic, i.phone_key FROM q, person_identity i
      WHERE i.tenant_id = p_tenant AND q.second_keys IS NULL AND person_match_keys(i.search_names, i.birth_year) && q.first_keys
      LIMIT least(greatest(p_limit, 1), 200) + 1)
    UNION
    (SELECT i.person_id, i.search_names, i.phonetic, i.phone_key FROM q, person_identity i
      WHERE i.tenant_id = p_tenant AND person_match_keys(i.search_names, i.birth_year) && q.first_keys
        AND person_match_keys(i.search_names, i.birth_year) && q.second_keys
      LIMIT least(greatest(p_limit, 1), 200) + 1)
    UNION
    (SELECT i.person_id, i.search_names, i.phonetic, i.phone_key FROM q, person_identity i
      WHERE i.tenant_id = p_tenant AND person_match_keys(i.search_names, i.birth_year) && q.lone_keys
      LIMIT 20)
    UNION
    (SELECT i.person_id, i.search_names, i.phonetic, i.phone_key FROM q, person_identity i
      WHERE i.tenant_id = p_tenant AND p_phone_key IS NOT NULL AND i.phone_key = p_phone_key
      LIMIT least(greatest(p_limit, 1), 200) + 1)
  ),
  signals AS (
    SELECT f.person_id,
      CASE WHEN q.names = '' THEN 0 ELSE word_similarity(q.names, f.search_names) END::real AS name_similarity,
      coalesce((SELECT (count(*) FILTER (WHERE w.codes && f.phonetic))::real / nullif(count(*), 0) FROM words w), 0)::real AS phonetic_share,
      (p_phone_key IS NOT NULL AND f.phone_key IS NOT DISTINCT FROM p_phone_key) AS phone_match
    -- LATERAL with LIMIT: one primary-key probe per candidate. A plain join is planned from the
    -- GIN estimates, which are far too high, as a hash join over every person of the tenant.
    FROM found f CROSS JOIN LATERAL (
      SELECT 1 FROM person p WHERE p.tenant_id = p_tenant AND p.id = f.person_id AND p.status = 'active' AND NOT p.protected LIMIT 1
    ) live, q
  )
  SELECT s.person_id, s.name_similarity, s.phonetic_share, s.phone_match FROM signals s
  ORDER BY greatest(s.name_similarity, s.phonetic_share) + (CASE WHEN s.phone_match THEN 1 ELSE 0 END) DESC, s.person_id
  LIMIT least(greatest(p_limit, 1), 200) + 1
$$;
REVOKE ALL ON FUNCTION person_match_candidates(uuid, text, text, int, int) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION person_match_candidates(uuid, text, text, int, int) TO approdo_app;

-- Likely duplicates across the tenant, for the coordinators' review: the same phone, or similar
-- names with a birth year within one year and the same citizenship. Same rules as the look-up
-- above (own tenant, no protected or merged records), raw signals only; pairs are (a < b).
-- Blocking on citizenship and birth year keeps the comparison to small groups; at the scale of a
-- million people this belongs in a nightly job (see docs/people.md).
CREATE OR REPLACE FUNCTION person_duplicate_pairs(p_tenant uuid, p_limit int)
RETURNS TABLE (a_id uuid, b_id uuid, name_similarity real, phonetic_share real, phone_match boolean)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  WITH live AS MATERIALIZED (
    SELECT i.person_id, i.search_names, i.phonetic, i.phone_key, p.birth_year, p.citizenship
    FROM person_identity i JOIN person p ON p.tenant_id = i.tenant_id AND p.id = i.person_id
    WHERE i.tenant_id = p_tenant AND p_tenant = app_tenant() AND p.status = 'active' AND NOT p.protected
  ),
  pairs AS (
    SELECT a.person_id AS a_id, b.person_id AS b_id FROM live a JOIN live b ON b.phone_key = a.phone_key AND a.person_id < b.person_id
    UNION
    SELECT a.person_id, b.person_id FROM live a JOIN live b ON b.citizenship = a.citizenship AND a.person_id < b.person_id
    WHERE b.birth_year BETWEEN a.birth_year - 1 AND a.birth_year + 1
  ),
  compared AS (
    SELECT x.a_id, x.b_id,
      greatest(word_similarity(a.search_names, b.search_names), word_similarity(b.search_names, a.search_names))::real AS name_similarity,
      (cardinality(ARRAY(SELECT unnest(a.phonetic) INTERSECT SELECT unnest(b.phonetic)))::real
        / greatest(least(cardinality(a.phonetic), cardinality(b.phonetic)), 1))::real AS phonetic_share,
      (a.phone_key IS NOT NULL AND a.phone_key = b.phone_key) AS phone_match
    FROM pairs x JOIN live a ON a.person_id = x.a_id JOIN live b ON b.person_id = x.b_id
  )
  SELECT c.a_id, c.b_id, c.name_similarity, c.phonetic_share, c.phone_match FROM compared c
  WHERE c.phone_match OR c.name_similarity >= 0.6 OR c.phonetic_share >= 0.6
  ORDER BY c.phone_match DESC, greatest(c.name_similarity, c.phonetic_share) DESC, c.a_id, c.b_id
  LIMIT least(greatest(p_limit, 1), 5000)
$$;
REVOKE ALL ON FUNCTION person_duplicate_pairs(uuid, int) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION person_duplicate_pairs(uuid, int) TO approdo_app;
