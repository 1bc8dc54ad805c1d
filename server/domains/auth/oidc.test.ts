import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { signInAtProvider, startOidcProvider, type OidcTestProvider } from '../../../test/oidc-provider.js';
import { ownerQuery } from '../../../test/owner-sql.js';
import { loginDemo } from '../../../test/sessions.js';
import { demoEmail } from '../../demo/demo-data.js';
import { seedDemo } from '../../demo/seed-demo.js';

// End to end against a real OpenID Connect provider: real discovery, real authorization-code flow
// with PKCE, real ID token signatures. The provider's development pages stand in for SPID/CIE.
const PUBLIC_URL = 'https://approdo.example.org';
const CALLBACK = `${PUBLIC_URL}/api/auth/oidc/callback`;
let env: TestEnv;
let idp: OidcTestProvider;

beforeAll(async () => {
  idp = await startOidcProvider(CALLBACK);
  env = await createTestEnv({
    PUBLIC_URL,
    OIDC_ISSUER: idp.issuer,
    OIDC_CLIENT_ID: idp.clientId,
    OIDC_CLIENT_SECRET: idp.clientSecret,
    OIDC_LABEL: 'Entra con SPID o CIE',
  });
  await seedDemo(env.platform.ctx);
  idp.accounts.set('spid-analyst', { email: demoEmail('analyst', 'aosta'), email_verified: true });
  idp.accounts.set('spid-coordinator', { email: demoEmail('coordinator', 'potenza'), email_verified: true });
  idp.accounts.set('spid-unverified', { email: demoEmail('front_desk', 'aosta'), email_verified: false });
  idp.accounts.set('spid-stranger', { email: 'sconosciuta@example.org', email_verified: true });
  idp.accounts.set('spid-partner', { email: demoEmail('partner_operator', 'aosta'), email_verified: true });
});
afterAll(async () => {
  await env?.close();
  await idp?.close();
});

interface Outcome {
  location: string;
  sessionCookie: string | null;
}

/** A whole sign-in as a browser does it: our start, the provider's pages, our callback. */
async function ssoAs(subject: string, opts: { abort?: boolean; dropStateCookie?: boolean; tamper?: (url: URL) => void } = {}): Promise<Outcome & { callbackUrl: string; stateCookie: string }> {
  const start = await env.app.inject({ method: 'GET', url: '/api/auth/oidc/start' });
  expect(start.statusCode).toBe(302);
  const stateCookie = String(start.headers['set-cookie']).split(';')[0]!;
  const callbackUrl = await signInAtProvider(String(start.headers.location), subject, CALLBACK, opts);
  const cb = new URL(callbackUrl);
  opts.tamper?.(cb);
  return { ...(await callback(cb, opts.dropStateCookie ? '' : stateCookie)), callbackUrl, stateCookie };
}

async function callback(cb: URL, cookie: string): Promise<Outcome> {
  const res = await env.app.inject({ method: 'GET', url: cb.pathname + cb.search, headers: cookie ? { cookie } : {} });
  expect(res.statusCode).toBe(302);
  const session = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith('__Host-approdo_session=') && !c.startsWith('__Host-approdo_session=;'));
  return { location: String(res.headers.location), sessionCookie: session ? session.split(';')[0]! : null };
}

const me = (cookie: string) => env.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });

describe('single sign-on with OpenID Connect', () => {
  it('announces the provider to the sign-in page', async () => {
    const res = await env.app.inject({ method: 'GET', url: '/api/auth/providers' });
    expect(res.json()).toEqual({ oidc: { enabled: true, label: 'Entra con SPID o CIE' } });
  });

  it('starts with PKCE, state and nonce, and a short-lived HttpOnly cookie', async () => {
    const start = await env.app.inject({ method: 'GET', url: '/api/auth/oidc/start' });
    expect(start.statusCode).toBe(302);
    const to = new URL(String(start.headers.location));
    expect(to.origin).toBe(idp.issuer);
    expect(to.searchParams.get('redirect_uri')).toBe(CALLBACK);
    expect(to.searchParams.get('code_challenge_method')).toBe('S256');
    expect(to.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(to.searchParams.get('state')).toBeTruthy();
    expect(to.searchParams.get('nonce')).toBeTruthy();
    const cookie = String(start.headers['set-cookie']);
    expect(cookie).toMatch(/^__Host-approdo_oidc=[A-Za-z0-9_-]{43};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).toContain('Max-Age=600');
  });

  it('links the identity by verified e-mail on first use, then recognises it by subject', async () => {
    const first = await ssoAs('spid-analyst');
    expect(first.location).toBe('/app/');
    expect(first.sessionCookie).not.toBeNull();
    const profile = await me(first.sessionCookie!);
    expect(profile.statusCode).toBe(200);
    expect(profile.json()).toMatchObject({ email: demoEmail('analyst', 'aosta'), sessionStage: 'full' });
    const [user] = await ownerQuery<{ oidc_subject: string; id: string }>(env, 'SELECT id, oidc_subject FROM app_user WHERE email = $1', [demoEmail('analyst', 'aosta')]);
    expect(user!.oidc_subject).toBe('spid-analyst');
    const sessions = await ownerQuery(env, 'SELECT auth_method, stage FROM user_session WHERE user_id = $1', [user!.id]);
    expect(sessions).toEqual([{ auth_method: 'oidc', stage: 'full' }]);

    // The provider now reports another address: the link by subject still holds.
    idp.accounts.set('spid-analyst', { email: 'indirizzo-cambiato@example.org', email_verified: true });
    const second = await ssoAs('spid-analyst');
    expect(second.location).toBe('/app/');
    expect((await me(second.sessionCookie!)).json().email).toBe(demoEmail('analyst', 'aosta'));
    const audit = await ownerQuery<{ action: string; diff: unknown }>(env, "SELECT action, diff FROM audit_event WHERE entity_id = $1 AND action LIKE 'auth.%' ORDER BY seq", [user!.id]);
    expect(audit).toEqual([
      { action: 'auth.oidc_linked', diff: null },
      { action: 'auth.login', diff: { stage: 'full', method: 'oidc' } },
      { action: 'auth.login', diff: { stage: 'full', method: 'oidc' } },
    ]);
  });

  it('gives a full session to a role that requires MFA: the external provider is the strong factor', async () => {
    const out = await ssoAs('spid-coordinator');
    const profile = (await me(out.sessionCookie!)).json();
    expect(profile).toMatchObject({ roles: ['coordinator'], mfaRequired: true, sessionStage: 'full' });
    expect((await env.app.inject({ method: 'GET', url: '/api/users', headers: { cookie: out.sessionCookie! } })).statusCode).toBe(200);
  });

  it('sends unknown identities and unverified addresses back to the sign-in page', async () => {
    for (const subject of ['spid-stranger', 'spid-unverified']) {
      const out = await ssoAs(subject);
      expect(out.location).toBe('/app/login?error=OIDC_NO_ACCOUNT');
      expect(out.sessionCookie).toBeNull();
    }
    const [row] = await ownerQuery<{ oidc_subject: string | null }>(env, 'SELECT oidc_subject FROM app_user WHERE email = $1', [demoEmail('front_desk', 'aosta')]);
    expect(row!.oidc_subject).toBeNull();
  });

  it('refuses a callback from another browser, a replayed one, a tampered state and an aborted sign-in', async () => {
    const foreign = await ssoAs('spid-partner', { dropStateCookie: true });
    expect(foreign.location).toBe('/app/login?error=OIDC_FAILED');

    const ok = await ssoAs('spid-partner');
    expect(ok.location).toBe('/app/');
    const replay = await callback(new URL(ok.callbackUrl), ok.stateCookie);
    expect(replay.location).toBe('/app/login?error=OIDC_FAILED');

    const tampered = await ssoAs('spid-partner', { tamper: (u) => u.searchParams.set('state', 'forged-state-value') });
    expect(tampered.location).toBe('/app/login?error=OIDC_FAILED');
    expect(tampered.sessionCookie).toBeNull();

    const aborted = await ssoAs('spid-partner', { abort: true });
    expect(aborted.location).toBe('/app/login?error=OIDC_FAILED');
  });

  it('refuses a disabled account', async () => {
    const admin = await loginDemo(env.app, 'tenant_admin');
    const [u] = await ownerQuery<{ id: string }>(env, 'SELECT id FROM app_user WHERE email = $1', [demoEmail('partner_operator', 'aosta')]);
    const off = await env.app.inject({ method: 'PATCH', url: `/api/users/${u!.id}`, headers: admin.headers, payload: { status: 'disabled' } });
    expect(off.statusCode).toBe(200);
    const out = await ssoAs('spid-partner');
    expect(out.location).toBe('/app/login?error=OIDC_NO_ACCOUNT');
    expect(out.sessionCookie).toBeNull();
  });

  it('logs why each sign-in failed, by code only', async () => {
    const failures = env.logs.filter((l) => l.event === 'auth.oidc_failed').map((l) => l.reason);
    // Unknown/unverified/disabled, missing or spent state, forged state, provider-side abort.
    expect(new Set(failures)).toEqual(new Set(['OIDC_NO_ACCOUNT', 'state_missing_or_spent', 'OAUTH_INVALID_RESPONSE', 'OAUTH_AUTHORIZATION_RESPONSE_ERROR']));
  });

  it('never writes the authorization code or state to the logs', async () => {
    const out = await ssoAs('spid-coordinator');
    const code = new URL(out.callbackUrl).searchParams.get('code')!;
    expect(code.length).toBeGreaterThan(10);
    expect(JSON.stringify(env.logs)).not.toContain(code);
  });
});

describe('single sign-on with a required authentication level (OIDC_ACR_VALUES)', () => {
  it('asks the provider for the level and refuses an ID token that does not assert it', async () => {
    const SPID_L2 = 'https://www.spid.gov.it/SpidL2';
    const strict = await createTestEnv({
      PUBLIC_URL,
      OIDC_ISSUER: idp.issuer,
      OIDC_CLIENT_ID: idp.clientId,
      OIDC_CLIENT_SECRET: idp.clientSecret,
      OIDC_ACR_VALUES: SPID_L2,
    });
    try {
      await seedDemo(strict.platform.ctx);
      idp.accounts.set('spid-l1-only', { email: demoEmail('analyst', 'potenza'), email_verified: true });
      const start = await strict.app.inject({ method: 'GET', url: '/api/auth/oidc/start' });
      expect(new URL(String(start.headers.location)).searchParams.get('acr_values')).toBe(SPID_L2);
      // The development provider signs users in without any acr: not the level asked for.
      const cb = new URL(await signInAtProvider(String(start.headers.location), 'spid-l1-only', CALLBACK));
      const res = await strict.app.inject({ method: 'GET', url: cb.pathname + cb.search, headers: { cookie: String(start.headers['set-cookie']).split(';')[0]! } });
      expect(res.headers.location).toBe('/app/login?error=OIDC_FAILED');
      expect(strict.logs.find((l) => l.event === 'auth.oidc_failed')).toMatchObject({ reason: 'acr_not_met' });
      expect(await ownerQuery(strict, "SELECT 1 FROM user_session WHERE auth_method = 'oidc'")).toEqual([]);
    } finally {
      await strict.close();
    }
  });
});
