import { sql } from 'kysely';
import type { Tx } from '../../platform/db/database.js';
import { DomainError } from '../../platform/errors.js';

export interface NotificationRow {
  id: string;
  kind: string;
  personId: string | null;
  payload: Record<string, unknown>;
  createdAt: Date;
  readAt: Date | null;
}

const COLUMNS = ['id', 'kind', 'personId', 'payload', 'createdAt', 'readAt'] as const;

/** The user's own notifications: unread first, newest first. */
export async function listMyNotifications(tx: Tx, userId: string, opts: { unreadOnly: boolean; limit: number }): Promise<NotificationRow[]> {
  let q = tx.selectFrom('notification').select(COLUMNS).where('userId', '=', userId);
  if (opts.unreadOnly) q = q.where('readAt', 'is', null);
  return q
    .orderBy(sql`read_at IS NULL`, 'desc')
    .orderBy('createdAt', 'desc')
    .limit(opts.limit)
    .execute();
}

export async function countUnread(tx: Tx, userId: string): Promise<number> {
  const row = await tx
    .selectFrom('notification')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('userId', '=', userId)
    .where('readAt', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Marks one of the user's notifications read (keeping the first read time); others' answer 404. */
export async function markRead(tx: Tx, userId: string, id: string): Promise<NotificationRow> {
  const row = await tx
    .updateTable('notification')
    .set({ readAt: sql`coalesce(read_at, now())` })
    .where('id', '=', id)
    .where('userId', '=', userId)
    .returning(COLUMNS)
    .executeTakeFirst();
  if (!row) throw new DomainError('NOT_FOUND');
  return row;
}
