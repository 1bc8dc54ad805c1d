import type { REPORT_REASONS } from '../../../../common/schemas/directory.js';
import { writeAudit } from '../../../platform/audit/audit-writer.js';
import type { Tx } from '../../../platform/db/database.js';
import { notFound } from '../../../platform/errors.js';

export interface ReportInput {
  serviceId: string;
  reason: (typeof REPORT_REASONS)[number];
  message?: string | null;
}

/**
 * "Report wrong information" from the public finder: a task for the service's editors. Only a
 * publicly visible service can be reported (anything else answers 404, like a made-up id). The
 * message stays out of the audit trail: a member of the public may have written personal details.
 * Call inside the public (tenant-bound, no protection access) transaction.
 */
export async function createReport(tx: Tx, input: ReportInput): Promise<{ id: string }> {
  const service = await tx
    .selectFrom('dirService')
    .select(['id', 'tenantId'])
    .where('id', '=', input.serviceId)
    .where('publicationState', '=', 'published')
    .where('status', 'in', ['active', 'temporarily closed'])
    .where('confidential', '=', false)
    .executeTakeFirst();
  if (!service) throw notFound();
  const message = input.message?.trim() ? input.message.trim().slice(0, 2000) : null;
  const { id } = await tx
    .insertInto('dirReport')
    .values({ tenantId: service.tenantId, serviceId: service.id, reason: input.reason, message })
    .returning('id')
    .executeTakeFirstOrThrow();
  await writeAudit(tx, { kind: 'system', tenantId: service.tenantId, label: 'public-finder' }, {
    action: 'directory.report.create',
    entity: 'dir_report',
    entityId: id,
    diff: { serviceId: service.id, reason: input.reason },
  });
  return { id };
}
