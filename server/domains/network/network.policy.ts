import { authorize } from '../../platform/authz/authz.js';
import type { Actor } from '../../platform/authz/actor.js';

/**
 * The network view spans every organisation's services: tenant-wide coordinators and admins only.
 *
 * Confidential services (shelters) never enter it, not even for a reader who also holds the
 * protection permission: the reports are computed in a transaction opened WITHOUT protection
 * access, so RLS hides them. The price is that a neighbourhood served only by a shelter shows an
 * anti-violence gap; counting the shelter instead would reveal, through a missing gap or a CSV
 * passed around the network, that a secret shelter exists there. The public anti-violence
 * centres do count.
 */
export function assertCanReadNetwork(actor: Actor): void {
  authorize(actor, 'network.read', 'tenant');
}
