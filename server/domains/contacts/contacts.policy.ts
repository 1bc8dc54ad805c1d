import type { Permission } from '../../../common/permissions.js';
import type { Actor } from '../../platform/authz/actor.js';
import type { AppContext } from '../../platform/context.js';
import { withTenant, type Tx } from '../../platform/db/database.js';
import { DomainError } from '../../platform/errors.js';
import { accessPointIdsOf } from '../access-points/access-points.queries.js';
import { assertWorksAt, reachesEveryAccessPoint } from '../access-points/access-points.policy.js';
import { assertPersonReachable } from '../people/people.policy.js';
import type { ContactRow } from './contacts.queries.js';

// Who may record and read what at the front door:
// - a contact with a person is the person's: recorded and read by who reaches the person
//   (people.policy.ts); an anonymous one belongs to the organisation that recorded it;
// - a contact carries the access point it happened at, one the operator works at (unless the
//   operator's reach is the whole tenant).
// Front-door transactions never carry protection access: the services they suggest are the
// public ones, the ones a person can be handed on paper.

export function frontDoorTx<T>(ctx: AppContext, actor: Actor, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return withTenant(ctx.db, actor.tenantId, fn);
}

/**
 * The access point a new contact is recorded at: the requested one (active, and one the operator
 * works at), none when explicitly null, else the operator's only access point if they have one.
 */
export async function resolveContactAccessPoint(tx: Tx, actor: Actor, requested: string | null | undefined): Promise<string | null> {
  if (requested === null) return null;
  if (requested === undefined) {
    const mine = await accessPointIdsOf(tx, actor.userId);
    return mine.length === 1 ? mine[0]! : null;
  }
  const ap = await tx.selectFrom('accessPoint').select(['id', 'active']).where('id', '=', requested).executeTakeFirst();
  if (!ap || !ap.active) throw new DomainError('VALIDATION_FAILED', {}, [{ path: 'body.accessPointId', code: 'invalid_value' }]);
  await assertWorksAt(tx, actor, ap.id, 'person.write');
  return ap.id;
}

/** NOT_FOUND unless the actor may act on this contact with `permission`. */
export async function assertContactReachable(tx: Tx, actor: Actor, contact: ContactRow, permission: Extract<Permission, 'person.read' | 'person.write'>): Promise<void> {
  if (contact.personId) {
    await assertPersonReachable(tx, actor, contact.personId, permission);
    return;
  }
  if (!reachesEveryAccessPoint(actor, permission) && contact.organisationId !== actor.organisationId) throw new DomainError('NOT_FOUND');
}
