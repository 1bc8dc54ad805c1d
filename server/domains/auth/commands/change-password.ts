import type { AppContext } from '../../../platform/context.js';
import type { Actor } from '../../../platform/authz/actor.js';
import { withTenant } from '../../../platform/db/database.js';
import { writeAudit } from '../../../platform/audit/audit-writer.js';
import { DomainError } from '../../../platform/errors.js';
import { sendNotice } from '../account-mail.js';
import { loadAccount, passwordContext } from '../account.queries.js';
import { checkPasswordPolicy, hashPassword, verifyPassword } from '../passwords.js';
import { expireResetTokens } from '../password-reset-tokens.js';
import { endAllSessions } from '../sessions.js';
import { assertNotThrottled, clearAccountFailures, recordFailure, throttleKeys } from '../throttle.js';

export interface ChangePasswordInput {
  currentPassword: string;
  newPassword: string;
  ip: string;
}

/**
 * Changes the signed-in user's password after checking the current one (ASVS 5.0 6.2.3). A wrong
 * current password counts as a failed sign-in, so this form cannot be used to guess it. On
 * success every session ends, the current one included: the user signs in again with the new
 * password, and a stolen session cannot outlive the change.
 */
export async function changePassword(ctx: AppContext, actor: Actor, input: ChangePasswordInput): Promise<void> {
  const requestId = actor.requestId ?? '';
  const keys = throttleKeys(actor.email, input.ip);
  await assertNotThrottled(ctx.db, ctx.log, keys, requestId);
  const outcome = await withTenant(ctx.db, actor.tenantId, async (tx) => {
    const account = await loadAccount(tx, actor.userId);
    if (!account) throw new DomainError('AUTH_REQUIRED');
    if (!(await verifyPassword(account.passwordHash, input.currentPassword))) {
      // Committed on purpose: the failed attempt belongs to the trail.
      await writeAudit(tx, actor, { action: 'auth.password_change_failed', entity: 'user', entityId: actor.userId });
      return null;
    }
    checkPasswordPolicy(input.newPassword, passwordContext(account));
    await tx
      .updateTable('appUser')
      .set({ passwordHash: await hashPassword(input.newPassword), passwordChangedAt: new Date(), updatedAt: new Date() })
      .where('id', '=', actor.userId)
      .execute();
    await expireResetTokens(tx, actor.userId);
    const sessionsEnded = await endAllSessions(tx, actor.tenantId, actor.userId);
    await writeAudit(tx, actor, { action: 'auth.password_changed', entity: 'user', entityId: actor.userId, diff: { sessionsEnded } });
    return account;
  });
  if (!outcome) {
    await recordFailure(ctx.db, keys);
    ctx.log.info({ event: 'auth.password_change_failed', requestId }, 'wrong current password');
    throw new DomainError('PASSWORD_WRONG_CURRENT');
  }
  await clearAccountFailures(ctx.db, keys[0]!);
  await sendNotice(ctx, outcome, 'password_changed');
}
