import { grantedScope } from '../../../common/permissions.js';
import { authorize } from '../../platform/authz/authz.js';
import type { Actor } from '../../platform/authz/actor.js';
import { notFound } from '../../platform/errors.js';

/** Limits user reads to the actor's reach: the whole tenant, or only their own organisation. */
export function userReadFilter(actor: Actor): { organisationId: string | null } {
  const scope = authorize(actor, 'user.read');
  return { organisationId: scope === 'tenant' ? null : actor.organisationId };
}

/** A user outside the actor's reach is reported as not found, not as forbidden. */
export function assertCanReadUser(actor: Actor, user: { organisationId: string; id: string }): void {
  const scope = grantedScope(actor.roles, 'user.read');
  if (scope === 'tenant') return;
  if (scope && user.organisationId === actor.organisationId) return;
  throw notFound();
}

export function assertCanManageUsers(actor: Actor): void {
  authorize(actor, 'user.manage', 'tenant');
}
