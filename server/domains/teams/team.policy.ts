import { grantedScope } from '../../../common/permissions.js';
import { authorize } from '../../platform/authz/authz.js';
import type { Actor } from '../../platform/authz/actor.js';

/** Teams are read within the reach of `user.read`: the whole tenant or the own organisation. */
export function teamReadFilter(actor: Actor): { organisationId: string | null } {
  const scope = authorize(actor, 'user.read');
  return { organisationId: scope === 'tenant' ? null : actor.organisationId };
}

export function canSeeTeam(actor: Actor, team: { organisationId: string }): boolean {
  const scope = grantedScope(actor.roles, 'user.read');
  return scope === 'tenant' || (scope !== null && team.organisationId === actor.organisationId);
}

export function assertCanManageTeams(actor: Actor): void {
  authorize(actor, 'user.manage', 'tenant');
}
