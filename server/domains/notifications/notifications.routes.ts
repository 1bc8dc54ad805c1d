import { notificationIdParam, notificationList, notificationListQuery, notificationView } from '../../../common/schemas/notifications.js';
import { policy } from '../../platform/authz/authz.js';
import type { AppContext } from '../../platform/context.js';
import { withTenant } from '../../platform/db/database.js';
import type { App } from '../../platform/http/app.js';
import { presentNotification } from './notification.presenter.js';
import { countUnread, listMyNotifications, markRead } from './notifications.queries.js';

/** The signed-in user's own notifications (reminders); nobody reads another's. */
export async function notificationRoutes(app: App, ctx: AppContext) {
  const tags = ['notifications'];
  app.get(
    '/api/notifications',
    { config: { policy: policy.authenticated }, schema: { tags, querystring: notificationListQuery, response: { 200: notificationList } } },
    async (request) => {
      const actor = request.actor!;
      const { rows, unread } = await withTenant(ctx.db, actor.tenantId, async (tx) => ({
        rows: await listMyNotifications(tx, actor.userId, { unreadOnly: request.query.unreadOnly === 'true', limit: request.query.limit ?? 50 }),
        unread: await countUnread(tx, actor.userId),
      }));
      return { items: rows.map((r) => presentNotification(r, request.lang)), unread };
    },
  );
  app.post(
    '/api/notifications/:id/read',
    { config: { policy: policy.authenticated }, schema: { tags, params: notificationIdParam, response: { 200: notificationView } } },
    async (request) => {
      const actor = request.actor!;
      const row = await withTenant(ctx.db, actor.tenantId, (tx) => markRead(tx, actor.userId, request.params.id));
      return presentNotification(row, request.lang);
    },
  );
}
