import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { loginDemo, type Session } from '../../../test/sessions.js';
import { seedDemo } from '../../demo/seed-demo.js';

let env: TestEnv;
let admin: Session;
let caseWorker: Session;
beforeAll(async () => {
  env = await createTestEnv();
  await seedDemo(env.platform.ctx);
  admin = await loginDemo(env.app, 'tenant_admin');
  caseWorker = await loginDemo(env.app, 'case_worker');
});
afterAll(() => env?.close());

describe('users', () => {
  let orgId: string;
  let userId: string;

  it('tenant admin lists every user of the tenant, filtered by role', async () => {
    const all = await env.app.inject({ method: 'GET', url: '/api/users', headers: admin.headers });
    expect(all.statusCode).toBe(200);
    expect(all.json().total).toBe(8);
    const some = await env.app.inject({ method: 'GET', url: '/api/users?role=case_worker', headers: admin.headers });
    expect(some.json().items.map((u: { email: string }) => u.email)).toEqual(['case-worker@aosta.demo.approdo.it']);
    expect(JSON.stringify(all.json())).not.toMatch(/passwordHash|mfaSecret|argon2/);
  });

  it('a case worker sees only users of their own organisation', async () => {
    const res = await env.app.inject({ method: 'GET', url: '/api/users', headers: caseWorker.headers });
    expect(res.statusCode).toBe(200);
    const orgs = new Set(res.json().items.map((u: { organisation: { slug: string } }) => u.organisation.slug));
    expect([...orgs]).toEqual(['la-sorgente']);
    const other = (await env.app.inject({ method: 'GET', url: '/api/users?role=analyst', headers: admin.headers })).json().items[0];
    const denied = await env.app.inject({ method: 'GET', url: `/api/users/${other.id}`, headers: caseWorker.headers });
    expect(denied.statusCode).toBe(404);
  });

  it('creates a user, edits roles, and disabling ends their sessions', async () => {
    orgId = (await env.app.inject({ method: 'GET', url: '/api/organisations/indaco', headers: admin.headers })).json().id;
    const created = await env.app.inject({
      method: 'POST', url: '/api/users', headers: admin.headers,
      payload: { email: 'Nuova.Operatrice@indaco.example.org', displayName: 'Nuova Operatrice', organisationId: orgId, roles: ['partner_operator'], password: 'una-frase-lunga-per-entrare' },
    });
    expect(created.statusCode).toBe(201);
    userId = created.json().id;
    expect(created.json().email).toBe('nuova.operatrice@indaco.example.org');
    const login = await env.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'nuova.operatrice@indaco.example.org', password: 'una-frase-lunga-per-entrare' } });
    expect(login.statusCode).toBe(200);
    const cookie = String(login.headers['set-cookie']).split(';')[0]!;
    const patched = await env.app.inject({ method: 'PATCH', url: `/api/users/${userId}`, headers: admin.headers, payload: { roles: ['partner_operator', 'analyst'] } });
    expect(patched.json().roles).toEqual(['analyst', 'partner_operator']);
    // Changing roles ended the session: the user signs in again with the new reach.
    expect((await env.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } })).statusCode).toBe(401);
    const again = await env.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'nuova.operatrice@indaco.example.org', password: 'una-frase-lunga-per-entrare' } });
    const cookie2 = String(again.headers['set-cookie']).split(';')[0]!;
    const disabled = await env.app.inject({ method: 'PATCH', url: `/api/users/${userId}`, headers: admin.headers, payload: { status: 'disabled' } });
    expect(disabled.json().status).toBe('disabled');
    expect((await env.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: cookie2 } })).statusCode).toBe(401);
    const refused = await env.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'nuova.operatrice@indaco.example.org', password: 'una-frase-lunga-per-entrare' } });
    expect(refused.statusCode).toBe(401);
  });

  it('rejects a weak or context-derived password with a translated 422', async () => {
    const common = await env.app.inject({
      method: 'POST', url: '/api/users', headers: { ...admin.headers, 'accept-language': 'en' },
      payload: { email: 'weak@indaco.example.org', displayName: 'Weak', organisationId: orgId, roles: ['analyst'], password: '123456789qwerty' },
    });
    expect(common.statusCode).toBe(422);
    expect(common.json().error.code).toBe('PASSWORD_COMMON');
    const short = await env.app.inject({
      // The profile language (it) wins over Accept-Language; ?lang= wins over both.
      method: 'POST', url: '/api/users?lang=en', headers: { ...admin.headers, 'accept-language': 'fr' },
      payload: { email: 'weak@indaco.example.org', displayName: 'Weak', organisationId: orgId, roles: ['analyst'], password: 'short' },
    });
    expect(short.json().error.message).toBe('The password must have at least 15 characters.');
    const ctx = await env.app.inject({
      method: 'POST', url: '/api/users', headers: admin.headers,
      payload: { email: 'weak@indaco.example.org', displayName: 'Weak', organisationId: orgId, roles: ['analyst'], password: 'sentirsi-aosta-2026-ok' },
    });
    expect(ctx.json().error.code).toBe('PASSWORD_CONTAINS_CONTEXT');
    const list = await env.app.inject({ method: 'GET', url: '/api/users?q=weak', headers: admin.headers });
    expect(list.json().total).toBe(0);
  });

  it('refuses a duplicate e-mail, and an admin disabling themselves', async () => {
    const dup = await env.app.inject({
      method: 'POST', url: '/api/users', headers: admin.headers,
      payload: { email: 'analyst@aosta.demo.approdo.it', displayName: 'Dup', organisationId: orgId, roles: ['analyst'] },
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe('EMAIL_TAKEN');
    const me = (await env.app.inject({ method: 'GET', url: '/api/me', headers: admin.headers })).json();
    const self = await env.app.inject({ method: 'PATCH', url: `/api/users/${me.id}`, headers: admin.headers, payload: { status: 'disabled' } });
    expect(self.statusCode).toBe(409);
  });
});
