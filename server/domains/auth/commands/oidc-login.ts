import { sql } from 'kysely';
import type { AppContext } from '../../../platform/context.js';
import { withTenant } from '../../../platform/db/database.js';
import { writeAudit } from '../../../platform/audit/audit-writer.js';
import { DomainError } from '../../../platform/errors.js';
import { accountActor, loadAccount } from '../account.queries.js';
import type { VerifiedIdentity } from '../oidc-client.js';
import { createSession, type NewSession } from '../sessions.js';

type Found = { tenantId: string; userId: string };

/**
 * Signs in a user the OpenID Connect provider vouched for. The account is found by the linked
 * subject, or on first use by the provider-verified e-mail address, and the subject is linked
 * then. The session is 'full' whatever the roles: the external provider (SPID/CIE level 2 or
 * higher, or an institutional IdP with its own MFA) is the strong authentication — see docs/auth.md.
 * Unknown and disabled identities get the same OIDC_NO_ACCOUNT.
 */
export async function oidcLogin(ctx: AppContext, identity: VerifiedIdentity, requestId: string): Promise<NewSession> {
  let found = (await sql<Found>`SELECT * FROM auth_find_user_by_oidc(${identity.subject})`.execute(ctx.db)).rows[0];
  let linking = false;
  if (!found && identity.verifiedEmail) {
    found = (await sql<Found>`SELECT * FROM auth_find_user_by_email(${identity.verifiedEmail})`.execute(ctx.db)).rows[0];
    linking = !!found;
  }
  if (!found) throw new DomainError('OIDC_NO_ACCOUNT');
  const { tenantId, userId } = found;
  return withTenant(ctx.db, tenantId, async (tx) => {
    const account = await loadAccount(tx, userId);
    if (!account || account.status !== 'active') throw new DomainError('OIDC_NO_ACCOUNT');
    if (linking) {
      // An account already tied to another identity is not silently re-linked.
      if (account.oidcSubject && account.oidcSubject !== identity.subject) throw new DomainError('OIDC_NO_ACCOUNT');
      await tx.updateTable('appUser').set({ oidcSubject: identity.subject, updatedAt: new Date() }).where('id', '=', userId).execute();
      await writeAudit(tx, accountActor(account, requestId), { action: 'auth.oidc_linked', entity: 'user', entityId: userId });
    }
    const session = await createSession(tx, {
      tenantId,
      userId,
      stage: 'full',
      authMethod: 'oidc',
      absoluteHours: ctx.config.APPRODO_SESSION_ABSOLUTE_HOURS,
    });
    await tx.updateTable('appUser').set({ lastLoginAt: new Date() }).where('id', '=', userId).execute();
    await writeAudit(tx, accountActor(account, requestId, session.id), {
      action: 'auth.login',
      entity: 'user',
      entityId: userId,
      diff: { stage: 'full', method: 'oidc' },
    });
    return session;
  });
}
