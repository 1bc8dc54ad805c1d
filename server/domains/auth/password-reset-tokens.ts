import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { Tx } from '../../platform/db/database.js';
import { hashToken } from '../../platform/http/session.js';

/** A reset link asked for by the user lives 30 minutes; a first set-password link from an admin 24 hours. */
export const RESET_TTL_MINUTES = 30;
export const SETUP_TTL_MINUTES = 24 * 60;
/** At most this many links per account per window, whoever asks: the form cannot be used to flood a mailbox. */
export const MAX_LINKS_PER_WINDOW = 3;
export const LINK_WINDOW_MINUTES = 15;

/** How many links were issued for the user in the current window. */
export async function recentLinkCount(tx: Tx, userId: string): Promise<number> {
  const row = await tx
    .selectFrom('passwordReset')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('userId', '=', userId)
    .where('createdAt', '>', sql<Date>`now() - make_interval(mins => ${LINK_WINDOW_MINUTES})`)
    .executeTakeFirstOrThrow();
  return row.n;
}

/**
 * A new one-time token (256 random bits). Only its SHA-256 is stored, so a copy of the database
 * cannot be turned into working links. Old rows of the user are pruned on the way.
 */
export async function issueResetToken(tx: Tx, tenantId: string, userId: string, ttlMinutes: number): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await tx
    .deleteFrom('passwordReset')
    .where('userId', '=', userId)
    .where('createdAt', '<', sql<Date>`now() - interval '2 days'`)
    .execute();
  await tx
    .insertInto('passwordReset')
    .values({ tenantId, userId, tokenHash: hashToken(token), expiresAt: sql<Date>`now() + make_interval(mins => ${ttlMinutes})` })
    .execute();
  return token;
}

/** Spends every outstanding link of the user (after any password change, old links must not work). */
export async function expireResetTokens(tx: Tx, userId: string): Promise<void> {
  await tx.updateTable('passwordReset').set({ usedAt: new Date() }).where('userId', '=', userId).where('usedAt', 'is', null).execute();
}
