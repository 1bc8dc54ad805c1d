import { CamelCasePlugin, Kysely, PostgresDialect, sql, type Transaction } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';

export type Db = Kysely<Database>;
export type Tx = Transaction<Database>;

// bigint (int8) as string is the pg default; keep it, but parse numeric counts where needed.
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
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), plugins: [new CamelCasePlugin()] });
  return { db, pool };
}

/**
 * Runs `fn` in one transaction bound to `tenantId`: RLS policies read the tenant from the
 * transaction-local setting, so nothing in `fn` can see or write another tenant's rows.
 */
export async function withTenant<T>(db: Db, tenantId: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction().execute(async (tx) => {
    await sql`SELECT set_config('app.tenant_id', ${tenantId}, true)`.execute(tx);
    return fn(tx);
  });
}

/** A transaction with no tenant bound: only non-tenant tables and SECURITY DEFINER look-ups work. */
export async function withoutTenant<T>(db: Db, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction().execute(fn);
}
