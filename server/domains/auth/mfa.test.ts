import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { startMailServer, type MailServer } from '../../../test/mail-server.js';
import { ownerQuery } from '../../../test/owner-sql.js';
import { login, loginDemo, type Session } from '../../../test/sessions.js';
import { DEMO_PASSWORD, demoEmail } from '../../demo/demo-data.js';
import { seedDemo } from '../../demo/seed-demo.js';
import { translate } from '../../platform/i18n/i18n.js';

let env: TestEnv;
let mail: MailServer;
beforeAll(async () => {
  mail = await startMailServer();
  env = await createTestEnv({ SMTP_URL: mail.url });
  await seedDemo(env.platform.ctx);
});
afterAll(async () => {
  await env?.close();
  await mail?.close();
});

/** The code an authenticator shows now, or `offset` seconds from now (the next 30-second step). */
const codeAt = (secret: string, offset = 0) => generate({ secret, epoch: Math.floor(Date.now() / 1000) + offset });
const wrong = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');
const call = (s: Session, method: 'GET' | 'POST' | 'DELETE', url: string, payload?: unknown) =>
  env.app.inject({ method, url, headers: method === 'GET' ? { cookie: s.cookie } : s.headers, ...(payload ? { payload: payload as object } : {}) });
const signIn = (email: string, password: string, totp?: string) =>
  env.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password, ...(totp ? { totp } : {}) } });
function cookieOf(res: { headers: Record<string, unknown> }, s: Session): Session {
  const cookie = String(res.headers['set-cookie']).split(';')[0]!;
  return { cookie, csrf: s.csrf, headers: { cookie, 'x-csrf-token': s.csrf } };
}

describe('TOTP enrolment, recovery codes and administrator reset', () => {
  it('takes a user whose role requires MFA from enrolment to a full session', async () => {
    const admin = await loginDemo(env.app, 'tenant_admin');
    const orgId = (await call(admin, 'GET', '/api/me')).json().organisation.id as string;
    const email = 'coordinatrice.nuova@example.org';
    const password = 'pioggia-leggera-sulle-montagne';
    const created = await call(admin, 'POST', '/api/users', { email, displayName: 'Coordinatrice Nuova', organisationId: orgId, roles: ['coordinator'], password });
    expect(created.statusCode).toBe(201);
    const userId = created.json().id as string;

    const s1 = await login(env.app, email, password);
    const s2 = await login(env.app, email, password);
    expect((await call(s1, 'GET', '/api/me')).json()).toMatchObject({ sessionStage: 'mfa_setup', mfaRequired: true, mfaEnabled: false, permissions: {} });
    expect((await call(s1, 'GET', '/api/users')).json().error.code).toBe('AUTH_MFA_SETUP_REQUIRED');
    expect((await call(s1, 'POST', '/api/me/mfa/confirm', { code: '123456' })).json().error.code).toBe('MFA_SETUP_NOT_STARTED');

    const setup = await call(s1, 'POST', '/api/me/mfa/setup');
    expect(setup.statusCode).toBe(200);
    const { secret, otpauthUri, qrSvg } = setup.json() as { secret: string; otpauthUri: string; qrSvg: string };
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    expect(otpauthUri).toMatch(/^otpauth:\/\/totp\//);
    expect(new URL(otpauthUri).searchParams.get('secret')).toBe(secret);
    expect(qrSvg).toMatch(/^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(qrSvg).not.toMatch(/<script|style=|on\w+=/i);
    const [pending] = await ownerQuery<{ mfa_pending_secret: string; mfa_secret: string | null }>(env, 'SELECT mfa_pending_secret, mfa_secret FROM app_user WHERE id = $1', [userId]);
    expect(pending).toEqual({ mfa_pending_secret: secret, mfa_secret: null });

    const code = await codeAt(secret);
    const bad = await call(s1, 'POST', '/api/me/mfa/confirm', { code: wrong(code) });
    expect(bad.statusCode).toBe(401);
    expect(bad.json().error.code).toBe('AUTH_MFA_INVALID');

    const confirmed = await call(s1, 'POST', '/api/me/mfa/confirm', { code });
    expect(confirmed.statusCode).toBe(200);
    const codes = confirmed.json().recoveryCodes as string[];
    expect(codes).toHaveLength(10);
    for (const c of codes) expect(c).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{2}$/);
    expect(new Set(codes).size).toBe(10);
    // The session token was rotated on the step up; the old cookie and the other session are gone.
    const full = cookieOf(confirmed, s1);
    expect(full.cookie).not.toBe(s1.cookie);
    expect((await call(s1, 'GET', '/api/me')).statusCode).toBe(401);
    expect((await call(s2, 'GET', '/api/me')).statusCode).toBe(401);
    expect((await call(full, 'GET', '/api/me')).json()).toMatchObject({ sessionStage: 'full', mfaEnabled: true });
    expect((await call(full, 'GET', '/api/users')).statusCode).toBe(200);
    expect((await call(full, 'POST', '/api/me/mfa/setup')).json().error.code).toBe('MFA_ALREADY_ENABLED');
    const stored = await ownerQuery<{ code_hash: Buffer }>(env, 'SELECT code_hash FROM mfa_recovery_code WHERE user_id = $1', [userId]);
    expect(stored).toHaveLength(10);
    for (const r of stored) expect(r.code_hash.toString()).toMatch(/^\$argon2id\$/);

    // A recovery code signs in once (typed in capitals with a space is fine), never twice.
    const typed = codes[0]!.toUpperCase().replace('-', ' ');
    expect((await signIn(email, password, typed)).statusCode).toBe(200);
    expect((await signIn(email, password, codes[0])).json().error.code).toBe('AUTH_MFA_INVALID');
    const s3 = await login(env.app, email, password).catch(() => null);
    expect(s3).toBeNull(); // no second factor, no session

    const viaCode = await signIn(email, password, codes[1]);
    const s4: Session = cookieOf(viaCode, { cookie: '', csrf: viaCode.json().csrfToken, headers: {} });
    const regenerated = await call(s4, 'POST', '/api/me/mfa/recovery-codes', { code: await codeAt(secret, 30) });
    expect(regenerated.statusCode).toBe(200);
    const fresh = regenerated.json().recoveryCodes as string[];
    expect(fresh.filter((c) => codes.includes(c))).toEqual([]);
    expect((await signIn(email, password, codes[2])).json().error.code).toBe('AUTH_MFA_INVALID');
    expect((await signIn(email, password, fresh[0])).statusCode).toBe(200);

    const off = await call(s4, 'DELETE', '/api/me/mfa', { code: await codeAt(secret, 30) });
    expect(off.statusCode).toBe(409);
    expect(off.json().error.code).toBe('MFA_REQUIRED_BY_ROLE');
    const notice = await mail.waitFor((m) => m.to.includes(email));
    expect(notice.subject).toBe(translate('it', 'mail.mfa_enabled_subject'));

    // The administrator resets MFA for a user who lost the device: sessions end, enrolment again.
    expect((await call(admin, 'POST', `/api/users/${userId}/mfa-reset`)).statusCode).toBe(204);
    expect((await call(s4, 'GET', '/api/me')).statusCode).toBe(401);
    const again = await login(env.app, email, password);
    expect((await call(again, 'GET', '/api/me')).json()).toMatchObject({ sessionStage: 'mfa_setup', mfaEnabled: false });
    expect(await ownerQuery(env, 'SELECT 1 FROM mfa_recovery_code WHERE user_id = $1', [userId])).toEqual([]);
    await mail.waitFor((m) => m.to.includes(email) && m.subject === translate('it', 'mail.mfa_disabled_subject'));
    const adminId = (await call(admin, 'GET', '/api/me')).json().id as string;
    expect((await call(admin, 'POST', `/api/users/${adminId}/mfa-reset`)).json().error.code).toBe('CONFLICT');

    const audit = await ownerQuery<{ action: string; diff: unknown }>(env, 'SELECT action, diff FROM audit_event WHERE entity_id = $1 ORDER BY seq', [userId]);
    const actions = audit.map((a) => a.action);
    for (const a of ['auth.mfa_setup_started', 'auth.mfa_enabled', 'auth.recovery_code_used', 'auth.recovery_codes_regenerated', 'user.mfa_reset']) {
      expect(actions).toContain(a);
    }
    expect(JSON.stringify(audit)).not.toContain(secret);
    expect(JSON.stringify(audit)).not.toContain(codes[0]);
  });

  it('lets a user whose role does not require MFA turn it on and off with a current code', async () => {
    const email = demoEmail('front_desk', 'potenza');
    const s = await loginDemo(env.app, 'front_desk', 'potenza');
    expect((await call(s, 'DELETE', '/api/me/mfa', { code: '123456' })).json().error.code).toBe('MFA_NOT_ENROLLED');
    const { secret } = (await call(s, 'POST', '/api/me/mfa/setup')).json() as { secret: string };
    const on = await call(s, 'POST', '/api/me/mfa/confirm', { code: await codeAt(secret) });
    expect(on.statusCode).toBe(200);
    const full = cookieOf(on, s);
    expect((await signIn(email, DEMO_PASSWORD)).json().error.code).toBe('AUTH_MFA_REQUIRED');

    const next = await codeAt(secret, 30);
    const refused = await call(full, 'DELETE', '/api/me/mfa', { code: wrong(next) });
    expect(refused.statusCode).toBe(401);
    expect((await call(full, 'DELETE', '/api/me/mfa', { code: next })).statusCode).toBe(204);
    expect((await call(full, 'GET', '/api/me')).json().mfaEnabled).toBe(false);
    expect((await signIn(email, DEMO_PASSWORD)).statusCode).toBe(200);
  });
});
