import { authorize } from '../../platform/authz/authz.js';
import type { Actor } from '../../platform/authz/actor.js';

/** The trail spans every organisation of the tenant: only tenant-wide readers may see it. */
export function assertCanReadAudit(actor: Actor): void {
  authorize(actor, 'audit.read', 'tenant');
}
