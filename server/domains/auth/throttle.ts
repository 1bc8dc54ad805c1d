import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import type { Db } from '../../platform/db/database.js';
import { DomainError } from '../../platform/errors.js';
import { errorHandler } from '../../platform/http/error-handler.js';

export const MAX_FAILURES = 10;
export const WINDOW_MINUTES = 15;

// Keys are hashed so that the table holds no e-mail addresses or client IPs.
export function throttleKeys(email: string, ip: string): Buffer[] {
  return [`account:${email.trim().toLowerCase()}`, `ip:${ip}`].map((k) => createHash('sha256').update(k).digest());
}

/** The per-account key alone (first of `throttleKeys`). */
export function accountThrottleKey(email: string): Buffer {
  return throttleKeys(email, '')[0]!;
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

/** Counts one event (a failed sign-in, or a reset request for `resetRequestKey`) against each key. */
export async function recordFailure(db: Db, keys: Buffer[]): Promise<void> {
  await db.insertInto('loginFailure').values(keys.map((keyHash) => ({ keyHash }))).execute();
  // Keep the table small: forget failures older than the window.
  await sql`DELETE FROM login_failure WHERE failed_at < now() - interval '1 day'`.execute(db);
}

export async function clearAccountFailures(db: Db, accountKey: Buffer): Promise<void> {
  await db.deleteFrom('loginFailure').where('keyHash', '=', accountKey).execute();
}

/** Key for counting password-reset requests from one client address (separate from sign-in failures). */
export function resetRequestKey(ip: string): Buffer {
  return createHash('sha256').update(`reset-ip:${ip}`).digest();
}

/**
 * Route-level error handler for throttled routes: adds `Retry-After` (RFC 9110) in seconds from
 * the minutes the refusal carries, then hands over to the platform handler for the body.
 */
export function retryAfterErrorHandler(err: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (err instanceof DomainError && (err.code === 'AUTH_THROTTLED' || err.code === 'RATE_LIMITED') && typeof err.params.minutes === 'number') {
    reply.header('retry-after', String(err.params.minutes * 60));
  }
  return errorHandler(err, request, reply);
}

/**
 * Refuses when any of `keys` is over the limit. The log line names the event and the request
 * only: no e-mail address, no client address (the keys themselves are hashes).
 */
export async function assertNotThrottled(
  db: Db,
  log: Logger,
  keys: Buffer[],
  requestId: string,
  code: 'AUTH_THROTTLED' | 'RATE_LIMITED' = 'AUTH_THROTTLED',
): Promise<void> {
  const wait = await throttledFor(db, keys);
  if (wait === null) return;
  log.warn({ event: 'auth.throttled', requestId, minutes: wait }, 'request throttled');
  throw new DomainError(code, { minutes: wait });
}
