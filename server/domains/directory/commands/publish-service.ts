import type { AnyActor } from '../../../platform/authz/actor.js';
import { writeAudit } from '../../../platform/audit/audit-writer.js';
import type { Tx } from '../../../platform/db/database.js';
import { DomainError } from '../../../platform/errors.js';
import { recordMetadata } from '../metadata.js';
import type { ServiceRow } from '../services.queries.js';
import { verificationMonths, verifiedNow } from '../verification.js';

/** An approver publishes a draft or a partner's new service; reading it through counts as a verification. */
export async function publishService(tx: Tx, actor: AnyActor, service: ServiceRow): Promise<void> {
  if (service.publicationState === 'published') throw new DomainError('DIRECTORY_NOT_PENDING');
  const months = await verificationMonths(tx, actor.tenantId);
  const row = await tx
    .updateTable('dirService')
    .set({ publicationState: 'published', lastModified: new Date(), updatedAt: new Date(), ...verifiedNow(actor, months) })
    .where('id', '=', service.id)
    .returning(['nextCheckDue'])
    .executeTakeFirstOrThrow();
  await recordMetadata(tx, actor, { id: service.id, type: 'service' }, 'update', {
    publicationState: [service.publicationState, 'published'],
    nextCheckDue: [service.nextCheckDue, row.nextCheckDue],
  });
  await writeAudit(tx, actor, { action: 'directory.service.publish', entity: 'dir_service', entityId: service.id, diff: { publicationState: [service.publicationState, 'published'] } });
}
