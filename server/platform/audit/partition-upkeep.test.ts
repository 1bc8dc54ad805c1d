import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import pg from 'pg';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';

let env: TestEnv;
let owner: pg.Client;
beforeAll(async () => {
  env = await createTestEnv();
  owner = new pg.Client({ connectionString: env.ownerUrl });
  await owner.connect();
});
afterAll(async () => {
  await owner?.end();
  await env?.close();
});

describe('audit partition upkeep', () => {
  it('keeps a year of monthly partitions ready', async () => {
    const { rows } = await owner.query(`SELECT count(*)::int AS n FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
      WHERE i.inhparent = 'audit_event'::regclass AND c.relname ~ '^audit_event_[0-9]{6}$'`);
    expect(rows[0].n).toBeGreaterThanOrEqual(13);
  });

  it('moves rows that fell into the default partition into their month, run as the app role', async () => {
    const m = await owner.query(`SELECT to_char(date_trunc('month', now()) + interval '12 months', 'YYYYMM') AS name,
      (date_trunc('month', now()) + interval '12 months' + interval '3 days') AS at`);
    const { name, at } = m.rows[0];
    await owner.query(`DROP TABLE audit_event_${name}`);
    const tenant = await owner.query(`INSERT INTO tenant (slug, name) VALUES ('upkeep', 'Upkeep test') RETURNING id`);
    await owner.query(
      `INSERT INTO audit_event (tenant_id, seq, occurred_at, action, entity, prev_hash, hash) VALUES ($1, 1, $2, 'x.test', 'x', '\\x00', '\\x00')`,
      [tenant.rows[0].id, at],
    );
    expect((await owner.query('SELECT count(*)::int AS n FROM audit_event_default')).rows[0].n).toBe(1);
    const created = await sql<{ n: number }>`SELECT audit_ensure_partitions(12) AS n`.execute(env.platform.ctx.db);
    expect(created.rows[0]!.n).toBe(1);
    expect((await owner.query('SELECT count(*)::int AS n FROM audit_event_default')).rows[0].n).toBe(0);
    expect((await owner.query(`SELECT count(*)::int AS n FROM audit_event_${name}`)).rows[0].n).toBe(1);
    // Idempotent.
    const again = await sql<{ n: number }>`SELECT audit_ensure_partitions(12) AS n`.execute(env.platform.ctx.db);
    expect(again.rows[0]!.n).toBe(0);
  });
});
