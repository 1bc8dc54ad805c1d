import { sql } from 'kysely';
import type { AuditListQuery } from '../../../common/schemas/audit.js';
import type { Tx } from '../../platform/db/database.js';

// Day-only bounds are days of the tenants' time zone.
const TIME_ZONE = 'Europe/Rome';
const isDay = (v: string) => v.length === 10;

/** One page of the tenant's trail, newest first; RLS keeps it inside the current tenant. */
export async function listAuditEvents(tx: Tx, filter: AuditListQuery) {
  let q = tx
    .selectFrom('auditEvent as e')
    .leftJoin('appUser as u', (j) => j.onRef('u.tenantId', '=', 'e.tenantId').onRef('u.id', '=', 'e.actorUserId'))
    .select([
      'e.seq', 'e.occurredAt', 'e.actorUserId', 'e.actorOrgId', 'e.action', 'e.entity', 'e.entityId', 'e.requestId', 'e.diff',
      'u.displayName as actorDisplayName',
    ]);
  if (filter.actorId) q = q.where('e.actorUserId', '=', filter.actorId);
  if (filter.entity) q = q.where('e.entity', '=', filter.entity);
  if (filter.entityId) q = q.where('e.entityId', '=', filter.entityId);
  if (filter.action) {
    const prefix = filter.action.replace(/[\\%_]/g, (c) => `\\${c}`);
    q = q.where('e.action', 'like', `${prefix}%`);
  }
  if (filter.from) {
    q = isDay(filter.from)
      ? q.where('e.occurredAt', '>=', sql<Date>`(${filter.from}::date)::timestamp AT TIME ZONE ${TIME_ZONE}`)
      : q.where('e.occurredAt', '>=', sql<Date>`${filter.from}::timestamptz`);
  }
  if (filter.to) {
    q = isDay(filter.to)
      ? q.where('e.occurredAt', '<', sql<Date>`(${filter.to}::date + 1)::timestamp AT TIME ZONE ${TIME_ZONE}`)
      : // Inclusive to the millisecond, the precision the API shows, so a shown instant finds its event.
        q.where('e.occurredAt', '<', sql<Date>`date_trunc('milliseconds', ${filter.to}::timestamptz) + interval '1 millisecond'`);
  }
  if (filter.before) q = q.where('e.seq', '<', String(filter.before));
  // One more row than asked tells whether a next page exists.
  const rows = await q.orderBy('e.seq', 'desc').limit(filter.limit + 1).execute();
  const more = rows.length > filter.limit;
  const page = more ? rows.slice(0, filter.limit) : rows;
  return { rows: page, nextCursor: more ? Number(page[page.length - 1]!.seq) : null };
}
export type AuditEventRecord = Awaited<ReturnType<typeof listAuditEvents>>['rows'][number];

/**
 * Distinct action names of the tenant, as a skip scan over audit_event_action_idx: one index probe
 * per name, however many events the trail holds.
 */
export async function listAuditActions(tx: Tx): Promise<string[]> {
  const { rows } = await sql<{ action: string | null }>`
    WITH RECURSIVE a(action) AS (
      (SELECT action FROM audit_event WHERE tenant_id = app_tenant() ORDER BY action LIMIT 1)
      UNION ALL
      SELECT (SELECT e.action FROM audit_event e WHERE e.tenant_id = app_tenant() AND e.action > a.action ORDER BY e.action LIMIT 1)
      FROM a WHERE a.action IS NOT NULL
    )
    SELECT action FROM a WHERE action IS NOT NULL ORDER BY action`.execute(tx);
  return rows.map((r) => r.action!);
}
