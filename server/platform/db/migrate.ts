import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../db/migrations');
// Serialises concurrent migrators (several app instances starting at once).
const LOCK_KEY = 7_310_422_001;

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export function listMigrations(): MigrationFile[] {
  return readdirSync(MIGRATIONS_DIR)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(MIGRATIONS_DIR, name), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

/** Applies pending SQL migrations, each in its own transaction, as the database owner. */
export async function migrate(ownerUrl: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  const applied: string[] = [];
  try {
    await client.query('SELECT pg_advisory_lock($1)', [LOCK_KEY]);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migration (
      name text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const done = new Map(
      (await client.query<{ name: string; checksum: string }>('SELECT name, checksum FROM schema_migration')).rows.map(
        (r) => [r.name, r.checksum],
      ),
    );
    for (const m of listMigrations()) {
      const prior = done.get(m.name);
      if (prior) {
        if (prior !== m.checksum) throw new Error(`Migration ${m.name} was changed after it was applied`);
        continue;
      }
      await client.query('BEGIN');
      try {
        await client.query(m.sql);
        await client.query('INSERT INTO schema_migration (name, checksum) VALUES ($1, $2)', [m.name, m.checksum]);
        await client.query('COMMIT');
        applied.push(m.name);
      } catch (err) {
        await client.query('ROLLBACK');
        throw new Error(`Migration ${m.name} failed: ${(err as Error).message}`);
      }
    }
    // Keep next months' audit partitions ready; cheap when they exist.
    await client.query('SELECT audit_ensure_partitions(12)');
    // /readyz, run as the app role, compares applied migrations with the shipped ones.
    await client.query('GRANT SELECT ON schema_migration TO approdo_app');
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [LOCK_KEY]).catch(() => {});
    await client.end();
  }
  return applied;
}

/** Names of migrations shipped with the code but not applied to the database. */
export async function pendingMigrations(query: (sql: string) => Promise<{ rows: { name: string }[] }>) {
  const rows = await query('SELECT name FROM schema_migration').catch(() => ({ rows: [] as { name: string }[] }));
  const applied = new Set(rows.rows.map((r) => r.name));
  return listMigrations()
    .map((m) => m.name)
    .filter((n) => !applied.has(n));
}
