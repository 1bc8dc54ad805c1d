import { sql } from 'kysely';
import { isRole, needsMfa, type Role } from '../../../../common/permissions.js';
import type { AppContext } from '../../../platform/context.js';
import { withTenant } from '../../../platform/db/database.js';
import { writeAudit } from '../../../platform/audit/audit-writer.js';
import { DomainError } from '../../../platform/errors.js';
import { verifyPassword } from '../passwords.js';
import { consumeRecoveryCode } from '../recovery-codes.js';
import { createSession, type NewSession } from '../sessions.js';
import { assertNotThrottled, clearAccountFailures, recordFailure, throttleKeys } from '../throttle.js';
import { checkTotp } from '../totp.js';

export interface LoginInput {
  email: string;
  password: string;
  totp?: string;
  ip: string;
  requestId: string;
}

/**
 * Password (+ TOTP or recovery code) sign-in. Every failure answers the same 401 whatever went
 * wrong (unknown e-mail, wrong password, disabled account), after the same argon2 work.
 */
export async function login(ctx: AppContext, input: LoginInput): Promise<NewSession & { tenantId: string; userId: string }> {
  const keys = throttleKeys(input.email, input.ip);
  await assertNotThrottled(ctx.db, ctx.log, keys, input.requestId);
  const fail = async (code: 'AUTH_INVALID_CREDENTIALS' | 'AUTH_MFA_INVALID', who?: { tenantId: string; userId: string }) => {
    await recordFailure(ctx.db, keys);
    if (who) {
      await withTenant(ctx.db, who.tenantId, (tx) =>
        writeAudit(tx, { kind: 'system', tenantId: who.tenantId, label: 'auth', requestId: input.requestId }, {
          action: 'auth.login_failed',
          entity: 'user',
          entityId: who.userId,
          diff: { reason: code === 'AUTH_MFA_INVALID' ? 'second_factor' : 'credentials' },
        }),
      );
    }
    ctx.log.info({ event: 'auth.login_failed', requestId: input.requestId }, 'sign-in failed');
    return new DomainError(code);
  };

  const found = (await sql<{ tenantId: string; userId: string }>`SELECT * FROM auth_find_user_by_email(${input.email})`.execute(ctx.db)).rows[0];
  if (!found) {
    await verifyPassword(null, input.password);
    throw await fail('AUTH_INVALID_CREDENTIALS');
  }
  const user = await withTenant(ctx.db, found.tenantId, async (tx) => {
    const u = await tx.selectFrom('appUser').selectAll().where('id', '=', found.userId).executeTakeFirstOrThrow();
    const roles = (await tx.selectFrom('userRole').select('role').where('userId', '=', u.id).execute()).map((r) => r.role).filter(isRole) as Role[];
    return { ...u, roles };
  });
  const passwordOk = await verifyPassword(user.passwordHash, input.password);
  if (!passwordOk || user.status !== 'active') throw await fail('AUTH_INVALID_CREDENTIALS', found);

  return withTenant(ctx.db, found.tenantId, async (tx) => {
    let stage: 'full' | 'mfa_setup' = 'full';
    if (user.mfaSecret && user.mfaEnabledAt) {
      if (!input.totp) throw new DomainError('AUTH_MFA_REQUIRED');
      const step = await checkTotp(user.mfaSecret, input.totp, user.mfaLastStep === null ? null : Number(user.mfaLastStep));
      if (step !== null) {
        await tx.updateTable('appUser').set({ mfaLastStep: String(step) }).where('id', '=', user.id).execute();
      } else {
        if (!(await consumeRecoveryCode(tx, user.id, input.totp))) throw await fail('AUTH_MFA_INVALID', found);
        await writeAudit(tx, { kind: 'system', tenantId: found.tenantId, label: 'auth', requestId: input.requestId }, {
          action: 'auth.recovery_code_used', entity: 'user', entityId: user.id,
        });
      }
    } else if (needsMfa(user.roles)) {
      stage = 'mfa_setup';
    }
    const session = await createSession(tx, {
      tenantId: found.tenantId,
      userId: user.id,
      stage,
      authMethod: 'password',
      absoluteHours: ctx.config.APPRODO_SESSION_ABSOLUTE_HOURS,
    });
    await tx.updateTable('appUser').set({ lastLoginAt: new Date() }).where('id', '=', user.id).execute();
    await writeAudit(
      tx,
      { kind: 'user', tenantId: found.tenantId, userId: user.id, organisationId: user.organisationId, roles: user.roles, teamIds: [], sessionId: session.id, email: user.email, displayName: user.displayName, locale: user.locale, requestId: input.requestId },
      { action: 'auth.login', entity: 'user', entityId: user.id, diff: { stage, method: 'password' } },
    );
    await clearAccountFailures(ctx.db, keys[0]!);
    return { ...session, tenantId: found.tenantId, userId: user.id };
  });
}
