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

const get = (url: string, s: Session) => env.app.inject({ method: 'GET', url, headers: s.headers });

describe('teams and tenant settings', () => {
  it('an admin builds a team of one organisation; members of other organisations are refused', async () => {
    const sorgente = (await get('/api/organisations/la-sorgente', admin)).json();
    const users = (await get(`/api/users?organisationId=${sorgente.id}`, admin)).json().items as { id: string }[];
    const created = await env.app.inject({ method: 'POST', url: '/api/teams', headers: admin.headers, payload: { organisationId: sorgente.id, name: 'Équipe co-housing' } });
    expect(created.statusCode).toBe(201);
    const team = created.json();
    const set = await env.app.inject({ method: 'PUT', url: `/api/teams/${team.id}/members`, headers: admin.headers, payload: { userIds: users.map((u) => u.id) } });
    expect(set.statusCode).toBe(200);
    expect(set.json().memberIds).toHaveLength(users.length);
    const outsider = (await get('/api/users?role=analyst', admin)).json().items[0].id;
    const bad = await env.app.inject({ method: 'PUT', url: `/api/teams/${team.id}/members`, headers: admin.headers, payload: { userIds: [outsider] } });
    expect(bad.statusCode).toBe(400);
    expect((await get(`/api/teams/${team.id}`, admin)).json().memberIds).toHaveLength(users.length);
    // The case worker (La Sorgente) sees the team; a team membership widens their actor.teamIds.
    expect((await get('/api/teams', caseWorker)).json().items.map((t: { id: string }) => t.id)).toEqual([team.id]);
    const denied = await env.app.inject({ method: 'POST', url: '/api/teams', headers: caseWorker.headers, payload: { organisationId: sorgente.id, name: 'Nope' } });
    expect(denied.statusCode).toBe(403);
  });

  it('tenant admin edits the tenant settings; others cannot', async () => {
    const before = (await get('/api/tenant', caseWorker)).json();
    expect(before.slug).toBe('aosta');
    const res = await env.app.inject({
      method: 'PATCH', url: '/api/tenant', headers: admin.headers,
      payload: { settings: { languages: ['it', 'fr', 'en', 'ar'], fundingStreams: [{ code: 'FAMI-2027', name: 'FAMI 2021-2027' }] } },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().settings.fundingStreams).toEqual([{ code: 'FAMI-2027', name: 'FAMI 2021-2027' }]);
    expect(res.json().settings.demo).toBe(true);
    const denied = await env.app.inject({ method: 'PATCH', url: '/api/tenant', headers: caseWorker.headers, payload: { name: 'Hijack' } });
    expect(denied.statusCode).toBe(403);
    const bad = await env.app.inject({ method: 'PATCH', url: '/api/tenant', headers: admin.headers, payload: { settings: { languages: ['xx'] } } });
    expect(bad.statusCode).toBe(400);
  });
});
