import { sql } from 'kysely';
import { PERMIT_REMINDER_DAYS } from '../../../common/schemas/notifications.js';
import { writeAudit } from '../../platform/audit/audit-writer.js';
import type { SystemActor } from '../../platform/authz/actor.js';
import type { AppContext } from '../../platform/context.js';
import type { Tx } from '../../platform/db/database.js';
import { romeDay } from '../../platform/jobs/calendar.js';
import type { Job } from '../../platform/jobs/scheduler.js';
import { forEachTenant } from '../../platform/jobs/tenant-job.js';

// Reminder jobs: they turn due dates into in-app notifications. Each insert carries a dedupe key
// (unique per tenant), so running a job twice, or on two instances at once, creates each
// notification once. Payloads hold the person's code, never a name.

async function recordRun(tx: Tx, actor: SystemActor, kind: string, created: number): Promise<number> {
  if (created > 0) await writeAudit(tx, actor, { action: 'notification.create', entity: 'notification', diff: { kind, count: created } });
  return created;
}

/**
 * Residence permits expiring within 60, 30 or 7 days: each worker assigned to the person gets one
 * notification per threshold (the nearest one reached, so a first run 5 days before expiry sends
 * the 7-day reminder only). Key: person, threshold, expiry date, worker: a renewed permit (new
 * date) is reminded again.
 */
export async function createPermitExpiryReminders(ctx: Pick<AppContext, 'db'>, now: Date): Promise<number> {
  const today = romeDay(now);
  const thresholds = [...PERMIT_REMINDER_DAYS].sort((a, b) => a - b);
  const widest = thresholds[thresholds.length - 1]!;
  return forEachTenant(ctx, 'permit-expiry', async (tx, actor) => {
    const { rows } = await sql<{ id: string }>`
      INSERT INTO notification (tenant_id, user_id, kind, person_id, payload, dedupe_key)
      SELECT p.tenant_id, pw.user_id, 'permit_expiry', p.id,
        jsonb_build_object('personCode', p.code, 'expiresOn', p.permit_expires_on, 'daysLeft', p.permit_expires_on - ${today}::date, 'threshold', t.days),
        concat_ws(':', 'permit_expiry', p.id, t.days, p.permit_expires_on, pw.user_id)
      FROM person p
      CROSS JOIN LATERAL (SELECT min(d) AS days FROM unnest(${thresholds}::int[]) d WHERE p.permit_expires_on - ${today}::date <= d) t
      JOIN person_worker pw ON pw.tenant_id = p.tenant_id AND pw.person_id = p.id
      JOIN app_user u ON u.tenant_id = pw.tenant_id AND u.id = pw.user_id AND u.status = 'active'
      WHERE p.tenant_id = ${actor.tenantId} AND p.status = 'active' AND p.permit_expires_on IS NOT NULL
        AND p.permit_expires_on BETWEEN ${today}::date AND ${today}::date + ${widest}::int
      ON CONFLICT (tenant_id, dedupe_key) DO NOTHING
      RETURNING id`.execute(tx);
    return recordRun(tx, actor, 'permit_expiry', rows.length);
  });
}

/**
 * Follow-ups due today or earlier and not done: the contact's operator is reminded once per due
 * date (a postponed follow-up is reminded again on its new date). Anonymous contacts have no code.
 */
export async function createFollowUpReminders(ctx: Pick<AppContext, 'db'>, now: Date): Promise<number> {
  const today = romeDay(now);
  return forEachTenant(ctx, 'follow-ups', async (tx, actor) => {
    const { rows } = await sql<{ id: string }>`
      INSERT INTO notification (tenant_id, user_id, kind, person_id, payload, dedupe_key)
      SELECT c.tenant_id, c.operator_id, 'follow_up_due', c.person_id,
        jsonb_build_object('personCode', p.code, 'contactId', c.id, 'due', c.next_step_due),
        concat_ws(':', 'follow_up_due', c.id, c.next_step_due)
      FROM contact c
      JOIN app_user u ON u.tenant_id = c.tenant_id AND u.id = c.operator_id AND u.status = 'active'
      LEFT JOIN person p ON p.tenant_id = c.tenant_id AND p.id = c.person_id
      WHERE c.tenant_id = ${actor.tenantId} AND c.next_step_due IS NOT NULL AND c.next_step_due <= ${today}::date
        AND c.next_step_done_at IS NULL
      ON CONFLICT (tenant_id, dedupe_key) DO NOTHING
      RETURNING id`.execute(tx);
    return recordRun(tx, actor, 'follow_up_due', rows.length);
  });
}

export const permitExpiryJob: Job = { name: 'permit-expiry-reminders', run: (ctx, now) => createPermitExpiryReminders(ctx, now) };
export const followUpJob: Job = { name: 'follow-up-reminders', run: (ctx, now) => createFollowUpReminders(ctx, now) };
