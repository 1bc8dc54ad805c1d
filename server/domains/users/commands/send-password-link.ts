import type { AppContext } from '../../../platform/context.js';
import type { Actor } from '../../../platform/authz/actor.js';
import { writeAudit } from '../../../platform/audit/audit-writer.js';
import { withTenant } from '../../../platform/db/database.js';
import { DomainError } from '../../../platform/errors.js';
import { resetLink, sendAccountMail } from '../../auth/account-mail.js';
import { loadAccount } from '../../auth/account.queries.js';
import {
  issueResetToken,
  MAX_LINKS_PER_WINDOW,
  recentLinkCount,
  RESET_TTL_MINUTES,
  SETUP_TTL_MINUTES,
} from '../../auth/password-reset-tokens.js';
import { findUser } from '../users.queries.js';

/**
 * An administrator sends a user a link to choose their password: a 24-hour "set your password"
 * link for an account created without one, otherwise an ordinary 30-minute reset link. The link
 * goes only to the user's own address; the administrator never sees it. The mail is sent inside
 * the transaction, so a failed delivery leaves no live token and no audit event claiming it went.
 */
export async function sendPasswordLink(ctx: AppContext, actor: Actor, idOrEmail: string): Promise<void> {
  await withTenant(ctx.db, actor.tenantId, async (tx) => {
    const { id } = await findUser(tx, idOrEmail);
    const account = (await loadAccount(tx, id))!;
    if (account.status !== 'active') throw new DomainError('USER_DISABLED');
    if ((await recentLinkCount(tx, id)) >= MAX_LINKS_PER_WINDOW) throw new DomainError('RATE_LIMITED');
    const setup = account.passwordHash === null;
    const ttl = setup ? SETUP_TTL_MINUTES : RESET_TTL_MINUTES;
    const token = await issueResetToken(tx, actor.tenantId, id, ttl);
    await writeAudit(tx, actor, { action: 'user.password_link_sent', entity: 'user', entityId: id, diff: { kind: setup ? 'setup' : 'reset', expiresInMinutes: ttl } });
    await sendAccountMail(ctx, account, setup ? 'setup' : 'reset', { link: resetLink(ctx.config, token), hours: ttl / 60 });
  });
}
