import { servicePatch } from '../../../../common/schemas/directory.js';
import type { Actor } from '../../../platform/authz/actor.js';
import { writeAudit } from '../../../platform/audit/audit-writer.js';
import type { Tx } from '../../../platform/db/database.js';
import { DomainError, notFound } from '../../../platform/errors.js';
import { findService } from '../services.queries.js';
import { applyServicePatch } from './update-service.js';

async function pendingChange(tx: Tx, id: string) {
  // FOR UPDATE: two coordinators deciding at once cannot both apply the same proposal.
  const change = await tx.selectFrom('dirServiceChange').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  if (!change) throw notFound();
  if (change.status !== 'pending') throw new DomainError('DIRECTORY_NOT_PENDING');
  return change;
}

/** Applies a partner's proposal to the service (as the approver's edit) and closes it. */
export async function approveServiceChange(tx: Tx, actor: Actor, id: string): Promise<string> {
  const change = await pendingChange(tx, id);
  const service = await findService(tx, change.serviceId);
  // Re-validated: the proposal was stored as JSON and the directory may have moved on since.
  const parsed = servicePatch.safeParse(change.proposed);
  if (!parsed.success) throw new DomainError('VALIDATION_FAILED');
  await applyServicePatch(tx, actor, service, parsed.data, { changeId: change.id, proposedBy: change.proposedBy });
  await tx.updateTable('dirServiceChange').set({ status: 'approved', decidedBy: actor.userId, decidedAt: new Date(), updatedAt: new Date() }).where('id', '=', change.id).execute();
  await writeAudit(tx, actor, { action: 'directory.change.approve', entity: 'dir_service_change', entityId: change.id, diff: { serviceId: service.id, proposedBy: change.proposedBy } });
  return service.id;
}

export async function rejectServiceChange(tx: Tx, actor: Actor, id: string, comment: string | undefined): Promise<string> {
  const change = await pendingChange(tx, id);
  await tx
    .updateTable('dirServiceChange')
    .set({ status: 'rejected', comment: comment || null, decidedBy: actor.userId, decidedAt: new Date(), updatedAt: new Date() })
    .where('id', '=', change.id)
    .execute();
  await writeAudit(tx, actor, { action: 'directory.change.reject', entity: 'dir_service_change', entityId: change.id, diff: { serviceId: change.serviceId, proposedBy: change.proposedBy } });
  return change.serviceId;
}
