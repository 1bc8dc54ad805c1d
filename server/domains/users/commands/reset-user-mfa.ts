import type { Actor } from '../../../platform/authz/actor.js';
import { writeAudit } from '../../../platform/audit/audit-writer.js';
import type { Tx } from '../../../platform/db/database.js';
import { DomainError } from '../../../platform/errors.js';
import { endAllSessions } from '../../auth/sessions.js';
import { findUser } from '../users.queries.js';

/**
 * For a user who lost their authenticator and recovery codes: clears the TOTP secret and recovery
 * codes and ends all sessions, so the next sign-in goes through enrolment again. Not on oneself:
 * another administrator must do it, which keeps a second person in the loop.
 */
export async function resetUserMfa(tx: Tx, actor: Actor, idOrEmail: string) {
  const user = await findUser(tx, idOrEmail);
  if (user.id === actor.userId) throw new DomainError('CONFLICT');
  await tx
    .updateTable('appUser')
    .set({ mfaSecret: null, mfaEnabledAt: null, mfaLastStep: null, mfaPendingSecret: null, updatedAt: new Date() })
    .where('id', '=', user.id)
    .execute();
  const codes = await tx.deleteFrom('mfaRecoveryCode').where('userId', '=', user.id).executeTakeFirst();
  const sessionsEnded = await endAllSessions(tx, actor.tenantId, user.id);
  await writeAudit(tx, actor, {
    action: 'user.mfa_reset',
    entity: 'user',
    entityId: user.id,
    diff: { wasEnabled: user.mfaEnabledAt !== null, recoveryCodesDeleted: Number(codes.numDeletedRows), sessionsEnded },
  });
  return user;
}
