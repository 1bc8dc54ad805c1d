import { sql } from 'kysely';
import type { AppContext } from '../../../platform/context.js';
import { withTenant } from '../../../platform/db/database.js';
import { writeAudit } from '../../../platform/audit/audit-writer.js';
import { DomainError } from '../../../platform/errors.js';
import { hashToken } from '../../../platform/http/session.js';
import { sendNotice } from '../account-mail.js';
import { accountActor, loadAccount, passwordContext } from '../account.queries.js';
import { checkPasswordPolicy, hashPassword } from '../passwords.js';
import { expireResetTokens } from '../password-reset-tokens.js';
import { endAllSessions } from '../sessions.js';
import { accountThrottleKey, clearAccountFailures } from '../throttle.js';

const invalid = () => new DomainError('RESET_TOKEN_INVALID');

/**
 * Completes a reset (or a first set-password) link: checks the token is unused and unexpired,
 * applies the password rules, spends every outstanding link, ends every session and tells the
 * user by mail. The second factor is untouched: a reset link never bypasses MFA (ASVS 5.0 6.4.3).
 * A password the rules refuse leaves the token usable, so the user can try another.
 */
export async function resetPassword(ctx: AppContext, input: { token: string; password: string; requestId: string }): Promise<void> {
  const found = (
    await sql<{ tenantId: string; resetId: string }>`SELECT * FROM auth_find_password_reset(${hashToken(input.token)})`.execute(ctx.db)
  ).rows[0];
  if (!found) throw invalid();
  const account = await withTenant(ctx.db, found.tenantId, async (tx) => {
    const reset = await tx
      .selectFrom('passwordReset')
      .select(['userId', 'usedAt', sql<boolean>`expires_at > now()`.as('live')])
      .where('id', '=', found.resetId)
      .forUpdate()
      .executeTakeFirst();
    if (!reset || reset.usedAt || !reset.live) throw invalid();
    const a = await loadAccount(tx, reset.userId);
    if (!a || a.status !== 'active') throw invalid();
    checkPasswordPolicy(input.password, passwordContext(a));
    await tx
      .updateTable('appUser')
      .set({ passwordHash: await hashPassword(input.password), passwordChangedAt: new Date(), updatedAt: new Date() })
      .where('id', '=', a.id)
      .execute();
    await expireResetTokens(tx, a.id);
    const sessionsEnded = await endAllSessions(tx, a.tenantId, a.id);
    await writeAudit(tx, accountActor(a, input.requestId), {
      action: 'auth.password_reset',
      entity: 'user',
      entityId: a.id,
      diff: { firstPassword: a.passwordHash === null, sessionsEnded },
    });
    return a;
  });
  // The owner of the mailbox proved themselves: earlier failed attempts no longer count.
  await clearAccountFailures(ctx.db, accountThrottleKey(account.email));
  await sendNotice(ctx, account, 'password_changed');
}
