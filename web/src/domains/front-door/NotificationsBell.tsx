import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { NotificationView } from '../../../../common/schemas/notifications.js';
import { api } from '../../app/api.js';
import { useFormat } from '../../app/format.js';
import { useSession } from '../../app/session.js';
import { Icon } from '../../components/Icon.js';
import { MenuButton } from '../../components/MenuButton.js';

const POLL_MS = 120_000;

/**
 * The user's reminders (permit expiries, follow-ups due) in the header: the unread count on the
 * button, the latest ones in its menu. People are named by their code only. Opening one marks it read.
 */
export function NotificationsBell() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { me } = useSession();
  const [items, setItems] = useState<NotificationView[]>([]);
  const [unread, setUnread] = useState(0);
  const signedIn = me?.sessionStage === 'full';
  const load = useCallback(() => {
    api
      .get<{ items: NotificationView[]; unread: number }>('/api/notifications?limit=10', { quiet401: true })
      .then((res) => {
        setItems(res.items);
        setUnread(res.unread);
      })
      .catch(() => undefined);
  }, []);
  useEffect(() => {
    if (!signedIn) return;
    load();
    const id = window.setInterval(load, POLL_MS);
    return () => window.clearInterval(id);
  }, [signedIn, load]);
  if (!signedIn) return null;
  const read = (n: NotificationView) => {
    if (!n.readAt) void api.post(`/api/notifications/${n.id}/read`).then(load, () => undefined);
  };
  return (
    <MenuButton
      label={
        <>
          <Icon name="it-clock" className="icon-sm icon-white" />
          {unread ? <span className="badge bg-danger ms-1">{fmt.number(unread)}</span> : null}
        </>
      }
      ariaLabel={t('app.frontDesk.notifications.label', { count: unread })}
      buttonClassName="app-header-button"
    >
      {(close) =>
        items.length === 0 ? (
          <li className="px-3 py-2 text-secondary">{t('app.frontDesk.notifications.empty')}</li>
        ) : (
          items.map((n) => (
            <li key={n.id} className={n.readAt ? undefined : 'fw-semibold'}>
              {n.personId ? (
                <Link
                  className="dropdown-item list-item"
                  to={`/people/${n.personId}`}
                  onClick={() => {
                    read(n);
                    close();
                  }}
                >
                  <span>{n.title}</span>
                  <small className="d-block">{n.message}</small>
                  <small className="d-block text-secondary">{fmt.dateTime(n.createdAt)}</small>
                </Link>
              ) : (
                <button type="button" className="dropdown-item list-item" onClick={() => read(n)}>
                  <span>{n.title}</span>
                  <small className="d-block">{n.message}</small>
                  <small className="d-block text-secondary">{fmt.dateTime(n.createdAt)}</small>
                </button>
              )}
            </li>
          ))
        )
      }
    </MenuButton>
  );
}
