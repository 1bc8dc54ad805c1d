import { CamelCasePlugin, Kysely, PostgresDialect, sql, type Transaction } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';

export type Db = Kysely<Database>;
export type Tx = Transaction<Database>;

// `date` columns stay 'YYYY-MM-DD' strings: a JS Date would shift them across time zones.
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);

/**
 * Opens the application pool. Every connection runs as the non-owner role `approdo_app`, so
 * row-level security applies to every query the app makes, whatever login the URL names.
 */
export function openAppDatabase(url: string, poolSize: number): { db: Db; pool: pg.Pool } {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    options: '-c role=approdo_app -c statement_timeout=30000 -c idle_in_transaction_session_timeout=60000',
    application_name: 'approdo',
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), plugins: [new CamelCasePlugin({ underscoreBeforeDigits: true })] });
  return { db, pool };
}

/**
 * Runs `fn` in one transaction bound to `tenantId`: RLS policies read the tenant from the
 * transaction-local setting, so nothing in `fn` can see or write another tenant's rows.
 */
export async function withTenant<T>(
  db: Db,
  tenantId: string,
  fn: (tx: Tx) => Promise<T>,
  opts: { protectionAccess?: boolean } = {},
): Promise<T> {
  return db.transaction().execute(async (tx) => {
    // Confidential directory rows (shelters) are visible only when the caller holds the
    // protection permission: the RLS policies read this flag (migration 0005).
    await sql`SELECT set_config('app.tenant_id', ${tenantId}, true), set_config('app.protection_access', ${opts.protectionAccess ? 'on' : 'off'}, true)`.execute(tx);
    return fn(tx);
  });
}

/** A transaction with no tenant bound: only non-tenant tables and SECURITY DEFINER look-ups work. */
export async function withoutTenant<T>(db: Db, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction().execute(fn);
}
