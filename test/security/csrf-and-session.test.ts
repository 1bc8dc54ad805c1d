import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, demoEmail } from '../../server/demo/demo-data.js';
import { seedDemo } from '../../server/demo/seed-demo.js';
import { WEB_DIST } from '../../server/platform/http/static.js';
import { createTestEnv, type TestEnv } from '../harness.js';
import { loginDemo, type Session } from '../sessions.js';
import { hasBody, loadOperations, urlOf, validValue, type Operation } from './api-surface.js';
import { changedTables, dbFingerprint } from './db-state.js';
import { readTenant, tableForPath, type TenantRecords } from './tenant-fixtures.js';

let env: TestEnv;
let ops: Operation[];
/** Operations that need a session (found by asking anonymously, not from a list), and the non-GET ones. */
let protectedOps: Operation[];
let protectedWrites: Operation[];
let admin: Session;
let otherTenantAdmin: Session;
let aosta: TenantRecords;

beforeAll(async () => {
  env = await createTestEnv();
  await seedDemo(env.platform.ctx);
  ops = await loadOperations(env.app);
  admin = await loginDemo(env.app, 'tenant_admin', 'aosta');
  otherTenantAdmin = await loginDemo(env.app, 'tenant_admin', 'potenza');
  aosta = await readTenant(env.ownerUrl, 'aosta');
  protectedOps = [];
  for (const op of ops) {
    const res = await env.app.inject({ method: op.method as 'POST', url: urlOf(op, {}), ...(hasBody(op) ? { payload: {} } : {}) });
    if (res.statusCode === 401 && res.json().error.code === 'AUTH_REQUIRED') protectedOps.push(op);
  }
  protectedWrites = protectedOps.filter((o) => o.method !== 'GET');
}, 120_000);
afterAll(() => env?.close());

/** A request that would be accepted if CSRF were not checked: real own ids, a valid body. */
function realistic(op: Operation): { url: string; payload?: object } {
  const table = tableForPath(op, aosta.idsByTable.keys());
  const id = (table && aosta.idsByTable.get(table)?.[0]) || undefined;
  const url = urlOf(op, id ? Object.fromEntries(op.pathParams.map((p) => [p.name, id])) : {});
  const payload = op.body ? (validValue(op.body) as object) : hasBody(op) ? {} : undefined;
  return { url, ...(payload ? { payload } : {}) };
}

describe('CSRF', { timeout: 120_000 }, () => {
  it('every state-changing operation that needs a session refuses a missing or wrong X-CSRF-Token', async () => {
    expect(protectedWrites.length).toBeGreaterThanOrEqual(5);
    const before = await dbFingerprint(env.ownerUrl);
    const good = admin.csrf;
    const tokens: [string, Record<string, string | string[]>][] = [
      ['no header', {}],
      ['empty', { 'x-csrf-token': '' }],
      ['same length, wrong', { 'x-csrf-token': good.replace(/./g, (c) => (c === 'A' ? 'B' : 'A')) }],
      ['prefix of the right one', { 'x-csrf-token': good.slice(0, -1) }],
      ['right one plus a character', { 'x-csrf-token': `${good}A` }],
      ['another session’s token', { 'x-csrf-token': otherTenantAdmin.csrf }],
      ['sent twice', { 'x-csrf-token': [good, good] }],
      ['the session cookie value', { 'x-csrf-token': admin.cookie.split('=')[1]! }],
      ['method override to GET', { 'x-http-method-override': 'GET', 'x-method-override': 'GET' }],
    ];
    let checked = 0;
    for (const op of protectedWrites) {
      const { url, payload } = realistic(op);
      for (const [name, header] of tokens) {
        for (const where of [url, `${url}${url.includes('?') ? '&' : '?'}csrfToken=${good}&x-csrf-token=${good}`]) {
          const res = await env.app.inject({ method: op.method as 'POST', url: where, headers: { cookie: admin.cookie, ...header }, ...(payload ? { payload } : {}) });
          expect(res.statusCode, `${op.label} ${name}`).toBe(403);
          expect(res.json().error.code, `${op.label} ${name}`).toBe('CSRF_INVALID');
          checked++;
        }
      }
      // Nor does a token in the body stand in for the header.
      const inBody = await env.app.inject({ method: op.method as 'POST', url, headers: { cookie: admin.cookie }, payload: { ...(payload ?? {}), csrfToken: good } });
      expect(inBody.statusCode, `${op.label} token in body`).toBe(403);
    }
    expect(checked).toBeGreaterThan(50);
    expect(changedTables(before, await dbFingerprint(env.ownerUrl))).toEqual([]);
    // The session itself is still fine: the refusals were about the token, not the cookie.
    expect((await env.app.inject({ method: 'GET', url: '/api/me', headers: admin.headers })).statusCode).toBe(200);
  });
});

describe('ended sessions', { timeout: 120_000 }, () => {
  it('a cookie from a logged-out session gets 401 on every operation', async () => {
    const s = await loginDemo(env.app, 'front_desk', 'aosta');
    expect((await env.app.inject({ method: 'POST', url: '/api/auth/logout', headers: s.headers })).statusCode).toBe(204);
    let checked = 0;
    for (const op of protectedOps) {
      const { url, payload } = realistic(op);
      const res = await env.app.inject({ method: op.method as 'GET', url, headers: s.headers, ...(payload ? { payload } : {}) });
      expect(res.statusCode, op.label).toBe(401);
      expect(['AUTH_SESSION_EXPIRED', 'AUTH_REQUIRED'], op.label).toContain(res.json().error.code);
      checked++;
    }
    expect(checked).toBeGreaterThan(protectedWrites.length);
    expect(protectedOps.length).toBeGreaterThan(protectedWrites.length);
  });

  it('signing out everywhere ends the user’s other sessions too', async () => {
    const first = await loginDemo(env.app, 'analyst', 'aosta');
    const second = await loginDemo(env.app, 'analyst', 'aosta');
    const out = await env.app.inject({ method: 'POST', url: '/api/auth/logout', headers: second.headers, payload: { everywhere: true } });
    expect(out.statusCode).toBe(204);
    expect((await env.app.inject({ method: 'GET', url: '/api/me', headers: first.headers })).statusCode).toBe(401);
  });

  it('signing in always issues a new session token, whatever cookie the browser brings', async () => {
    const planted = await loginDemo(env.app, 'partner_operator', 'aosta');
    const res = await env.app.inject({ method: 'POST', url: '/api/auth/login', headers: { cookie: planted.cookie }, payload: { email: demoEmail('partner_operator', 'aosta'), password: DEMO_PASSWORD } });
    expect(res.statusCode).toBe(200);
    const issued = String(res.headers['set-cookie']).split(';')[0];
    expect(issued).not.toBe(planted.cookie);
    expect(res.json().csrfToken).not.toBe(planted.csrf);
  });

  it('a forged or tampered cookie is just unauthenticated', async () => {
    const [name, value] = admin.cookie.split('=') as [string, string];
    for (const v of ['', 'x', `${value.slice(0, -2)}AA`, `${value}.${value}`, 'a'.repeat(4000)]) {
      const res = await env.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: `${name}=${v}` } });
      expect(res.statusCode).toBe(401);
    }
  });
});

function assertSecurityHeaders(res: { headers: Record<string, unknown> }, where: string) {
  const csp = String(res.headers['content-security-policy'] ?? '');
  const directives = new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k!, v]));
  expect(directives.get('frame-ancestors'), `${where}: ${csp}`).toEqual(["'none'"]);
  const scripts = directives.get('script-src') ?? directives.get('default-src');
  expect(scripts, `${where}: ${csp}`).toBeDefined();
  expect(scripts, where).not.toContain("'unsafe-inline'");
  expect(scripts, where).not.toContain("'unsafe-eval'");
  expect(res.headers['x-content-type-options'], where).toBe('nosniff');
  expect(res.headers['referrer-policy'], where).toBe('no-referrer');
  expect(res.headers['x-frame-options'], where).toBe('DENY');
}

type Probe = { name: string; method?: 'GET' | 'POST'; url: string; headers?: Record<string, string>; payload?: string; api: boolean };

function probes(): Probe[] {
  const list: Probe[] = [
    { name: 'API JSON', url: '/api/me', headers: admin.headers, api: true },
    { name: 'API 401', url: '/api/me', api: true },
    { name: 'API 404 (no route)', url: '/api/no-such-thing', api: true },
    { name: 'API 404 (no record)', url: `/api/organisations/${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}`, headers: admin.headers, api: true },
    { name: 'API 400', method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/json' }, payload: '{"email":', api: true },
    { name: 'API 415', method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'text/plain' }, payload: 'x', api: true },
    { name: 'API 413', method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/json' }, payload: `"${'a'.repeat(1_100_000)}"`, api: true },
    { name: 'API malformed URL', url: '/api/users/%E0%A4%A', api: true },
    { name: 'API over-long path segment', url: `/api/users/${'a'.repeat(300)}`, api: true },
    { name: 'OpenAPI document', url: '/api/openapi.json', api: true },
    { name: 'API docs page', url: '/api/docs/', api: false },
    { name: '/healthz', url: '/healthz', api: false },
    { name: '/readyz', url: '/readyz', api: false },
    { name: 'non-API 404', url: '/no-such-page', api: false },
  ];
  if (existsSync(path.join(WEB_DIST, 'index.html'))) {
    list.push({ name: 'staff app', url: '/app/', api: false }, { name: 'staff app deep link', url: '/app/organisations/x', api: false });
    const asset = readdirSync(path.join(WEB_DIST, 'assets')).find((f) => f.endsWith('.js'));
    if (asset) list.push({ name: 'staff app script', url: `/app/assets/${asset}`, api: false });
  }
  return list;
}

describe('response headers', () => {
  it('every kind of response carries the security headers; every /api answer is no-store', async () => {
    for (const p of probes()) {
      const res = await env.app.inject({ method: p.method ?? 'GET', url: p.url, headers: p.headers, ...(p.payload !== undefined ? { payload: p.payload } : {}) });
      assertSecurityHeaders(res, `${p.name} (${res.statusCode})`);
      if (p.api) expect(res.headers['cache-control'], `${p.name} (${res.statusCode})`).toBe('no-store');
      expect(res.headers['strict-transport-security'], p.name).toBeUndefined();
      expect(res.headers['x-request-id'], p.name).toBeTruthy();
    }
  });

  it('adds HSTS everywhere, and only, when APPRODO_TLS=true', async () => {
    const tls = await createTestEnv({ APPRODO_TLS: 'true' });
    try {
      for (const url of ['/api/me', '/healthz', '/api/no-such-thing', '/api/users/%E0%A4%A', '/no-such-page']) {
        const res = await tls.app.inject({ method: 'GET', url });
        expect(res.headers['strict-transport-security'], url).toMatch(/max-age=31536000; includeSubDomains/);
        expect(String(res.headers['content-security-policy']), url).toContain('upgrade-insecure-requests');
        assertSecurityHeaders(res, url);
      }
    } finally {
      await tls.close();
    }
  });
});
