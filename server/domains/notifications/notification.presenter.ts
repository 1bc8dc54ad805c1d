import type { NotificationView } from '../../../common/schemas/notifications.js';
import { NOTIFICATION_KINDS } from '../../../common/schemas/notifications.js';
import { translate } from '../../platform/i18n/i18n.js';
import type { NotificationRow } from './notifications.queries.js';

// Texts are rendered when read, in the reader's language, from the kind and the payload (which
// holds codes, dates and numbers, never a name).

function formatDay(day: unknown, lang: string): string {
  if (typeof day !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return '';
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

export function presentNotification(row: NotificationRow, lang: string): NotificationView {
  const key = (NOTIFICATION_KINDS as readonly string[]).includes(row.kind) ? row.kind : 'other';
  const p = row.payload;
  const personCode = typeof p.personCode === 'string' ? p.personCode : null;
  const params = {
    code: personCode ?? '—',
    days: typeof p.daysLeft === 'number' ? p.daysLeft : 0,
    date: formatDay(p.expiresOn ?? p.due, lang),
  };
  return {
    id: row.id,
    kind: row.kind,
    personId: row.personId,
    personCode,
    title: translate(lang, `notifications.kind.${key}.title`, params),
    message: translate(lang, `notifications.kind.${key}.message`, params),
    payload: p,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt?.toISOString() ?? null,
  };
}
