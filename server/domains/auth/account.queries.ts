import { isRole, type Role } from '../../../common/permissions.js';
import type { Actor } from '../../platform/authz/actor.js';
import type { Tx } from '../../platform/db/database.js';

/** A user with what the account commands need: secrets included, so it never leaves the server. */
export async function loadAccount(tx: Tx, userId: string) {
  const user = await tx
    .selectFrom('appUser as u')
    .innerJoin('organisation as o', (j) => j.onRef('o.tenantId', '=', 'u.tenantId').onRef('o.id', '=', 'u.organisationId'))
    .innerJoin('tenant as t', 't.id', 'u.tenantId')
    .selectAll('u')
    .select(['o.name as organisationName', 'o.slug as organisationSlug', 't.name as tenantName', 't.slug as tenantSlug'])
    .where('u.id', '=', userId)
    .forUpdate('u')
    .executeTakeFirst();
  if (!user) return null;
  const roles = (await tx.selectFrom('userRole').select('role').where('userId', '=', userId).execute())
    .map((r) => r.role)
    .filter(isRole) as Role[];
  return { ...user, roles };
}
export type Account = NonNullable<Awaited<ReturnType<typeof loadAccount>>>;

/** Words a password must not be built on (ASVS 5.0 6.2.11): project, organisation, own e-mail. */
export function passwordContext(a: Account): string[] {
  return [a.tenantName, a.tenantSlug, a.organisationName, a.organisationSlug, a.email.split('@')[0] ?? ''];
}

/** The account as the actor of its own audit events, when no session exists yet (reset link, SSO). */
export function accountActor(a: Account, requestId: string, sessionId = ''): Actor {
  return {
    kind: 'user',
    tenantId: a.tenantId,
    userId: a.id,
    organisationId: a.organisationId,
    roles: a.roles,
    teamIds: [],
    sessionId,
    email: a.email,
    displayName: a.displayName,
    locale: a.locale,
    requestId,
  };
}
