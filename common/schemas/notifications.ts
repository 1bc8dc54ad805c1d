import { z } from 'zod';

// In-app notifications (reminders) of the signed-in user. A notification about a person names
// them by their pseudonymous code only, never by name: the person may be protected, or out of the
// reader's reach by the time they read it. Texts: locale keys `notifications.*`.

export const NOTIFICATION_KINDS = ['permit_expiry', 'follow_up_due'] as const;
/** Days before a residence permit expires at which its workers are reminded. */
export const PERMIT_REMINDER_DAYS = [60, 30, 7] as const;

export const notificationListQuery = z
  .object({
    unreadOnly: z.enum(['true', 'false']).optional(),
    limit: z.coerce.number().int().min(1).max(200).optional(),
  })
  .strict();

export const notificationIdParam = z.object({ id: z.string().uuid() }).strict();

export const notificationView = z.object({
  id: z.string().uuid(),
  kind: z.string(),
  personId: z.string().uuid().nullable(),
  personCode: z.string().nullable(),
  /** Title and text in the reader's language. */
  title: z.string(),
  message: z.string(),
  payload: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});

export const notificationList = z.object({ items: z.array(notificationView), unread: z.number().int() });
export type NotificationView = z.infer<typeof notificationView>;
