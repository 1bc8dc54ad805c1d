import type { Tx } from '../../platform/db/database.js';
import { DomainError } from '../../platform/errors.js';
import type { ConsentPurpose } from '../../platform/db/people-schema.js';

export interface NoticeRow {
  id: string;
  purpose: ConsentPurpose;
  partnerOrganisationId: string | null;
  partnerOrganisationName: string | null;
  version: number;
  texts: Record<string, { title: string; body: string }>;
  publishedAt: Date;
  retiredAt: Date | null;
}

function noticeQuery(tx: Tx) {
  return tx
    .selectFrom('notice as n')
    .leftJoin('organisation as o', (j) => j.onRef('o.tenantId', '=', 'n.tenantId').onRef('o.id', '=', 'n.partnerOrganisationId'))
    .select(['n.id', 'n.purpose', 'n.partnerOrganisationId', 'o.name as partnerOrganisationName', 'n.version', 'n.texts', 'n.publishedAt', 'n.retiredAt']);
}

export async function listNotices(
  tx: Tx,
  filter: { purpose?: ConsentPurpose; partnerOrganisationId?: string; includeRetired?: boolean },
): Promise<NoticeRow[]> {
  let q = noticeQuery(tx);
  if (filter.purpose) q = q.where('n.purpose', '=', filter.purpose);
  if (filter.partnerOrganisationId) q = q.where('n.partnerOrganisationId', '=', filter.partnerOrganisationId);
  if (!filter.includeRetired) q = q.where('n.retiredAt', 'is', null);
  return q.orderBy('n.purpose').orderBy('o.name').orderBy('n.version', 'desc').limit(500).execute();
}

export async function findNoticeOrNull(tx: Tx, id: string): Promise<NoticeRow | null> {
  return (await noticeQuery(tx).where('n.id', '=', id).executeTakeFirst()) ?? null;
}

export async function findNotice(tx: Tx, id: string): Promise<NoticeRow> {
  const row = await findNoticeOrNull(tx, id);
  if (!row) throw new DomainError('NOT_FOUND');
  return row;
}

/** Notices in force (not retired), to tell a person's record which decisions are outdated. */
export async function currentNotices(tx: Tx): Promise<NoticeRow[]> {
  return listNotices(tx, {});
}
