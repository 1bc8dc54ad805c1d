import { grantedScope, type Permission } from '../../../common/permissions.js';
import { authorize } from '../../platform/authz/authz.js';
import type { Actor } from '../../platform/authz/actor.js';
import type { AppContext } from '../../platform/context.js';
import { withTenant, type Tx } from '../../platform/db/database.js';
import { DomainError } from '../../platform/errors.js';
import { hasProtectionAccess } from '../directory/directory.policy.js';
import { isOperatorAt } from './access-points.queries.js';

// Who may do what with access points. Every staff role of the tenant sees them (they are public
// places); coordinators and tenant admins create, edit and staff them. Operators work "at" the
// access points they are assigned to: what happens there (contacts, the day's list) is theirs,
// and roles reaching the whole tenant see every access point's.

export function assertCanManageAccessPoints(actor: Actor): void {
  authorize(actor, 'access_point.manage', 'tenant');
}

/** Does the actor reach every access point's work with `permission` (tenant scope)? */
export function reachesEveryAccessPoint(actor: Actor, permission: Permission): boolean {
  return grantedScope(actor.roles, permission) === 'tenant';
}

/** ACCESS_POINT_NOT_ASSIGNED unless the actor works at the access point or reaches the whole tenant. */
export async function assertWorksAt(tx: Tx, actor: Actor, accessPointId: string, permission: Permission): Promise<void> {
  if (reachesEveryAccessPoint(actor, permission)) return;
  if (!(await isOperatorAt(tx, actor.userId, accessPointId))) throw new DomainError('ACCESS_POINT_NOT_ASSIGNED');
}

/**
 * One transaction for an access-point request. The directory location an access point links to
 * is looked up under the actor's own visibility, so only protection roles can link a shelter.
 */
export function accessPointTx<T>(ctx: AppContext, actor: Actor, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return withTenant(ctx.db, actor.tenantId, fn, { protectionAccess: hasProtectionAccess(actor) });
}
