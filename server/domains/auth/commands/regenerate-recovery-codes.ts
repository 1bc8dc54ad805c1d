import type { AppContext } from '../../../platform/context.js';
import type { Actor } from '../../../platform/authz/actor.js';
import { writeAudit } from '../../../platform/audit/audit-writer.js';
import { withTenant } from '../../../platform/db/database.js';
import { DomainError } from '../../../platform/errors.js';
import { requireTotp } from '../mfa-verification.js';
import { replaceRecoveryCodes } from '../recovery-codes.js';

/** New recovery codes for a user with MFA on (the old ones stop working); needs a current code. */
export async function regenerateRecoveryCodes(ctx: AppContext, actor: Actor, input: { code: string; ip: string }): Promise<string[]> {
  return withTenant(ctx.db, actor.tenantId, async (tx) => {
    const u = await tx.selectFrom('appUser').select(['mfaSecret', 'mfaEnabledAt', 'mfaLastStep']).where('id', '=', actor.userId).forUpdate().executeTakeFirstOrThrow();
    if (!u.mfaEnabledAt || !u.mfaSecret) throw new DomainError('MFA_NOT_ENROLLED');
    await requireTotp(ctx, tx, actor, { ip: input.ip, code: input.code, secret: u.mfaSecret, replayFrom: u.mfaLastStep ?? '0', storeStep: true });
    const codes = await replaceRecoveryCodes(tx, actor.tenantId, actor.userId);
    await writeAudit(tx, actor, { action: 'auth.recovery_codes_regenerated', entity: 'user', entityId: actor.userId });
    return codes;
  });
}
