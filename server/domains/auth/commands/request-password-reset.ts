import { sql } from 'kysely';
import type { AppContext } from '../../../platform/context.js';
import { withTenant } from '../../../platform/db/database.js';
import { writeAudit } from '../../../platform/audit/audit-writer.js';
import { resetLink, sendAccountMail } from '../account-mail.js';
import { loadAccount } from '../account.queries.js';
import { issueResetToken, MAX_LINKS_PER_WINDOW, recentLinkCount, RESET_TTL_MINUTES } from '../password-reset-tokens.js';
import { assertNotThrottled, recordFailure, resetRequestKey } from '../throttle.js';

export interface ResetRequest {
  email: string;
  ip: string;
  requestId: string;
}

/**
 * "Forgot password". Answers the same way whether or not the address has an account
 * (ASVS 5.0 6.3.8): the lookup and token are quick, and the mail itself is sent after the answer,
 * so neither the response nor its timing tells an attacker who is registered. At most three
 * links per account per 15 minutes, and ten requests per client address.
 *
 * Returns the pending delivery (already handled: it never rejects) so callers may await it.
 */
export async function requestPasswordReset(ctx: AppContext, input: ResetRequest): Promise<{ delivery: Promise<void> }> {
  const ipKey = resetRequestKey(input.ip);
  await assertNotThrottled(ctx.db, ctx.log, [ipKey], input.requestId, 'RATE_LIMITED');
  await recordFailure(ctx.db, [ipKey]);

  const found = (await sql<{ tenantId: string; userId: string }>`SELECT * FROM auth_find_user_by_email(${input.email})`.execute(ctx.db)).rows[0];
  if (!found) return { delivery: Promise.resolve() };
  const issued = await withTenant(ctx.db, found.tenantId, async (tx) => {
    const account = await loadAccount(tx, found.userId);
    if (!account || account.status !== 'active') return null;
    const system = { kind: 'system' as const, tenantId: found.tenantId, label: 'auth', requestId: input.requestId };
    if ((await recentLinkCount(tx, account.id)) >= MAX_LINKS_PER_WINDOW) {
      await writeAudit(tx, system, { action: 'auth.password_reset_limited', entity: 'user', entityId: account.id });
      return null;
    }
    const token = await issueResetToken(tx, found.tenantId, account.id, RESET_TTL_MINUTES);
    await writeAudit(tx, system, { action: 'auth.password_reset_requested', entity: 'user', entityId: account.id, diff: { expiresInMinutes: RESET_TTL_MINUTES } });
    return { account, token };
  });
  if (!issued) return { delivery: Promise.resolve() };
  const delivery = sendAccountMail(ctx, issued.account, 'reset', { link: resetLink(ctx.config, issued.token) }).catch(() => undefined);
  return { delivery };
}
