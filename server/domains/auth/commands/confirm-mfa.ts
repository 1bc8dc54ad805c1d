import { randomBytes } from 'node:crypto';
import type { AppContext } from '../../../platform/context.js';
import type { Actor } from '../../../platform/authz/actor.js';
import { writeAudit } from '../../../platform/audit/audit-writer.js';
import { withTenant } from '../../../platform/db/database.js';
import { DomainError } from '../../../platform/errors.js';
import { hashToken } from '../../../platform/http/session.js';
import { sendNotice } from '../account-mail.js';
import { requireTotp } from '../mfa-verification.js';
import { replaceRecoveryCodes } from '../recovery-codes.js';

/**
 * Confirms enrolment with a code from the pending secret: MFA goes on, ten recovery codes are
 * issued (shown once), the current session becomes 'full' and every other session of the user
 * ends (ASVS 5.0 7.4.3). The session token is rotated on this step up (ASVS 5.0 7.2.4); its CSRF
 * token stays, so the client only needs the new cookie that comes with the answer.
 */
export async function confirmMfa(ctx: AppContext, actor: Actor, input: { code: string; ip: string }): Promise<{ recoveryCodes: string[]; sessionToken: string }> {
  const sessionToken = randomBytes(32).toString('base64url');
  const result = await withTenant(ctx.db, actor.tenantId, async (tx) => {
    const u = await tx
      .selectFrom('appUser')
      .select(['mfaEnabledAt', 'mfaPendingSecret', 'email', 'displayName', 'locale'])
      .where('id', '=', actor.userId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (u.mfaEnabledAt) throw new DomainError('MFA_ALREADY_ENABLED');
    if (!u.mfaPendingSecret) throw new DomainError('MFA_SETUP_NOT_STARTED');
    const step = await requireTotp(ctx, tx, actor, { ip: input.ip, code: input.code, secret: u.mfaPendingSecret, replayFrom: null, storeStep: false });
    await tx
      .updateTable('appUser')
      .set({ mfaSecret: u.mfaPendingSecret, mfaPendingSecret: null, mfaEnabledAt: new Date(), mfaLastStep: String(step), updatedAt: new Date() })
      .where('id', '=', actor.userId)
      .execute();
    const recoveryCodes = await replaceRecoveryCodes(tx, actor.tenantId, actor.userId);
    await tx.updateTable('userSession').set({ stage: 'full', tokenHash: hashToken(sessionToken) }).where('id', '=', actor.sessionId).execute();
    const others = await tx.deleteFrom('userSession').where('userId', '=', actor.userId).where('id', '!=', actor.sessionId).executeTakeFirst();
    await writeAudit(tx, actor, { action: 'auth.mfa_enabled', entity: 'user', entityId: actor.userId, diff: { otherSessionsEnded: Number(others.numDeletedRows) } });
    return { recoveryCodes, recipient: u };
  });
  await sendNotice(ctx, result.recipient, 'mfa_enabled');
  return { recoveryCodes: result.recoveryCodes, sessionToken };
}
