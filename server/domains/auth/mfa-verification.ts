import type { AppContext } from '../../platform/context.js';
import type { Actor } from '../../platform/authz/actor.js';
import type { Tx } from '../../platform/db/database.js';
import { DomainError } from '../../platform/errors.js';
import { assertNotThrottled, recordFailure, throttleKeys } from './throttle.js';
import { checkTotp } from './totp.js';

/**
 * Proof of the second factor before an MFA setting changes (ASVS 5.0 7.5.1 re-authentication).
 * Six-digit codes can be guessed, so wrong codes count against the same limits as failed sign-ins,
 * recorded outside the caller's transaction so that its rollback does not erase them. A code is
 * accepted once (the matched step is stored), unless `replayFrom` is null (a new secret).
 */
export async function requireTotp(
  ctx: AppContext,
  tx: Tx,
  actor: Actor,
  input: { ip: string; code: string; secret: string; replayFrom: string | null; storeStep: boolean },
): Promise<number> {
  const keys = throttleKeys(actor.email, input.ip);
  await assertNotThrottled(ctx.db, ctx.log, keys, actor.requestId ?? '');
  const step = await checkTotp(input.secret, input.code, input.replayFrom === null ? null : Number(input.replayFrom));
  if (step === null) {
    await recordFailure(ctx.db, keys);
    ctx.log.info({ event: 'auth.mfa_code_refused', requestId: actor.requestId }, 'wrong verification code');
    throw new DomainError('AUTH_MFA_INVALID');
  }
  if (input.storeStep) await tx.updateTable('appUser').set({ mfaLastStep: String(step) }).where('id', '=', actor.userId).execute();
  return step;
}
