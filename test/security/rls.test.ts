import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../server/demo/seed-demo.js';
import { createTestEnv, type TestEnv } from '../harness.js';
import { loginDemo } from '../sessions.js';
import { tenantTables } from './tenant-fixtures.js';

// Tenant isolation checked in PostgreSQL itself, as the role the app runs as. Tables are found
// from the catalogue, so a table added by a later migration is covered without editing this file.

let env: TestEnv;
let owner: pg.Client;
let tables: string[];
let aosta: string;
let potenza: string;

beforeAll(async () => {
  env = await createTestEnv();
  await seedDemo(env.platform.ctx);
  // Sessions and audit events for both tenants, so that those tables have rows too.
  await loginDemo(env.app, 'front_desk', 'aosta');
  await loginDemo(env.app, 'front_desk', 'potenza');
  owner = new pg.Client({ connectionString: env.ownerUrl });
  await owner.connect();
  tables = await tenantTables(owner);
  const ids = (await owner.query<{ slug: string; id: string }>('SELECT slug, id FROM tenant')).rows;
  aosta = ids.find((t) => t.slug === 'aosta')!.id;
  potenza = ids.find((t) => t.slug === 'potenza')!.id;
}, 120_000);
afterAll(async () => {
  await owner?.end();
  await env?.close();
});

const q = (name: string) => pg.escapeIdentifier(name);
/** Tables whose policy also requires a parent row of the same tenant: [column, parent table]. */
const PARENT_FOLLOWING: Record<string, [string, string]> = { dir_address: ['location_id', 'dir_location'], dir_service_change: ['service_id', 'dir_service'] };

/** Runs `fn` as approdo_app, optionally bound to a tenant, and always rolls back. */
async function asApp<T>(tenant: string | null, fn: () => Promise<T>): Promise<T> {
  await owner.query('BEGIN');
  try {
    await owner.query('SET LOCAL ROLE approdo_app');
    // With the protection flag on, confidential directory rows (shelters) count too: this suite is
    // about tenants; the confidentiality policy has its own tests in the directory suites.
    if (tenant) await owner.query(`SELECT set_config('app.tenant_id', $1, true), set_config('app.protection_access', 'on', true)`, [tenant]);
    return await fn();
  } finally {
    await owner.query('ROLLBACK');
  }
}

/** The SQLSTATE a statement fails with inside a savepoint, or null when it succeeds. */
async function failure(sql: string, params: unknown[] = []): Promise<string | null> {
  await owner.query('SAVEPOINT attempt');
  try {
    await owner.query(sql, params);
    await owner.query('RELEASE SAVEPOINT attempt');
    return null;
  } catch (err) {
    await owner.query('ROLLBACK TO SAVEPOINT attempt');
    return (err as { code?: string }).code ?? 'unknown';
  }
}

describe('row-level security as approdo_app', () => {
  it('finds the tenant-owned tables and both tenants have rows in the main ones', async () => {
    expect(tables).toEqual(expect.arrayContaining(['organisation', 'app_user', 'user_role', 'user_session', 'audit_event']));
    for (const t of ['organisation', 'app_user', 'user_session', 'audit_event']) {
      const { rows } = await owner.query(`SELECT count(DISTINCT tenant_id)::int AS n FROM ${q(t)}`);
      expect(rows[0].n, t).toBe(2);
    }
  });

  it('bound to aosta, sees exactly aosta’s rows and none of potenza’s in every tenant table', async () => {
    const expected = new Map<string, number>();
    for (const t of tables) {
      expected.set(t, (await owner.query(`SELECT count(*)::int AS n FROM ${q(t)} WHERE tenant_id = $1`, [aosta])).rows[0].n);
    }
    await asApp(aosta, async () => {
      for (const t of tables) {
        const { rows } = await owner.query(`SELECT count(*) FILTER (WHERE tenant_id = $1)::int AS other, count(*)::int AS seen FROM ${q(t)}`, [potenza]);
        expect(rows[0].other, t).toBe(0);
        expect(rows[0].seen, t).toBe(expected.get(t));
      }
    });
    expect(expected.get('organisation')).toBeGreaterThan(0);
  });

  it('with no tenant bound, every tenant table is empty', async () => {
    await asApp(null, async () => {
      for (const t of tables) {
        const { rows } = await owner.query(`SELECT count(*)::int AS n FROM ${q(t)}`);
        expect(rows[0].n, t).toBe(0);
      }
    });
  });

  it('cannot insert, move or touch a row of potenza while bound to aosta', async () => {
    let inserts = 0;
    for (const t of tables) {
      const sample = (await owner.query(`SELECT row_to_json(x) AS r FROM ${q(t)} x ORDER BY tenant_id = $1 DESC LIMIT 1`, [potenza])).rows[0]?.r;
      const own = (await owner.query(`SELECT count(*)::int AS n FROM ${q(t)} WHERE tenant_id = $1`, [aosta])).rows[0].n as number;
      await asApp(aosta, async () => {
        if (sample) {
          const row = { ...sample, tenant_id: potenza, ...('id' in sample ? { id: randomUUID() } : {}) };
          // Generated columns (the directory's search text) cannot be written: name the others.
          const cols = (await owner.query(`SELECT string_agg(quote_ident(attname), ', ' ORDER BY attnum) AS c FROM pg_attribute
            WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = ''`, [t])).rows[0].c as string;
          const insert = `INSERT INTO ${q(t)} (${cols}) SELECT ${cols} FROM json_populate_record(NULL::${q(t)}, $1)`;
          expect(await failure(insert, [JSON.stringify(row)]), `insert into ${t}`).toBe('42501');
          // The same row for aosta is not refused by RLS (it may break a key), so the 42501 above came from the policy.
          const mayInsert = (await owner.query(`SELECT has_table_privilege('approdo_app', $1, 'INSERT') AS ok`, [t])).rows[0].ok;
          // A row whose policy follows its parent (an address its location) needs a parent of aosta's.
          const parent = PARENT_FOLLOWING[t];
          const parentId = parent ? (await owner.query(`SELECT id FROM ${q(parent[1])} WHERE tenant_id = $1 LIMIT 1`, [aosta])).rows[0]?.id : undefined;
          const control = { ...row, tenant_id: aosta, ...(parent && parentId ? { [parent[0]]: parentId } : {}) };
          if (mayInsert && (!parent || parentId)) expect(await failure(insert, [JSON.stringify(control)]), `control insert into ${t}`).not.toBe('42501');
          inserts++;
        }
        if (own > 0) {
          expect(await failure(`UPDATE ${q(t)} SET tenant_id = $1 WHERE tenant_id = $2`, [potenza, aosta]), `move rows of ${t}`).toBe('42501');
        }
        const upd = await failure(`UPDATE ${q(t)} SET tenant_id = tenant_id WHERE tenant_id = $1`, [potenza]);
        if (upd === null) {
          const { rowCount } = await owner.query(`UPDATE ${q(t)} SET tenant_id = tenant_id WHERE tenant_id = $1`, [potenza]);
          expect(rowCount, `update potenza rows of ${t}`).toBe(0);
        } else expect(upd, t).toBe('42501');
        const del = await failure(`DELETE FROM ${q(t)} WHERE tenant_id = $1`, [potenza]);
        if (del !== null) expect(del, t).toBe('42501');
      });
    }
    const after = (await owner.query('SELECT count(*)::int AS n FROM app_user WHERE tenant_id = $1', [potenza])).rows[0].n;
    expect(after).toBeGreaterThan(0);
    expect(inserts).toBeGreaterThanOrEqual(5);
  });

  it('cannot append to potenza’s audit trail while bound to aosta', async () => {
    await asApp(aosta, async () => {
      const code = await failure(`SELECT audit_append($1::uuid, NULL, NULL, 'x.forged', 'x', NULL, NULL, NULL)`, [potenza]);
      expect(code).toBe('42501');
    });
  });
});

describe('catalogue', () => {
  it('approdo_app is an ordinary role: no superuser, no BYPASSRLS, owns nothing', async () => {
    const role = (await owner.query(`SELECT rolsuper, rolbypassrls, rolcreaterole, rolcreatedb, oid FROM pg_roles WHERE rolname = 'approdo_app'`)).rows[0];
    expect(role).toMatchObject({ rolsuper: false, rolbypassrls: false, rolcreaterole: false, rolcreatedb: false });
    const owned = await owner.query(`SELECT relname FROM pg_class WHERE relowner = $1`, [role.oid]);
    expect(owned.rows).toEqual([]);
    const functions = await owner.query(`SELECT proname FROM pg_proc WHERE proowner = $1`, [role.oid]);
    expect(functions.rows).toEqual([]);
  });

  it('every table with tenant_id has RLS on and a policy; partitions are out of the app role’s reach', async () => {
    const { rows } = await owner.query<{ name: string; rls: boolean; partition: boolean; policies: number; reachable: boolean }>(`
      SELECT c.relname AS name, c.relrowsecurity AS rls, c.relispartition AS partition,
        (SELECT count(*)::int FROM pg_policies p WHERE p.schemaname = 'public' AND p.tablename = c.relname) AS policies,
        has_table_privilege('approdo_app', c.oid, 'SELECT, INSERT, UPDATE, DELETE') AS reachable
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r','p')
        AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped)`);
    expect(rows.length).toBeGreaterThanOrEqual(tables.length);
    for (const r of rows) {
      if (r.partition && !r.reachable) continue; // read only through its parent, whose policy applies
      expect(r.rls, r.name).toBe(true);
      expect(r.policies, r.name).toBeGreaterThan(0);
    }
  });

  it('every SECURITY DEFINER function pins its search_path', async () => {
    const { rows } = await owner.query<{ name: string; config: string[] | null }>(`
      SELECT p.proname AS name, p.proconfig AS config FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
      WHERE n.nspname = 'public' AND p.prosecdef`);
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect((r.config ?? []).some((c) => c.startsWith('search_path=')), r.name).toBe(true);
  });
});
