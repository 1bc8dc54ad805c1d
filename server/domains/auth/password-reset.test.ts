import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { startMailServer, type MailServer, type ReceivedMail } from '../../../test/mail-server.js';
import { ownerQuery } from '../../../test/owner-sql.js';
import { login, loginDemo, type Session } from '../../../test/sessions.js';
import { DEMO_PASSWORD, demoEmail } from '../../demo/demo-data.js';
import { seedDemo } from '../../demo/seed-demo.js';
import { translate } from '../../platform/i18n/i18n.js';

const PUBLIC_URL = 'https://approdo.example.org';
const NEW_PASSWORD = 'lanterna-viola-sul-fiume-quercia';
let env: TestEnv;
let mail: MailServer;

beforeAll(async () => {
  mail = await startMailServer();
  env = await createTestEnv({ SMTP_URL: mail.url, PUBLIC_URL });
  await seedDemo(env.platform.ctx);
});
afterAll(async () => {
  await env?.close();
  await mail?.close();
});

const forgot = (email: string, remoteAddress = '127.0.0.1') =>
  env.app.inject({ method: 'POST', url: '/api/auth/password/forgot', remoteAddress, payload: { email } });
const reset = (token: string, password: string) => env.app.inject({ method: 'POST', url: '/api/auth/password/reset', payload: { token, password } });
const me = (s: Session) => env.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: s.cookie } });

function tokenFrom(m: ReceivedMail): string {
  const link = m.text.match(/https:\/\/approdo\.example\.org\/app\/reset-password#token=([A-Za-z0-9_-]+)/);
  expect(link, 'the mail carries the reset link with the token in the fragment').not.toBeNull();
  return link![1]!;
}
const mailTo = (email: string, key: string, lang = 'it') => (m: ReceivedMail) => m.to.includes(email) && m.subject === translate(lang, key);
const tokenHash = (token: string) => createHash('sha256').update(token).digest();

describe('password reset by e-mail (real SMTP server)', () => {
  it('mails a one-time link; the reset ends every session and the new password signs in', async () => {
    const email = demoEmail('analyst', 'aosta');
    const [s1, s2] = [await loginDemo(env.app, 'analyst'), await loginDemo(env.app, 'analyst')];

    const res = await forgot(email);
    expect(res.statusCode).toBe(202);
    expect(res.json()).toEqual({});
    const received = await mail.waitFor(mailTo(email, 'mail.reset_subject'));
    expect(received.text).toContain('Demo analyst (aosta)');
    const token = tokenFrom(received);
    // Only the hash is stored.
    const stored = await ownerQuery<{ token_hash: Buffer }>(env, 'SELECT token_hash FROM password_reset WHERE token_hash = $1', [tokenHash(token)]);
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(await ownerQuery(env, 'SELECT * FROM password_reset'))).not.toContain(token);

    // A password the rules refuse (contains the project name) leaves the link usable.
    const weak = await reset(token, 'aosta-aosta-sentirsi-bene-2026');
    expect(weak.statusCode).toBe(422);
    expect(weak.json().error.code).toBe('PASSWORD_CONTAINS_CONTEXT');
    expect((await me(s1)).statusCode).toBe(200);

    const done = await reset(token, NEW_PASSWORD);
    expect(done.statusCode).toBe(204);
    expect((await me(s1)).statusCode).toBe(401);
    expect((await me(s2)).statusCode).toBe(401);

    const old = await env.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: DEMO_PASSWORD } });
    expect(old.statusCode).toBe(401);
    const fresh = await login(env.app, email, NEW_PASSWORD);
    expect((await me(fresh)).json().email).toBe(email);

    const again = await reset(token, 'un-altro-giardino-di-lanterne');
    expect(again.statusCode).toBe(400);
    expect(again.json().error.code).toBe('RESET_TOKEN_INVALID');

    await mail.waitFor(mailTo(email, 'mail.password_changed_subject'));
    const audit = await ownerQuery<{ action: string; diff: unknown }>(
      env,
      "SELECT action, diff FROM audit_event WHERE entity = 'user' AND action LIKE 'auth.password_reset%' AND entity_id = (SELECT id::text FROM app_user WHERE email = $1)",
      [email],
    );
    expect(audit.map((a) => a.action).sort()).toEqual(['auth.password_reset', 'auth.password_reset_requested']);
    expect(JSON.stringify(audit)).not.toMatch(new RegExp(`${token}|${NEW_PASSWORD}`));
  });

  it('answers an unknown address exactly like a known one, and mails nobody', async () => {
    const unknown = await forgot('nessuno-qui@example.org');
    const known = await forgot(demoEmail('front_desk', 'potenza'));
    expect(unknown.statusCode).toBe(202);
    expect(unknown.body).toBe(known.body);
    await mail.waitFor((m) => m.to.includes(demoEmail('front_desk', 'potenza')));
    expect(mail.mails.some((m) => m.to.includes('nessuno-qui@example.org'))).toBe(false);
  });

  it('sends at most three links per account in 15 minutes', async () => {
    const email = demoEmail('funder_viewer', 'aosta');
    for (let i = 0; i < 5; i++) expect((await forgot(email, '10.0.0.5')).statusCode).toBe(202);
    const rows = await ownerQuery(env, 'SELECT 1 FROM password_reset r JOIN app_user u ON u.id = r.user_id WHERE u.email = $1', [email]);
    expect(rows).toHaveLength(3);
    const limited = await ownerQuery(env, "SELECT 1 FROM audit_event WHERE action = 'auth.password_reset_limited'");
    expect(limited).toHaveLength(2);
  });

  it('refuses more than ten requests from one client address, with Retry-After', async () => {
    for (let i = 0; i < 10; i++) expect((await forgot(`chiunque-${i}@example.org`, '10.0.0.9')).statusCode).toBe(202);
    const res = await forgot('chiunque@example.org', '10.0.0.9');
    expect(res.statusCode).toBe(429);
    expect(res.json().error.code).toBe('RATE_LIMITED');
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect((await forgot('chiunque@example.org', '10.0.0.10')).statusCode).toBe(202);
  });

  it('refuses an expired link and a made-up one', async () => {
    const email = demoEmail('partner_operator', 'aosta');
    expect((await forgot(email)).statusCode).toBe(202);
    const token = tokenFrom(await mail.waitFor(mailTo(email, 'mail.reset_subject')));
    const [row] = await ownerQuery<{ minutes: number }>(env, 'SELECT round(extract(epoch FROM expires_at - created_at) / 60)::int AS minutes FROM password_reset WHERE token_hash = $1', [tokenHash(token)]);
    expect(row!.minutes).toBe(30);
    await ownerQuery(env, "UPDATE password_reset SET expires_at = now() - interval '1 second' WHERE token_hash = $1", [tokenHash(token)]);
    expect((await reset(token, NEW_PASSWORD)).json().error.code).toBe('RESET_TOKEN_INVALID');
    const madeUp = await reset('x'.repeat(43), NEW_PASSWORD);
    expect(madeUp.statusCode).toBe(400);
    expect(madeUp.json().error.code).toBe('RESET_TOKEN_INVALID');
  });
});

describe('POST /api/users/:id/password-link', () => {
  it('lets an administrator send a 24-hour set-password link to a user created without one', async () => {
    const admin = await loginDemo(env.app, 'tenant_admin');
    const orgId = (await me(admin)).json().organisation.id as string;
    const email = 'nuova.operatrice@example.org';
    const created = await env.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: admin.headers,
      payload: { email, displayName: 'Nuova Operatrice', organisationId: orgId, roles: ['front_desk'], locale: 'en' },
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;

    const frontDesk = await loginDemo(env.app, 'front_desk');
    expect((await env.app.inject({ method: 'POST', url: `/api/users/${id}/password-link`, headers: frontDesk.headers })).statusCode).toBe(403);

    const sent = await env.app.inject({ method: 'POST', url: `/api/users/${id}/password-link`, headers: admin.headers });
    expect(sent.statusCode).toBe(202);
    const received = await mail.waitFor(mailTo(email, 'mail.setup_subject', 'en'));
    expect(received.text).toContain('24 hours');
    const token = tokenFrom(received);
    const [row] = await ownerQuery<{ hours: number }>(env, 'SELECT round(extract(epoch FROM expires_at - created_at) / 3600)::int AS hours FROM password_reset WHERE token_hash = $1', [tokenHash(token)]);
    expect(row!.hours).toBe(24);

    expect((await reset(token, NEW_PASSWORD)).statusCode).toBe(204);
    const s = await login(env.app, email, NEW_PASSWORD);
    expect((await me(s)).json().displayName).toBe('Nuova Operatrice');

    await env.app.inject({ method: 'PATCH', url: `/api/users/${id}`, headers: admin.headers, payload: { status: 'disabled' } });
    const disabled = await env.app.inject({ method: 'POST', url: `/api/users/${id}/password-link`, headers: admin.headers });
    expect(disabled.statusCode).toBe(409);
    expect(disabled.json().error.code).toBe('USER_DISABLED');
    const audit = await ownerQuery(env, "SELECT diff FROM audit_event WHERE action = 'user.password_link_sent' AND entity_id = $1", [id]);
    expect(audit).toEqual([{ diff: { kind: 'setup', expiresInMinutes: 1440 } }]);
  });
});
