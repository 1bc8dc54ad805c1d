import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { loginDemo, type Session } from '../../../test/sessions.js';
import { seedDemo } from '../../demo/seed-demo.js';
import { writeAudit } from '../../platform/audit/audit-writer.js';
import { withTenant } from '../../platform/db/database.js';
import { findTenant } from '../tenants/commands/create-tenant.js';

interface Item {
  seq: number;
  occurredAt: string;
  actor: { id: string | null; displayName: string | null };
  action: string;
  entity: string;
  entityId: string | null;
  diff: Record<string, unknown> | null;
}

let env: TestEnv;
let owner: pg.Client;
let aostaAdmin: Session;
let potenzaAdmin: Session;
let aostaId: string;
let potenzaId: string;

beforeAll(async () => {
  env = await createTestEnv();
  await seedDemo(env.platform.ctx);
  owner = new pg.Client({ connectionString: env.ownerUrl });
  await owner.connect();
  aostaId = (await findTenant(env.platform.ctx.db, 'aosta'))!.id;
  potenzaId = (await findTenant(env.platform.ctx.db, 'potenza'))!.id;
  aostaAdmin = await loginDemo(env.app, 'tenant_admin', 'aosta');
  potenzaAdmin = await loginDemo(env.app, 'tenant_admin', 'potenza');
});
afterAll(async () => {
  await owner?.end();
  await env?.close();
});

/** The demo admins' own locale is Italian, which wins over Accept-Language: ask with ?lang=. */
async function list(s: Session | null, query = '', lang = 'en') {
  const url = `/api/audit${query}${query ? '&' : '?'}lang=${lang}`;
  return env.app.inject({ method: 'GET', url, headers: s ? { cookie: s.cookie } : {} });
}

/** The tenant's events as the owner sees them, by seq. */
async function ownerEvents(tenantId: string): Promise<Map<number, { action: string; entityId: string | null }>> {
  const { rows } = await owner.query('SELECT seq::int AS seq, action, entity_id FROM audit_event WHERE tenant_id = $1', [tenantId]);
  return new Map(rows.map((r) => [r.seq, { action: r.action, entityId: r.entity_id }]));
}

describe('GET /api/audit', () => {
  it('shows a tenant admin the events of their own tenant only, newest first', async () => {
    const res = await list(aostaAdmin, '?limit=200');
    expect(res.statusCode).toBe(200);
    const items = res.json().items as Item[];
    const mine = await ownerEvents(aostaId);
    expect(items.length).toBe(Math.min(200, mine.size));
    for (const it of items) expect(mine.get(it.seq)).toEqual({ action: it.action, entityId: it.entityId });
    const seqs = items.map((i) => i.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    expect(items.some((i) => i.action === 'tenant.create' && i.entityId === aostaId)).toBe(true);
    expect(items.some((i) => i.entityId === potenzaId)).toBe(false);
    expect(res.body).not.toMatch(/prev_?hash|"hash"|tenantId/i);
  });

  it('pages with a keyset cursor without gaps or overlaps', async () => {
    const all = (await list(aostaAdmin, '?limit=200')).json().items as Item[];
    const seen: number[] = [];
    let cursor: number | null = null;
    do {
      const body: { items: Item[]; nextCursor: number | null } = (await list(aostaAdmin, `?limit=7${cursor ? `&before=${cursor}` : ''}`)).json();
      seen.push(...(body.items as Item[]).map((i) => i.seq));
      cursor = body.nextCursor;
    } while (cursor !== null);
    expect(seen).toEqual(all.map((i) => i.seq));
  });

  it('filters by actor, entity, action prefix and dates', async () => {
    const me = (await env.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: aostaAdmin.cookie } })).json();
    const created = await env.app.inject({
      method: 'POST',
      url: '/api/organisations',
      headers: aostaAdmin.headers,
      payload: { slug: 'audit-test-coop', name: 'Audit Test Coop', kind: 'cooperative' },
    });
    expect(created.statusCode).toBe(201);
    const orgId = created.json().id as string;

    const byActor = (await list(aostaAdmin, `?actorId=${me.id}`)).json().items as Item[];
    expect(byActor.length).toBeGreaterThan(0);
    expect(byActor.every((i) => i.actor.id === me.id)).toBe(true);
    const createEvent = byActor.find((i) => i.action === 'organisation.create' && i.entityId === orgId);
    expect(createEvent?.actor.displayName).toBe(me.displayName);
    expect(createEvent?.diff).toMatchObject({ slug: 'audit-test-coop' });

    const byEntity = (await list(aostaAdmin, `?entity=organisation&entityId=${orgId}`)).json().items as Item[];
    expect(byEntity.map((i) => i.action)).toEqual(['organisation.create']);

    const byAction = (await list(aostaAdmin, '?action=user.&limit=200')).json().items as Item[];
    expect(byAction.length).toBeGreaterThanOrEqual(8);
    expect(byAction.every((i) => i.action.startsWith('user.'))).toBe(true);
    // "_" and "%" are literal characters, not wildcards.
    expect((await list(aostaAdmin, '?action=%25')).json().items).toEqual([]);

    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    expect((await list(aostaAdmin, `?from=${day(2)}`)).json().items).toEqual([]);
    expect((await list(aostaAdmin, `?to=${day(-2)}`)).json().items).toEqual([]);
    const today = (await list(aostaAdmin, `?from=${day(-1)}&to=${day(1)}&entityId=${orgId}`)).json().items as Item[];
    expect(today).toHaveLength(1);
    const at = today[0]!.occurredAt;
    expect((await list(aostaAdmin, `?from=${encodeURIComponent(at)}&to=${encodeURIComponent(at)}&entityId=${orgId}`)).json().items).toHaveLength(1);
  });

  it('never returns another tenant’s events, whatever the filters', async () => {
    const aostaOrg = (await owner.query("SELECT id FROM organisation WHERE tenant_id = $1 AND slug = 'la-sorgente'", [aostaId])).rows[0].id;
    const aostaAdminId = (await owner.query("SELECT id FROM app_user WHERE email = 'tenant-admin@aosta.demo.approdo.it'")).rows[0].id;
    expect((await list(potenzaAdmin, `?entityId=${aostaOrg}`)).json().items).toEqual([]);
    expect((await list(potenzaAdmin, `?actorId=${aostaAdminId}`)).json().items).toEqual([]);
    expect((await list(potenzaAdmin, `?entityId=${aostaId}`)).json().items).toEqual([]);
    const items = (await list(potenzaAdmin, '?limit=200')).json().items as Item[];
    const theirs = await ownerEvents(potenzaId);
    expect(items.length).toBeGreaterThan(0);
    for (const it of items) expect(theirs.get(it.seq)).toEqual({ action: it.action, entityId: it.entityId });
  });

  it('answers 403 to roles without audit.read and 401 without a session', async () => {
    const frontDesk = await loginDemo(env.app, 'front_desk', 'aosta');
    const res = await list(frontDesk);
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('FORBIDDEN');
    expect((await env.app.inject({ method: 'GET', url: '/api/audit/actions', headers: { cookie: frontDesk.cookie } })).statusCode).toBe(403);
    expect((await list(null)).statusCode).toBe(401);
    const coordinator = await loginDemo(env.app, 'coordinator', 'aosta');
    expect((await list(coordinator)).statusCode).toBe(200);
  });

  it('rejects bad query parameters with a translated 400', async () => {
    for (const q of ['?limit=500', '?limit=0', '?actorId=not-a-uuid', '?from=yesterday', '?to=2026-13-45', '?before=-3', '?colour=red']) {
      const res = await list(aostaAdmin, q, 'en');
      expect(res.statusCode, q).toBe(400);
      const err = res.json().error;
      expect(err.code).toBe('VALIDATION_FAILED');
      expect(err.message).toBe('Some data is not valid: check the highlighted fields.');
      expect(err.fields.length).toBeGreaterThan(0);
    }
    const inItalian = (await list(aostaAdmin, '?limit=500', 'it')).json().error;
    expect(inItalian.message).toMatch(/^Alcuni dati non sono validi/);
    expect(inItalian.fields[0].path).toBe('querystring.limit');
    expect(inItalian.fields[0].message).toMatch(/200/);
  });
});

describe('GET /api/audit/actions', () => {
  it('lists the distinct action names of the own tenant', async () => {
    await withTenant(env.platform.ctx.db, aostaId, (tx) =>
      writeAudit(tx, { kind: 'system', tenantId: aostaId, label: 'test' }, { action: 'test.only_in_aosta', entity: 'tenant', entityId: aostaId }),
    );
    const aosta = await env.app.inject({ method: 'GET', url: '/api/audit/actions', headers: { cookie: aostaAdmin.cookie } });
    expect(aosta.statusCode).toBe(200);
    const names = aosta.json().items as string[];
    const expected = (await owner.query('SELECT DISTINCT action FROM audit_event WHERE tenant_id = $1', [aostaId])).rows.map((r) => r.action as string);
    expect([...names].sort()).toEqual(expected.sort());
    expect(names).toContain('test.only_in_aosta');
    const potenza = (await env.app.inject({ method: 'GET', url: '/api/audit/actions', headers: { cookie: potenzaAdmin.cookie } })).json().items;
    expect(potenza).toContain('tenant.create');
    expect(potenza).not.toContain('test.only_in_aosta');
  });
});
