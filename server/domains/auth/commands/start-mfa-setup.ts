import QRCode from 'qrcode';
import type { AppContext } from '../../../platform/context.js';
import type { Actor } from '../../../platform/authz/actor.js';
import { writeAudit } from '../../../platform/audit/audit-writer.js';
import { withTenant } from '../../../platform/db/database.js';
import { DomainError } from '../../../platform/errors.js';
import { newTotpSecret, provisioningUri } from '../totp.js';

export interface MfaSetup {
  secret: string;
  otpauthUri: string;
  qrSvg: string;
}

/**
 * Starts TOTP enrolment: a new secret is kept as *pending* until a code confirms it, so an
 * abandoned enrolment changes nothing about how the user signs in. Calling again replaces it.
 */
export async function startMfaSetup(ctx: AppContext, actor: Actor): Promise<MfaSetup> {
  const secret = newTotpSecret();
  await withTenant(ctx.db, actor.tenantId, async (tx) => {
    const u = await tx.selectFrom('appUser').select('mfaEnabledAt').where('id', '=', actor.userId).forUpdate().executeTakeFirstOrThrow();
    if (u.mfaEnabledAt) throw new DomainError('MFA_ALREADY_ENABLED');
    await tx.updateTable('appUser').set({ mfaPendingSecret: secret }).where('id', '=', actor.userId).execute();
    await writeAudit(tx, actor, { action: 'auth.mfa_setup_started', entity: 'user', entityId: actor.userId });
  });
  const otpauthUri = provisioningUri(secret, actor.email);
  // A plain SVG (paths, no scripts or style attributes): safe under the strict CSP as an <img>.
  const qrSvg = await QRCode.toString(otpauthUri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return { secret, otpauthUri, qrSvg };
}
