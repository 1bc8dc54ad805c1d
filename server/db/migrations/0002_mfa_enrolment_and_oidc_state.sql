-- MFA enrolment and single sign-on state.

-- A TOTP secret shown to the user but not yet confirmed with a code: it becomes mfa_secret only
-- after the user proves their authenticator holds it, so a half-finished enrolment never locks
-- anyone out.
ALTER TABLE app_user ADD COLUMN mfa_pending_secret text;

-- OpenID Connect sign-ins in flight. Not tenant-owned: the tenant is known only once the provider
-- has told us who the user is. The browser holds a random handle in a short-lived HttpOnly cookie;
-- only its SHA-256 is stored, with the PKCE verifier, state and nonce. Rows are one-time (deleted
-- on use) and expire after ten minutes.
CREATE TABLE oidc_login_state (
  handle_hash bytea PRIMARY KEY,
  state text NOT NULL,
  nonce text NOT NULL,
  code_verifier text NOT NULL,
  expires_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX oidc_login_state_expiry_idx ON oidc_login_state (expires_at);
GRANT SELECT, INSERT, DELETE ON oidc_login_state TO approdo_app;
