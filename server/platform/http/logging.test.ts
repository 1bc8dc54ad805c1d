import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { loginDemo } from '../../../test/sessions.js';
import { DEMO_PASSWORD } from '../../demo/demo-data.js';
import { seedDemo } from '../../demo/seed-demo.js';

const EMAIL = /[A-Za-z0-9._%+-]+(@|%40)[A-Za-z0-9.-]+\.[A-Za-z]{2,}/i;
const NEW_PASSWORD = 'una-password-lunga-per-il-log-77';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
  await seedDemo(env.platform.ctx);
});
afterAll(() => env?.close());

describe('request logs', () => {
  it('carry a request id and no secrets or personal data', async () => {
    env.logs.length = 0;
    const s = await loginDemo(env.app, 'tenant_admin', 'aosta');
    const token = s.cookie.split('=')[1]!;
    const orgs = (await env.app.inject({ method: 'GET', url: '/api/organisations', headers: { cookie: s.cookie } })).json().items;
    const calls = [
      { method: 'GET', url: '/api/users?q=mario.rossi%40example.org&limit=5' },
      { method: 'GET', url: '/api/users/front-desk@aosta.demo.approdo.it' },
      { method: 'GET', url: `/api/users/${encodeURIComponent('case-worker@aosta.demo.approdo.it')}?lang=en` },
      {
        method: 'POST',
        url: '/api/users',
        payload: { email: 'giulia.bianchi@example.org', displayName: 'Giulia Bianchi', organisationId: orgs[0].id, roles: ['analyst'], password: NEW_PASSWORD },
      },
      { method: 'POST', url: '/api/users', payload: { email: 'broken@example.org', password: NEW_PASSWORD, roles: ['king'] } },
      { method: 'PATCH', url: `/api/organisations/${orgs[0].id}`, payload: { email: 'segreteria@example.org', phone: '+39 0165 300000' } },
      { method: 'GET', url: '/api/audit?action=user.&entityId=nobody%40example.org' },
      { method: 'GET', url: '/api/not-a-route/someone@example.org' },
    ] as const;
    for (const c of calls) {
      const res = await env.app.inject({ ...c, headers: s.headers });
      expect(res.statusCode, `${c.method} ${c.url}`).toBeLessThan(500);
    }
    for (const payload of [{ email: 'ghost@example.org', password: 'a-wrong-password-here' }, { email: 'analyst@aosta.demo.approdo.it', password: 'another-wrong-password' }]) {
      expect((await env.app.inject({ method: 'POST', url: '/api/auth/login', payload })).statusCode).toBe(401);
    }
    await env.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/json' }, payload: '{"email":"half@example.org","password":' });
    expect((await env.app.inject({ method: 'POST', url: '/api/auth/logout', headers: s.headers })).statusCode).toBe(204);

    const requestLines = env.logs.filter((l) => 'req' in l || 'res' in l);
    // Each request logs one line when it completes (the incoming line is debug level).
    expect(requestLines.length).toBeGreaterThanOrEqual(calls.length + 5);
    expect(env.logs.filter((l) => l.msg === 'request completed').length).toBeGreaterThanOrEqual(calls.length + 5);
    for (const line of requestLines) expect(typeof line.reqId === 'string' && line.reqId.length >= 8, JSON.stringify(line)).toBe(true);
    const rejected = env.logs.filter((l) => l.msg === 'request rejected');
    expect(rejected.length).toBeGreaterThan(0);
    for (const line of rejected) expect(line.reqId).toBeTruthy();

    const text = env.logs.map((l) => JSON.stringify(l)).join('\n');
    expect(text).not.toContain(DEMO_PASSWORD);
    expect(text).not.toContain(NEW_PASSWORD);
    expect(text).not.toContain('wrong-password');
    expect(text).not.toContain(token);
    expect(text).not.toContain(s.csrf);
    expect(text).not.toMatch(EMAIL);
    expect(text).not.toMatch(/Giulia|Bianchi|0165 300000/);
  });
});
