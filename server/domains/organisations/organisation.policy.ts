import { allow, authorize } from '../../platform/authz/authz.js';
import type { Actor } from '../../platform/authz/actor.js';

/** Contact details of organisations are visible to every staff role of the tenant that reads organisations. */
export function canReadOrganisations(actor: Actor): boolean {
  return allow(actor, 'organisation.read', 'tenant');
}

export function assertCanManageOrganisations(actor: Actor): void {
  authorize(actor, 'organisation.manage', 'tenant');
}
