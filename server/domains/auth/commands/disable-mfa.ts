import { needsMfa } from '../../../../common/permissions.js';
import type { AppContext } from '../../../platform/context.js';
import type { Actor } from '../../../platform/authz/actor.js';
import { writeAudit } from '../../../platform/audit/audit-writer.js';
import { withTenant } from '../../../platform/db/database.js';
import { DomainError } from '../../../platform/errors.js';
import { sendNotice } from '../account-mail.js';
import { requireTotp } from '../mfa-verification.js';

/**
 * Turns MFA off for a user whose roles do not require it, after a current code. Recovery codes go
 * with it, and the user's other sessions end (ASVS 5.0 7.4.3).
 */
export async function disableMfa(ctx: AppContext, actor: Actor, input: { code: string; ip: string }): Promise<void> {
  if (needsMfa(actor.roles)) throw new DomainError('MFA_REQUIRED_BY_ROLE');
  const recipient = await withTenant(ctx.db, actor.tenantId, async (tx) => {
    const u = await tx
      .selectFrom('appUser')
      .select(['mfaSecret', 'mfaEnabledAt', 'mfaLastStep', 'email', 'displayName', 'locale'])
      .where('id', '=', actor.userId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (!u.mfaEnabledAt || !u.mfaSecret) throw new DomainError('MFA_NOT_ENROLLED');
    await requireTotp(ctx, tx, actor, { ip: input.ip, code: input.code, secret: u.mfaSecret, replayFrom: u.mfaLastStep ?? '0', storeStep: false });
    await tx
      .updateTable('appUser')
      .set({ mfaSecret: null, mfaEnabledAt: null, mfaLastStep: null, mfaPendingSecret: null, updatedAt: new Date() })
      .where('id', '=', actor.userId)
      .execute();
    await tx.deleteFrom('mfaRecoveryCode').where('userId', '=', actor.userId).execute();
    const others = await tx.deleteFrom('userSession').where('userId', '=', actor.userId).where('id', '!=', actor.sessionId).executeTakeFirst();
    await writeAudit(tx, actor, { action: 'auth.mfa_disabled', entity: 'user', entityId: actor.userId, diff: { otherSessionsEnded: Number(others.numDeletedRows) } });
    return u;
  });
  await sendNotice(ctx, recipient, 'mfa_disabled');
}
