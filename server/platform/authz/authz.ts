import {
  grantedScope,
  scopeRank,
  type Permission,
  type Scope,
} from '../../../common/permissions.js';
import { DomainError } from '../errors.js';
import type { Actor } from './actor.js';

/**
 * The single policy layer. Every route declares a `RoutePolicy` (checked before the handler by
 * the HTTP layer, and required at start-up for every /api route); record-level rules live in
 * `server/domains/<domain>/<domain>.policy.ts` and are built from `allow`/`authorize`.
 */
export type RoutePolicy =
  | { kind: 'public' }
  | { kind: 'session' } // any signed-in user, even one who still has to enrol MFA
  | { kind: 'authenticated' }
  | { kind: 'permission'; permission: Permission };

export const policy = {
  public: { kind: 'public' } as RoutePolicy,
  session: { kind: 'session' } as RoutePolicy,
  authenticated: { kind: 'authenticated' } as RoutePolicy,
  permission: (permission: Permission): RoutePolicy => ({ kind: 'permission', permission }),
};

/** Does the actor hold `permission` at `scope` or wider? */
export function allow(actor: Actor, permission: Permission, scope: Scope = 'own'): boolean {
  const granted = grantedScope(actor.roles, permission);
  return granted !== null && scopeRank(granted) >= scopeRank(scope);
}

/** Like `allow`, but throws FORBIDDEN; returns the widest scope granted. */
export function authorize(actor: Actor, permission: Permission, scope: Scope = 'own'): Scope {
  if (!allow(actor, permission, scope)) throw new DomainError('FORBIDDEN');
  return grantedScope(actor.roles, permission)!;
}

/**
 * Record-level check on the scope ladder: can the actor reach a record owned by
 * `owner` (user, team, organisation) with `permission`?
 */
export function reaches(
  actor: Actor,
  permission: Permission,
  owner: { userId?: string | null; teamId?: string | null; organisationId?: string | null },
): boolean {
  const granted = grantedScope(actor.roles, permission);
  switch (granted) {
    case 'tenant':
      return true;
    case 'organisation':
      return owner.organisationId === actor.organisationId;
    case 'team':
      return (
        (!!owner.teamId && actor.teamIds.includes(owner.teamId)) ||
        (!!owner.userId && owner.userId === actor.userId)
      );
    case 'own':
      return !!owner.userId && owner.userId === actor.userId;
    default:
      return false;
  }
}
