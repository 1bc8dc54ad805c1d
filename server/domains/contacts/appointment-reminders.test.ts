import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMailServer, type MailServer } from '../../../test/mail-server.js';
import { loadConfig } from '../../platform/config.js';
import { createMailer } from '../../platform/mail/mailer.js';
import { sendDueAppointmentReminders } from './appointment-reminders.js';
import { emailReminderSender, unconfiguredSmsSender } from './reminder-senders.js';
import { addDays, romeDate, romeInstant } from './rome-time.js';
import { auditEvents, frontDoorEnv, makeAccessPoint, makePerson, type FrontDoorEnv } from './testing/front-door-fixtures.js';

// Reminders through a real SMTP server (npm smtp-server): once per appointment even when two
// instances run the job at the same moment, in the reminder's language, never to a person who
// withdrew consent to be contacted, and retried when the mail server was down.

let mail: MailServer;
let fd: FrontDoorEnv;
let ap: string;
let person: string;
const day = addDays(romeDate(new Date()), 2);
const at = (time: string) => romeInstant(day, time)!;
/** The job's clock: 23 hours before an appointment at `time`. */
const now = (time = '10:00') => new Date(at(time).getTime() - 23 * 3_600_000);

beforeAll(async () => {
  mail = await startMailServer();
  fd = await frontDoorEnv({ SMTP_URL: mail.url });
  ap = await makeAccessPoint(fd, { name: 'Porta Sociale dei promemoria', address: 'Via Promemoria 5', city: 'Aosta', phone: '+39 0165 123456', desks: 10 });
  person = await makePerson(fd, { code: 'AO-R-0001', organisationId: fd.org['la-sorgente']!, givenName: 'Nadia', familyName: 'Karimi' });
  // Nadia agreed to be contacted (the default legal basis for contacting is consent).
  const [notice] = await fd.sql<{ id: string }>(`INSERT INTO notice (tenant_id, purpose, version, texts) VALUES ($1, 'contact', 98, '{"it":{"title":"Contatti","body":"..."}}') RETURNING id`, [fd.tenantId]);
  await fd.sql(`INSERT INTO consent (tenant_id, person_id, notice_id, purpose, decision, language, explained_how, decided_on) VALUES ($1, $2, $3, 'contact', 'given', 'ar', 'interpreter', current_date - 1)`, [fd.tenantId, person, notice!.id]);
}, 120_000);
afterAll(async () => {
  await fd?.env.close();
  await mail?.close();
});

async function book(body: Record<string, unknown>): Promise<string> {
  const res = await fd.call(fd.s.coordinator, 'POST', '/api/appointments', { accessPointId: ap, startsAt: at('10:00').toISOString(), ...body });
  if (res.status !== 201) throw new Error(`booking: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id;
}

describe('appointment reminders', () => {
  it('are sent once, in the chosen language, with time and place only, even by two runs at once', async () => {
    const arabic = await book({ personId: person, reminderChannel: 'email', reminderTo: 'nadia@example.org', reminderLanguage: 'ar' });
    const french = await book({ visitorName: 'Madame Diallo', reminderChannel: 'email', reminderTo: 'diallo@example.org', reminderLanguage: 'fr' });
    await book({ visitorName: 'Senza promemoria' });
    const runs = await Promise.all([sendDueAppointmentReminders(fd.env.platform.ctx, now()), sendDueAppointmentReminders(fd.env.platform.ctx, now())]);
    // Whatever else is due (demo data), every claim was made by exactly one of the two runs.
    const claims = await fd.sql('SELECT entity_id FROM audit_event WHERE action = $1', ['appointment.reminder_sent']);
    expect(runs.reduce((n, r) => n + r.sent, 0)).toBe(claims.length);
    expect(claims.map((c) => c.entity_id)).toEqual(expect.arrayContaining([arabic, french]));
    await sendDueAppointmentReminders(fd.env.platform.ctx, now());
    const ar = await mail.waitFor((m) => m.to.includes('nadia@example.org'));
    const fr = await mail.waitFor((m) => m.to.includes('diallo@example.org'));
    expect(mail.mails.filter((m) => m.to.includes('nadia@example.org') || m.to.includes('diallo@example.org'))).toHaveLength(2);
    expect(ar.subject).toMatch(/^تذكير/);
    expect(ar.text).toContain('Porta Sociale dei promemoria');
    expect(ar.text).toContain('Via Promemoria 5, Aosta');
    expect(ar.text).toMatch(/[\u0600-\u06FF]/);
    expect(fr.subject).toMatch(/^Rappel/);
    expect(fr.text).toContain('10:00');
    for (const m of [ar, fr]) expect(m.text).not.toMatch(/Nadia|Karimi|Diallo|AO-R-0001/);
    const rows = await fd.sql('SELECT id, reminder_sent_at FROM appointment WHERE id = ANY($1::uuid[])', [[arabic, french]]);
    expect(rows.every((r) => r.reminder_sent_at !== null)).toBe(true);
    expect(await auditEvents(fd, 'appointment.reminder_sent', arabic)).toHaveLength(1);
  });

  it('waits until the appointment is within a day', async () => {
    const id = await book({ visitorName: 'Presto', reminderChannel: 'email', reminderTo: 'presto@example.org', startsAt: at('11:00').toISOString() });
    await sendDueAppointmentReminders(fd.env.platform.ctx, new Date(at('11:00').getTime() - 30 * 3_600_000));
    expect((await fd.sql('SELECT reminder_sent_at FROM appointment WHERE id = $1', [id]))[0]!.reminder_sent_at).toBeNull();
    expect((await sendDueAppointmentReminders(fd.env.platform.ctx, now('11:00'))).sent).toBeGreaterThanOrEqual(1);
    await mail.waitFor((m) => m.to.includes('presto@example.org'));
  });

  it('are withheld from a person with no consent to be contacted on record, as mayContact says', async () => {
    const silent = await makePerson(fd, { code: 'AO-R-0003', organisationId: fd.org['la-sorgente']!, givenName: 'Silvia' });
    await book({ personId: silent, reminderChannel: 'email', reminderTo: 'silvia@example.org', startsAt: at('14:00').toISOString() });
    const run = await sendDueAppointmentReminders(fd.env.platform.ctx, now('14:00'));
    expect(run.withheld).toBeGreaterThanOrEqual(1);
    expect(mail.mails.some((m) => m.to.includes('silvia@example.org'))).toBe(false);
  });

  it('are withheld from a person who withdrew consent to be contacted, when the basis is consent', async () => {
    const withdrawn = await makePerson(fd, { code: 'AO-R-0002', organisationId: fd.org['la-sorgente']!, givenName: 'Rita' });
    await fd.sql(`INSERT INTO processing_purpose (tenant_id, purpose, legal_basis) VALUES ($1, 'contact', 'consent') ON CONFLICT (tenant_id, purpose) DO UPDATE SET legal_basis = 'consent'`, [fd.tenantId]);
    const [notice] = await fd.sql<{ id: string }>(`INSERT INTO notice (tenant_id, purpose, version, texts) VALUES ($1, 'contact', 99, '{"it":{"title":"Contatti","body":"..."}}') RETURNING id`, [fd.tenantId]);
    await fd.sql(
      `INSERT INTO consent (tenant_id, person_id, notice_id, purpose, decision, language, explained_how, decided_on, withdrawn_at) VALUES ($1, $2, $3, 'contact', 'given', 'it', 'read_by_person', current_date - 10, now())`,
      [fd.tenantId, withdrawn, notice!.id],
    );
    const id = await book({ personId: withdrawn, reminderChannel: 'email', reminderTo: 'rita@example.org', startsAt: at('12:00').toISOString() });
    const run = await sendDueAppointmentReminders(fd.env.platform.ctx, now('12:00'));
    expect(run.withheld).toBeGreaterThanOrEqual(1);
    expect(mail.mails.some((m) => m.to.includes('rita@example.org'))).toBe(false);
    // Given again (a newer decision): the reminder goes.
    await fd.sql(`INSERT INTO consent (tenant_id, person_id, notice_id, purpose, decision, language, explained_how, decided_on) VALUES ($1, $2, $3, 'contact', 'given', 'it', 'interpreter', current_date)`, [fd.tenantId, withdrawn, notice!.id]);
    expect((await sendDueAppointmentReminders(fd.env.platform.ctx, now('12:00'))).sent).toBeGreaterThanOrEqual(1);
    await mail.waitFor((m) => m.to.includes('rita@example.org'));
    expect((await fd.sql('SELECT reminder_sent_at FROM appointment WHERE id = $1', [id]))[0]!.reminder_sent_at).not.toBeNull();
  });

  it('releases a reminder the mail server refused, for the next run', async () => {
    const id = await book({ visitorName: 'Ritenta', reminderChannel: 'email', reminderTo: 'ritenta@example.org', startsAt: at('13:00').toISOString() });
    // A real SMTP client towards a port nobody listens on.
    const down = createMailer(loadConfig({ SMTP_URL: 'smtp://127.0.0.1:9/?ignoreTLS=true&connectionTimeout=2000' }));
    const failed = await sendDueAppointmentReminders(fd.env.platform.ctx, now('13:00'), { email: emailReminderSender(down), sms: unconfiguredSmsSender });
    expect(failed.sent).toBe(0);
    expect(failed.failed).toBeGreaterThanOrEqual(1);
    expect((await fd.sql('SELECT reminder_sent_at FROM appointment WHERE id = $1', [id]))[0]!.reminder_sent_at).toBeNull();
    expect(await auditEvents(fd, 'appointment.reminder_failed', id)).toHaveLength(1);
    expect((await sendDueAppointmentReminders(fd.env.platform.ctx, now('13:00'))).sent).toBeGreaterThanOrEqual(1);
    await mail.waitFor((m) => m.to.includes('ritenta@example.org'));
  });
});
