import type { AnyActor } from '../../../platform/authz/actor.js';
import { writeAudit } from '../../../platform/audit/audit-writer.js';
import type { Tx } from '../../../platform/db/database.js';
import { recordMetadata } from '../metadata.js';
import type { ServiceRow } from '../services.queries.js';
import { verificationMonths, verifiedNow } from '../verification.js';

/** "Still correct": the service was checked now; the next check falls due in the tenant's interval. */
export async function verifyService(tx: Tx, actor: AnyActor, service: ServiceRow): Promise<void> {
  const months = await verificationMonths(tx, actor.tenantId);
  const row = await tx
    .updateTable('dirService')
    .set({ updatedAt: new Date(), ...verifiedNow(actor, months) })
    .where('id', '=', service.id)
    .returning(['lastVerifiedAt', 'nextCheckDue'])
    .executeTakeFirstOrThrow();
  await recordMetadata(tx, actor, { id: service.id, type: 'service' }, 'update', {
    lastVerifiedAt: [service.lastVerifiedAt, row.lastVerifiedAt],
    nextCheckDue: [service.nextCheckDue, row.nextCheckDue],
  });
  await writeAudit(tx, actor, { action: 'directory.service.verify', entity: 'dir_service', entityId: service.id, diff: { nextCheckDue: [service.nextCheckDue, row.nextCheckDue] } });
}
