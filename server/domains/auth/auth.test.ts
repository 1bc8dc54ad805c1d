import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from 'otplib';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { loginDemo } from '../../../test/sessions.js';
import { seedDemo, demoTotpSecret } from '../../demo/seed-demo.js';
import { DEMO_PASSWORD, demoEmail } from '../../demo/demo-data.js';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
  await seedDemo(env.platform.ctx);
});
afterAll(() => env?.close());

describe('POST /api/auth/login', () => {
  it('signs in with the right password and returns the user and a CSRF token', async () => {
    const res = await env.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: demoEmail('front_desk', 'aosta'), password: DEMO_PASSWORD } });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.user.email).toBe(demoEmail('front_desk', 'aosta'));
    expect(body.user.tenant.slug).toBe('aosta');
    expect(body.csrfToken).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/^__Host-approdo_session=/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('Secure');
    expect(cookie).toContain('SameSite=Strict');
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('answers the same 401 for a wrong password and an unknown e-mail', async () => {
    const wrong = await env.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: demoEmail('analyst', 'aosta'), password: 'not-the-password-at-all' } });
    const unknown = await env.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'nobody@example.org', password: 'not-the-password-at-all' } });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().error.code).toBe('AUTH_INVALID_CREDENTIALS');
    expect(unknown.json().error.message).toBe(wrong.json().error.message);
  });

  it('asks for the second factor when MFA is on, and accepts a valid TOTP', async () => {
    const email = demoEmail('coordinator', 'potenza');
    const noCode = await env.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: DEMO_PASSWORD } });
    expect(noCode.statusCode).toBe(401);
    expect(noCode.json().error.code).toBe('AUTH_MFA_REQUIRED');
    const bad = await env.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: DEMO_PASSWORD, totp: '000000' } });
    expect(bad.json().error.code).toBe('AUTH_MFA_INVALID');
    const totp = await generate({ secret: demoTotpSecret(email) });
    const ok = await env.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: DEMO_PASSWORD, totp } });
    expect(ok.statusCode).toBe(200);
    // The same code cannot be replayed.
    const replay = await env.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: DEMO_PASSWORD, totp } });
    expect(replay.json().error.code).toBe('AUTH_MFA_INVALID');
  });

  it('translates errors into the caller language', async () => {
    const res = await env.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'accept-language': 'ar' }, payload: { email: 'x@example.org', password: 'nope-nope-nope-nope' } });
    expect(res.json().error.message).toBe('البريد الإلكتروني أو كلمة المرور أو الرمز غير صحيح.');
  });

  it('rejects a malformed body with 400 and field messages, not 500', async () => {
    const res = await env.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'accept-language': 'fr' }, payload: { email: 'not-an-email', extra: 1 } });
    expect(res.statusCode).toBe(400);
    const err = res.json().error;
    expect(err.code).toBe('VALIDATION_FAILED');
    expect(err.fields.length).toBeGreaterThan(0);
    expect(err.message).toMatch(/Certaines données/);
    const broken = await env.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/json' }, payload: '{"email":' });
    expect(broken.statusCode).toBe(400);
    expect(broken.body).not.toMatch(/at .*\.ts|stack/i);
  });
});

describe('session', () => {
  it('GET /api/me needs a session; state changes need the CSRF header', async () => {
    expect((await env.app.inject({ method: 'GET', url: '/api/me' })).statusCode).toBe(401);
    const s = await loginDemo(env.app, 'tenant_admin');
    const me = await env.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: s.cookie } });
    expect(me.statusCode).toBe(200);
    expect(me.json().roles).toEqual(['tenant_admin']);
    const noCsrf = await env.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: s.cookie } });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().error.code).toBe('CSRF_INVALID');
    const out = await env.app.inject({ method: 'POST', url: '/api/auth/logout', headers: s.headers });
    expect(out.statusCode).toBe(204);
    expect((await env.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: s.cookie } })).statusCode).toBe(401);
  });
});

describe('single sign-on when not configured', () => {
  it('reports the provider as disabled and refuses to start', async () => {
    const providers = await env.app.inject({ method: 'GET', url: '/api/auth/providers' });
    expect(providers.json()).toEqual({ oidc: { enabled: false, label: env.config.OIDC_LABEL } });
    const start = await env.app.inject({ method: 'GET', url: '/api/auth/oidc/start' });
    expect(start.statusCode).toBe(404);
    expect(start.json().error.code).toBe('OIDC_NOT_CONFIGURED');
  });
});
