import { grantedScope } from '../../../common/permissions.js';
import { allow, authorize } from '../../platform/authz/authz.js';
import type { Actor } from '../../platform/authz/actor.js';
import type { AppContext } from '../../platform/context.js';
import { withTenant, type Tx } from '../../platform/db/database.js';
import { DomainError } from '../../platform/errors.js';

// Who may do what in the directory. Reading is open to every staff role of the tenant (but the
// funder viewer); coordinators and tenant admins edit and approve; partner operators edit only
// their own organisation's services, and their edits of published services wait for approval.
// Confidential services and locations (shelters) exist only for holders of protection.access:
// for everyone else the database itself hides them (RLS, migration 0005).

export function hasProtectionAccess(actor: Actor): boolean {
  return allow(actor, 'protection.access');
}

/** One transaction for a directory request, with confidential rows visible only to whom may see them. */
export function directoryTx<T>(ctx: AppContext, actor: Actor, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return withTenant(ctx.db, actor.tenantId, fn, { protectionAccess: hasProtectionAccess(actor) });
}

/** Approvers write straight to the directory; other editors propose. */
export function isApprover(actor: Actor): boolean {
  return allow(actor, 'directory.approve', 'tenant');
}

export function assertCanApprove(actor: Actor): void {
  authorize(actor, 'directory.approve', 'tenant');
}

/** Directory organisations and shared locations are edited at tenant scope only. */
export function assertCanEditDirectory(actor: Actor): void {
  authorize(actor, 'directory.edit', 'tenant');
}

/** The Approdo organisation whose records a partner may edit, or null when the actor reaches the whole tenant. */
export function ownOrganisationFilter(actor: Actor): string | null {
  return grantedScope(actor.roles, 'directory.edit') === 'tenant' ? null : actor.organisationId;
}

/** Can the actor edit records of the directory organisation linked to `approdoOrganisationId`? */
export function canEditFor(actor: Actor, owner: { approdoOrganisationId: string | null }): boolean {
  const scope = grantedScope(actor.roles, 'directory.edit');
  if (scope === 'tenant') return true;
  return scope === 'organisation' && owner.approdoOrganisationId !== null && owner.approdoOrganisationId === actor.organisationId;
}

export function assertCanEditFor(actor: Actor, owner: { approdoOrganisationId: string | null }): void {
  if (!canEditFor(actor, owner)) throw new DomainError('FORBIDDEN');
}

/** Only protection roles may mark a record confidential or make a confidential one public. */
export function assertCanSetConfidential(actor: Actor, requested: boolean | undefined): void {
  if (requested !== undefined && !hasProtectionAccess(actor)) throw new DomainError('FORBIDDEN');
}
