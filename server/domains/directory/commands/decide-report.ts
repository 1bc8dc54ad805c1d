import type { Actor } from '../../../platform/authz/actor.js';
import { writeAudit } from '../../../platform/audit/audit-writer.js';
import type { Tx } from '../../../platform/db/database.js';
import { DomainError } from '../../../platform/errors.js';

/** Closes an open report: fixed ('resolved') or not a real problem ('dismissed'). */
export async function decideReport(tx: Tx, actor: Actor, report: { id: string; serviceId: string; status: string }, outcome: 'resolved' | 'dismissed', comment?: string): Promise<void> {
  if (report.status !== 'open') throw new DomainError('DIRECTORY_NOT_PENDING');
  await tx.updateTable('dirReport').set({ status: outcome, resolvedAt: new Date(), resolvedBy: actor.userId }).where('id', '=', report.id).execute();
  await writeAudit(tx, actor, {
    action: outcome === 'resolved' ? 'directory.report.resolve' : 'directory.report.dismiss',
    entity: 'dir_report',
    entityId: report.id,
    diff: { serviceId: report.serviceId, ...(comment ? { comment } : {}) },
  });
}
