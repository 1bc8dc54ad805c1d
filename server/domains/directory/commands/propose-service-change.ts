import type { ServiceInput } from '../../../../common/schemas/directory.js';
import type { Actor } from '../../../platform/authz/actor.js';
import { writeAudit } from '../../../platform/audit/audit-writer.js';
import type { Tx } from '../../../platform/db/database.js';
import type { ServiceRow } from '../services.queries.js';
import { checkServicePatch, serviceChanges } from './update-service.js';

/**
 * A partner's edit of a published service: held as a proposal until a coordinator decides. A
 * second proposal on the same service is merged into the pending one. Returns the proposal's id,
 * or null when the edit changes nothing.
 */
export async function proposeServiceChange(tx: Tx, actor: Actor, service: ServiceRow, patch: ServiceInput): Promise<string | null> {
  await checkServicePatch(tx, service, patch);
  const pending = await tx.selectFrom('dirServiceChange').select(['id', 'proposed']).where('serviceId', '=', service.id).where('status', '=', 'pending').executeTakeFirst();
  const proposed = { ...(pending?.proposed ?? {}), ...patch } as ServiceInput;
  const changes = await serviceChanges(tx, service, proposed);
  if (Object.keys(changes).length === 0 && !pending) return null;
  let id: string;
  if (pending) {
    await tx.updateTable('dirServiceChange').set({ proposed: JSON.stringify(proposed), proposedBy: actor.userId, updatedAt: new Date() }).where('id', '=', pending.id).execute();
    id = pending.id;
  } else {
    ({ id } = await tx
      .insertInto('dirServiceChange')
      .values({ tenantId: actor.tenantId, serviceId: service.id, proposed: JSON.stringify(proposed), proposedBy: actor.userId })
      .returning('id')
      .executeTakeFirstOrThrow());
  }
  await writeAudit(tx, actor, { action: 'directory.change.propose', entity: 'dir_service_change', entityId: id, diff: { serviceId: service.id, fields: Object.keys(changes) } });
  return id;
}
