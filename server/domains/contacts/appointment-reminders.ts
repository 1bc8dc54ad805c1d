import { sql } from 'kysely';
import type { SystemActor } from '../../platform/authz/actor.js';
import { writeAudit } from '../../platform/audit/audit-writer.js';
import type { AppContext } from '../../platform/context.js';
import { withTenant, type Tx } from '../../platform/db/database.js';
import { translate } from '../../platform/i18n/i18n.js';
import { reminderSenders, type ReminderMessage, type ReminderSenders } from './reminder-senders.js';

// Appointment reminders, about a day before. The scheduler (server/platform/jobs) calls
// `sendDueAppointmentReminders` every few minutes, possibly on several instances at once:
// - each reminder is claimed by setting reminder_sent_at in one UPDATE over rows locked with
//   FOR UPDATE SKIP LOCKED, so two runs never claim the same appointment; the claim commits
//   before anything is sent, and a failed send releases it for the next run (at most one
//   reminder per appointment, retried only when none went out);
// - a registered person gets a reminder only when contacting them is allowed, by the same rule as
//   mayContact (server/domains/consents/consent-rules.ts): when the tenant's legal basis for
//   contacting is consent (the default), the latest 'contact' consent must be given and not
//   withdrawn; no consent recorded means no reminder. Held-back reminders stay unclaimed, so a
//   consent given later brings them back. A visitor without a record asked for the reminder at booking;
// - the message says when, where and at which access point: no name, no other personal data.

export const REMINDER_LEAD_HOURS = 24;
const BATCH = 200;

export interface ReminderRun {
  sent: number;
  failed: number;
  /** Due reminders held back because contacting the person is not allowed (no consent, refused or withdrawn). */
  withheld: number;
}

interface Claimed {
  id: string;
  startsAt: Date;
  reminderChannel: 'email' | 'sms';
  reminderTo: string;
  reminderLanguage: string | null;
  apName: string;
  apAddress: string | null;
  apCity: string | null;
  apPhone: string | null;
}

/** Over an `appointment a`: contacting its person is not allowed (mirrors mayContact). */
const CONTACT_REFUSED = sql`(a.person_id IS NOT NULL
  AND coalesce((SELECT pp.legal_basis FROM processing_purpose pp WHERE pp.tenant_id = a.tenant_id AND pp.purpose = 'contact'), 'consent') = 'consent'
  AND NOT EXISTS (SELECT 1 FROM (SELECT c.decision, c.withdrawn_at FROM consent c
      WHERE c.tenant_id = a.tenant_id AND c.person_id = a.person_id AND c.purpose = 'contact'
      ORDER BY c.decided_on DESC, c.created_at DESC LIMIT 1) latest
    WHERE latest.withdrawn_at IS NULL AND latest.decision = 'given'))`;

function dueCondition(now: Date, channels: string[]) {
  return sql`a.status = 'booked' AND a.reminder_sent_at IS NULL AND a.reminder_to IS NOT NULL
    AND a.reminder_channel = ANY(${channels}::text[])
    AND a.starts_at > ${now}::timestamptz AND a.starts_at <= ${now}::timestamptz + make_interval(hours => ${REMINDER_LEAD_HOURS})`;
}

async function claim(tx: Tx, now: Date, channels: string[]): Promise<Claimed[]> {
  const { rows } = await sql<Claimed>`
    WITH due AS (
      SELECT a.tenant_id, a.id FROM appointment a
      WHERE ${dueCondition(now, channels)} AND NOT ${CONTACT_REFUSED}
      ORDER BY a.starts_at LIMIT ${BATCH}
      FOR UPDATE OF a SKIP LOCKED
    )
    UPDATE appointment a SET reminder_sent_at = now()
    FROM due, access_point ap
    WHERE a.tenant_id = due.tenant_id AND a.id = due.id AND a.reminder_sent_at IS NULL
      AND ap.tenant_id = a.tenant_id AND ap.id = a.access_point_id
    RETURNING a.id, a.starts_at, a.reminder_channel, a.reminder_to, a.reminder_language,
      ap.name AS ap_name, ap.address AS ap_address, ap.city AS ap_city, ap.phone AS ap_phone`.execute(tx);
  return rows;
}

async function countWithheld(tx: Tx, now: Date, channels: string[]): Promise<number> {
  const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM appointment a WHERE ${dueCondition(now, channels)} AND ${CONTACT_REFUSED}`.execute(tx);
  return rows[0]?.n ?? 0;
}

/** The reminder in its language (Italian if none was chosen), with Rome's date and time. */
export function reminderMessage(r: Pick<Claimed, 'startsAt' | 'reminderTo' | 'reminderLanguage' | 'apName' | 'apAddress' | 'apCity' | 'apPhone'>): ReminderMessage {
  const lang = r.reminderLanguage ?? 'it';
  const at = new Date(r.startsAt);
  const date = new Intl.DateTimeFormat(lang, { dateStyle: 'full', timeZone: 'Europe/Rome' }).format(at);
  const time = new Intl.DateTimeFormat(lang, { timeStyle: 'short', timeZone: 'Europe/Rome' }).format(at);
  const address = [r.apAddress, r.apCity].filter(Boolean).join(', ');
  const lines = [translate(lang, 'frontDoor.reminder.body', { accessPoint: r.apName, date, time })];
  if (address) lines.push(translate(lang, 'frontDoor.reminder.address', { address }));
  if (r.apPhone) lines.push(translate(lang, 'frontDoor.reminder.phone', { phone: r.apPhone }));
  lines.push('', translate(lang, 'frontDoor.reminder.footer'));
  return { to: r.reminderTo, subject: translate(lang, 'frontDoor.reminder.subject', { date, time }), text: lines.join('\n') };
}

async function deliver(ctx: AppContext, actor: SystemActor, senders: ReminderSenders, r: Claimed): Promise<boolean> {
  try {
    await senders[r.reminderChannel].send(reminderMessage(r));
    return true;
  } catch (err) {
    // The address stays out of the log; the claim is released so that the next run retries.
    ctx.log.error({ event: 'appointment.reminder_failed', appointmentId: r.id, channel: r.reminderChannel, err: { name: (err as Error).name, code: (err as { code?: string }).code } }, 'reminder not sent');
    await withTenant(ctx.db, actor.tenantId, async (tx) => {
      await tx.updateTable('appointment').set({ reminderSentAt: null }).where('id', '=', r.id).where('reminderSentAt', 'is not', null).execute();
      await writeAudit(tx, actor, { action: 'appointment.reminder_failed', entity: 'appointment', entityId: r.id, diff: { channel: r.reminderChannel } });
    });
    return false;
  }
}

/** Sends every reminder due at `now` (appointments starting within the next 24 hours), in every tenant. */
export async function sendDueAppointmentReminders(ctx: AppContext, now: Date = new Date(), senders: ReminderSenders = reminderSenders(ctx)): Promise<ReminderRun> {
  const run: ReminderRun = { sent: 0, failed: 0, withheld: 0 };
  const channels = (['email', 'sms'] as const).filter((c) => senders[c].configured);
  if (!channels.length) return run;
  // Tenant ids and slugs are public (RLS policy tenant_read); everything else is read per tenant.
  const tenants = await ctx.db.selectFrom('tenant').select('id').orderBy('id').execute();
  for (const tenant of tenants) {
    const actor: SystemActor = { kind: 'system', tenantId: tenant.id, label: 'appointment-reminders' };
    for (;;) {
      const claimed = await withTenant(ctx.db, tenant.id, async (tx) => {
        const rows = await claim(tx, now, channels);
        for (const r of rows) await writeAudit(tx, actor, { action: 'appointment.reminder_sent', entity: 'appointment', entityId: r.id, diff: { channel: r.reminderChannel } });
        return rows;
      });
      let failed = 0;
      for (const r of claimed) {
        if (await deliver(ctx, actor, senders, r)) run.sent++;
        else failed++;
      }
      run.failed += failed;
      // A failing channel is not retried within the same run (released claims would come back).
      if (claimed.length < BATCH || failed > 0) break;
    }
    run.withheld += await withTenant(ctx.db, tenant.id, (tx) => countWithheld(tx, now, channels));
  }
  return run;
}
