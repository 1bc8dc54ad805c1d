import { z } from 'zod';

// A calendar day (YYYY-MM-DD, read as a day in Europe/Rome, the time zone of every tenant) or an
// instant with its offset. A day as `to` includes the whole day.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2}))?$/;
const isoDateOrInstant = z
  .string()
  .trim()
  .regex(ISO_INSTANT)
  .refine((v) => !Number.isNaN(Date.parse(v.length === 10 ? `${v}T00:00:00Z` : v)));

export const auditListQuery = z
  .object({
    actorId: z.string().uuid().optional(),
    entity: z.string().trim().min(1).max(100).optional(),
    entityId: z.string().trim().min(1).max(200).optional(),
    /** Prefix match: `user.` finds user.create, user.update, … */
    action: z.string().trim().min(1).max(100).optional(),
    from: isoDateOrInstant.optional(),
    to: isoDateOrInstant.optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    /** Keyset cursor: only events with a smaller sequence number (the `nextCursor` of the previous page). */
    before: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER).optional(),
    lang: z.string().max(10).optional(),
  })
  .strict();
export type AuditListQuery = z.infer<typeof auditListQuery>;

export const auditEventView = z.object({
  seq: z.number().int(),
  occurredAt: z.string(),
  /** `id` is null for operator tooling (CLI, seeding); `displayName` is null when unknown. */
  actor: z.object({ id: z.string().uuid().nullable(), displayName: z.string().nullable() }),
  organisationId: z.string().uuid().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  requestId: z.string().nullable(),
  diff: z.record(z.string(), z.unknown()).nullable(),
});
export type AuditEventView = z.infer<typeof auditEventView>;

export const auditListResponse = z.object({ items: z.array(auditEventView), nextCursor: z.number().int().nullable() });
export const auditActionsResponse = z.object({ items: z.array(z.string()) });
