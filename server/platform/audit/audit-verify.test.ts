import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { createOrganisation } from '../../domains/organisations/commands/create-organisation.js';
import { createTenant } from '../../domains/tenants/commands/create-tenant.js';
import { seedDemo } from '../../demo/seed-demo.js';
import { withTenant } from '../db/database.js';
import { writeAudit } from './audit-writer.js';
import { verifyAuditChain } from './audit-verify.js';

let env: TestEnv;
let owner: pg.Client;
beforeAll(async () => {
  env = await createTestEnv();
  await seedDemo(env.platform.ctx);
  owner = new pg.Client({ connectionString: env.ownerUrl });
  await owner.connect();
});
afterAll(async () => {
  await owner?.end();
  await env?.close();
});

let counter = 0;
/** A tenant of its own with `orgs + 1` audit events (tenant.create, then one per organisation). */
async function tenantWithEvents(orgs: number): Promise<string> {
  const db = env.platform.ctx.db;
  const tenant = await createTenant(db, { slug: `verify-${++counter}`, name: `Verify ${counter}`, settings: {} }, 'test');
  await withTenant(db, tenant.id, async (tx) => {
    const actor = { kind: 'system' as const, tenantId: tenant.id, label: 'test' };
    for (let i = 1; i <= orgs; i++) {
      await createOrganisation(tx, actor, { slug: `org-${i}`, name: `Organisation ${i}`, kind: 'association', isLead: false });
    }
  });
  return tenant.id;
}

async function verifyOne(tenantId: string, batchSize?: number) {
  const [report] = await verifyAuditChain(env.platform.ctx.db, tenantId, batchSize ? { batchSize } : {});
  expect(report).toBeDefined();
  return report!;
}

describe('verifyAuditChain', () => {
  it('verifies every clean chain, reading in several batches', async () => {
    const reports = await verifyAuditChain(env.platform.ctx.db, undefined, { batchSize: 7 });
    expect(reports.map((r) => r.tenant.slug).sort()).toEqual(['aosta', 'potenza']);
    for (const r of reports) {
      const { rows } = await owner.query('SELECT count(*)::int AS n, max(seq)::int AS m FROM audit_event WHERE tenant_id = $1', [r.tenant.id]);
      expect(r.events).toBe(rows[0].n);
      expect(r.events).toBeGreaterThan(7);
      expect(r.ok).toBe(true);
      expect(r.problems).toEqual([]);
      const head = await owner.query("SELECT encode(last_hash, 'hex') AS h, last_seq::int AS s FROM audit_chain WHERE tenant_id = $1", [r.tenant.id]);
      expect(r.lastHash).toBe(head.rows[0].h);
      expect(head.rows[0].s).toBe(rows[0].m);
    }
  });

  it('detects a row whose diff was changed through the owner connection', async () => {
    const tenantId = await tenantWithEvents(4);
    expect((await verifyOne(tenantId)).ok).toBe(true);
    await owner.query(`UPDATE audit_event SET diff = jsonb_set(diff, '{name}', '"Forged"') WHERE tenant_id = $1 AND seq = 3`, [tenantId]);
    const report = await verifyOne(tenantId, 2);
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([{ seq: 3, kind: 'altered' }]);
  });

  it('detects a re-hashed row through the broken link to the next one', async () => {
    const tenantId = await tenantWithEvents(4);
    // A forger with owner access rewrites a row and recomputes its own hash.
    await owner.query(`UPDATE audit_event SET diff = '{"name":"Forged"}'::jsonb WHERE tenant_id = $1 AND seq = 2`, [tenantId]);
    await owner.query(`UPDATE audit_event e SET hash = sha256(e.prev_hash || convert_to(audit_canonical(e), 'UTF8')) WHERE tenant_id = $1 AND seq = 2`, [tenantId]);
    const report = await verifyOne(tenantId);
    expect(report.problems).toEqual([{ seq: 3, kind: 'broken_link' }]);
  });

  it('detects a deleted row in the middle', async () => {
    const tenantId = await tenantWithEvents(5);
    await owner.query('DELETE FROM audit_event WHERE tenant_id = $1 AND seq = 3', [tenantId]);
    const report = await verifyOne(tenantId, 2);
    expect(report.ok).toBe(false);
    expect(report.events).toBe(5);
    expect(report.problems).toEqual([{ seq: 3, kind: 'missing' }]);
  });

  it('detects deleted rows at the tail', async () => {
    const tenantId = await tenantWithEvents(5);
    await owner.query('DELETE FROM audit_event WHERE tenant_id = $1 AND seq >= 5', [tenantId]);
    const report = await verifyOne(tenantId);
    expect(report.ok).toBe(false);
    expect(report.events).toBe(4);
    expect(report.problems).toEqual([
      { seq: 5, kind: 'tail_missing' },
      { seq: 6, kind: 'tail_missing' },
    ]);
  });

  it('detects a row inserted with a seq that already exists', async () => {
    const tenantId = await tenantWithEvents(2);
    await owner.query(
      `INSERT INTO audit_event SELECT tenant_id, seq, occurred_at + interval '1 second', actor_user_id, actor_org_id, action, entity, entity_id,
         request_id, diff, prev_hash, hash FROM audit_event WHERE tenant_id = $1 AND seq = 2`,
      [tenantId],
    );
    const report = await verifyOne(tenantId, 1);
    expect(report.problems.map((p) => p.kind)).toContain('duplicate');
    expect(report.problems.every((p) => p.seq === 2)).toBe(true);
  });
});

describe('audit trail protections for the app role', () => {
  it('the app role can neither update nor delete nor insert events', async () => {
    const tenantId = await tenantWithEvents(1);
    const db = env.platform.ctx.db;
    await expect(withTenant(db, tenantId, (tx) => sql`UPDATE audit_event SET diff = '{}'::jsonb WHERE seq = 1`.execute(tx))).rejects.toThrow(/permission denied/);
    await expect(withTenant(db, tenantId, (tx) => sql`DELETE FROM audit_event WHERE seq = 1`.execute(tx))).rejects.toThrow(/permission denied/);
    await expect(withTenant(db, tenantId, (tx) => sql`UPDATE audit_chain SET last_seq = 0`.execute(tx))).rejects.toThrow(/permission denied/);
    await expect(
      withTenant(db, tenantId, (tx) =>
        sql`INSERT INTO audit_event (tenant_id, seq, action, entity, prev_hash, hash) VALUES (${tenantId}::uuid, 99, 'x', 'x', '\\x00', '\\x00')`.execute(tx),
      ),
    ).rejects.toThrow(/permission denied/);
    expect((await verifyOne(tenantId)).ok).toBe(true);
  });

  it('the app role cannot append to another tenant’s trail', async () => {
    const mine = await tenantWithEvents(1);
    const other = await tenantWithEvents(1);
    const before = await owner.query('SELECT last_seq::int AS s FROM audit_chain WHERE tenant_id = $1', [other]);
    await expect(
      withTenant(env.platform.ctx.db, mine, (tx) =>
        sql`SELECT audit_append(${other}::uuid, NULL, NULL, 'forged.action', 'tenant', NULL, NULL, NULL)`.execute(tx),
      ),
    ).rejects.toThrow(/tenant mismatch/);
    const after = await owner.query('SELECT last_seq::int AS s FROM audit_chain WHERE tenant_id = $1', [other]);
    expect(after.rows[0].s).toBe(before.rows[0].s);
  });

  it('an event written in a rolled-back transaction leaves no trace', async () => {
    const tenantId = await tenantWithEvents(1);
    const db = env.platform.ctx.db;
    await expect(
      withTenant(db, tenantId, async (tx) => {
        await writeAudit(tx, { kind: 'system', tenantId, label: 'test' }, { action: 'test.rolled_back', entity: 'tenant', entityId: tenantId });
        throw new Error('business rule failed after the audit write');
      }),
    ).rejects.toThrow(/business rule failed/);
    const { rows } = await owner.query("SELECT count(*)::int AS n FROM audit_event WHERE tenant_id = $1 AND action = 'test.rolled_back'", [tenantId]);
    expect(rows[0].n).toBe(0);
    const report = await verifyOne(tenantId);
    expect(report.ok).toBe(true);
    expect(report.events).toBe(2);
  });
});
