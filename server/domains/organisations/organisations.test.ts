import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { loginDemo, type Session } from '../../../test/sessions.js';
import { seedDemo } from '../../demo/seed-demo.js';

let env: TestEnv;
let admin: Session;
let frontDesk: Session;
beforeAll(async () => {
  env = await createTestEnv();
  await seedDemo(env.platform.ctx);
  admin = await loginDemo(env.app, 'tenant_admin');
  frontDesk = await loginDemo(env.app, 'front_desk');
});
afterAll(() => env?.close());

async function auditCount(action: string): Promise<number> {
  const c = new pg.Client({ connectionString: env.ownerUrl });
  await c.connect();
  const r = await c.query('SELECT count(*)::int AS n FROM audit_event WHERE action = $1', [action]);
  await c.end();
  return r.rows[0].n;
}

describe('organisations', () => {
  it('lists the tenant organisations with the lead first', async () => {
    const res = await env.app.inject({ method: 'GET', url: '/api/organisations', headers: frontDesk.headers });
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { slug: string; isLead: boolean }[];
    expect(items.map((o) => o.slug).sort()).toEqual(['comune-aosta', 'enaip-vda', 'esprit-a-l-envers', 'indaco', 'la-libellula', 'la-sorgente']);
    expect(items[0]!.slug).toBe('la-sorgente');
  });

  it('reads one by id or by slug', async () => {
    const bySlug = await env.app.inject({ method: 'GET', url: '/api/organisations/comune-aosta', headers: frontDesk.headers });
    expect(bySlug.statusCode).toBe(200);
    const byId = await env.app.inject({ method: 'GET', url: `/api/organisations/${bySlug.json().id}`, headers: frontDesk.headers });
    expect(byId.json().name).toBe('Comune di Aosta');
  });

  it('lets a tenant admin create and edit, with an audit event in the same transaction', async () => {
    const before = await auditCount('organisation.create');
    const created = await env.app.inject({
      method: 'POST', url: '/api/organisations', headers: admin.headers,
      payload: { slug: 'caritas-aosta', name: 'Caritas diocesana di Aosta', kind: 'association', email: 'INFO@caritas.example.org' },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().email).toBe('info@caritas.example.org');
    expect(await auditCount('organisation.create')).toBe(before + 1);
    const patched = await env.app.inject({ method: 'PATCH', url: '/api/organisations/caritas-aosta', headers: admin.headers, payload: { phone: '+39 0165 000000' } });
    expect(patched.statusCode).toBe(200);
    expect(patched.json().phone).toBe('+39 0165 000000');
  });

  it('refuses a duplicate slug with 409 and writes nothing', async () => {
    const before = await auditCount('organisation.create');
    const dup = await env.app.inject({ method: 'POST', url: '/api/organisations', headers: admin.headers, payload: { slug: 'indaco', name: 'Indaco bis', kind: 'cooperative' } });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe('SLUG_TAKEN');
    expect(await auditCount('organisation.create')).toBe(before);
  });

  it('forbids management to roles without organisation.manage', async () => {
    const res = await env.app.inject({ method: 'POST', url: '/api/organisations', headers: frontDesk.headers, payload: { slug: 'x-org', name: 'X org', kind: 'other' } });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('FORBIDDEN');
  });

  it('answers 404 for an unknown id', async () => {
    const res = await env.app.inject({ method: 'GET', url: '/api/organisations/00000000-0000-4000-8000-000000000000', headers: frontDesk.headers });
    expect(res.statusCode).toBe(404);
  });
});
