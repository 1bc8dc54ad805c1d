import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../../platform/db/database.js';

export const MAX_FAILURES = 10;
export const WINDOW_MINUTES = 15;

// Keys are hashed so that the table holds no e-mail addresses or client IPs.
export function throttleKeys(email: string, ip: string): Buffer[] {
  return [`account:${email.trim().toLowerCase()}`, `ip:${ip}`].map((k) => createHash('sha256').update(k).digest());
}

/** Minutes until the oldest counted failure leaves the window, if any key is over the limit. */
export async function throttledFor(db: Db, keys: Buffer[]): Promise<number | null> {
  const { rows } = await sql<{ n: number; oldest: Date }>`
    SELECT count(*)::int AS n, min(failed_at) AS oldest FROM login_failure
    WHERE key_hash = ANY(${keys}) AND failed_at > now() - make_interval(mins => ${WINDOW_MINUTES})
    GROUP BY key_hash ORDER BY n DESC LIMIT 1`.execute(db);
  const top = rows[0];
  if (!top || top.n < MAX_FAILURES) return null;
  const ms = top.oldest.getTime() + WINDOW_MINUTES * 60_000 - Date.now();
  return Math.max(1, Math.ceil(ms / 60_000));
}

export async function recordFailure(db: Db, keys: Buffer[]): Promise<void> {
  await db.insertInto('loginFailure').values(keys.map((keyHash) => ({ keyHash }))).execute();
  // Keep the table small: forget failures older than the window.
  await sql`DELETE FROM login_failure WHERE failed_at < now() - interval '1 day'`.execute(db);
}

export async function clearAccountFailures(db: Db, accountKey: Buffer): Promise<void> {
  await db.deleteFrom('loginFailure').where('keyHash', '=', accountKey).execute();
}
