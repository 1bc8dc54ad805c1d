import type { ChangeView, ReportView } from '../../../common/schemas/directory-views.js';
import type { ServiceInput } from '../../../common/schemas/directory.js';
import type { Tx } from '../../platform/db/database.js';
import { notFound } from '../../platform/errors.js';
import { serviceChanges } from './commands/update-service.js';
import { findService } from './services.queries.js';

// The coordinators' task lists: partners' proposed changes and the public's wrong-information
// reports. Both follow their service: hidden services hide their tasks too (RLS).

export async function listChanges(tx: Tx, f: { status?: string; approdoOrganisationId: string | null }): Promise<ChangeView[]> {
  let q = tx
    .selectFrom('dirServiceChange as c')
    .innerJoin('dirService as s', (j) => j.onRef('s.id', '=', 'c.serviceId'))
    .innerJoin('dirOrganization as o', (j) => j.onRef('o.id', '=', 's.organizationId'))
    .leftJoin('appUser as u', (j) => j.onRef('u.id', '=', 'c.proposedBy'))
    .select(['c.id', 'c.serviceId', 'c.proposed', 'c.status', 'c.comment', 'c.createdAt', 'c.decidedAt', 'c.proposedBy', 'u.displayName', 'o.name as organizationName'])
    .where('c.status', '=', f.status ?? 'pending')
    .orderBy('c.createdAt', 'desc')
    .limit(200);
  if (f.approdoOrganisationId) q = q.where('o.approdoOrganisationId', '=', f.approdoOrganisationId);
  const rows = await q.execute();
  const out: ChangeView[] = [];
  for (const r of rows) {
    const service = await findService(tx, r.serviceId);
    // Pending: what would change now; decided: what was proposed.
    const fields =
      r.status === 'pending'
        ? await serviceChanges(tx, service, r.proposed as ServiceInput)
        : Object.fromEntries(Object.entries(r.proposed).map(([k, v]) => [k, [null, v] as [unknown, unknown]]));
    out.push({
      id: r.id,
      service: { id: service.id, name: service.name },
      organizationName: r.organizationName,
      fields,
      proposedBy: r.proposedBy && r.displayName ? { id: r.proposedBy, displayName: r.displayName } : null,
      status: r.status as ChangeView['status'],
      comment: r.comment,
      createdAt: r.createdAt.toISOString(),
      decidedAt: r.decidedAt ? r.decidedAt.toISOString() : null,
    });
  }
  return out;
}

function reportsQuery(tx: Tx) {
  return tx
    .selectFrom('dirReport as r')
    .innerJoin('dirService as s', (j) => j.onRef('s.id', '=', 'r.serviceId'))
    .innerJoin('dirOrganization as o', (j) => j.onRef('o.id', '=', 's.organizationId'))
    .select(['r.id', 'r.serviceId', 'r.reason', 'r.message', 'r.status', 'r.createdAt', 'r.resolvedAt', 's.name as serviceName', 'o.approdoOrganisationId']);
}

export async function listReports(tx: Tx, f: { status?: string; approdoOrganisationId: string | null }) {
  let q = reportsQuery(tx).where('r.status', '=', f.status ?? 'open').orderBy('r.createdAt', 'desc').limit(500);
  if (f.approdoOrganisationId) q = q.where('o.approdoOrganisationId', '=', f.approdoOrganisationId);
  return q.execute();
}

export async function findReport(tx: Tx, id: string) {
  const row = await reportsQuery(tx).where('r.id', '=', id).executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

type ReportRow = Awaited<ReturnType<typeof findReport>>;

/** Explicit whitelist of a report. */
export function presentReport(r: ReportRow): ReportView {
  return {
    id: r.id,
    service: { id: r.serviceId, name: r.serviceName },
    reason: r.reason as ReportView['reason'],
    message: r.message,
    status: r.status as ReportView['status'],
    createdAt: r.createdAt.toISOString(),
    resolvedAt: r.resolvedAt ? r.resolvedAt.toISOString() : null,
  };
}
