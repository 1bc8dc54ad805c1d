import pg from 'pg';

/**
 * A fingerprint of every table (as the owner, so RLS does not hide anything): row count and a
 * digest of the rows. Rejected requests must leave it unchanged. Sign-in failure counters are
 * left out (a refused sign-in is meant to count), and sessions are only counted because their
 * last-seen time moves on every authenticated request.
 */
const SKIP = new Set(['login_failure']);
const COUNT_ONLY = new Set(['user_session']);

export async function withOwner<T>(ownerUrl: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Ordinary tables and partitioned parents of the public schema (partitions are read through their parent). */
export async function publicTables(c: pg.Client): Promise<string[]> {
  const { rows } = await c.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind IN ('r','p') AND NOT c.relispartition ORDER BY 1`,
  );
  return rows.map((r) => r.name).filter((n) => !n.startsWith('_') && n !== 'schema_migrations');
}

export async function dbFingerprint(ownerUrl: string, where = 'true', skip: string[] = []): Promise<Record<string, string>> {
  return withOwner(ownerUrl, async (c) => {
    const out: Record<string, string> = {};
    for (const t of await publicTables(c)) {
      if (SKIP.has(t) || skip.includes(t)) continue;
      const digest = COUNT_ONLY.has(t) ? `''` : `coalesce(md5(string_agg(x::text, '|' ORDER BY x::text)), '')`;
      const cols = await c.query(`SELECT 1 FROM information_schema.columns WHERE table_schema='public' AND table_name=$1 AND column_name='tenant_id'`, [t]);
      const filter = cols.rowCount ? where : 'true';
      const { rows } = await c.query(`SELECT count(*)::text || ':' || ${digest} AS f FROM ${pg.escapeIdentifier(t)} x WHERE ${filter}`);
      out[t] = rows[0].f;
    }
    return out;
  });
}

/** The tables whose fingerprint differs, for a readable failure. */
export function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((t) => before[t] !== after[t]);
}

/** Actions of the audit events written after `since` (the count of events then). */
export async function auditActionsSince(ownerUrl: string, since: number): Promise<string[]> {
  return withOwner(ownerUrl, async (c) => {
    const { rows } = await c.query<{ action: string }>('SELECT action FROM audit_event ORDER BY occurred_at, seq OFFSET $1', [since]);
    return rows.map((r) => r.action);
  });
}

export async function auditCount(ownerUrl: string): Promise<number> {
  return withOwner(ownerUrl, async (c) => Number((await c.query('SELECT count(*) AS n FROM audit_event')).rows[0].n));
}
