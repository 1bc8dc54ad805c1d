import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { loginDemo, type Session } from '../../../test/sessions.js';
import { seedDemo } from '../../demo/seed-demo.js';
import { withTenant } from '../../platform/db/database.js';
import { romeDay } from '../../platform/jobs/calendar.js';
import { createTestPerson, demoUserId, type DemoTenant } from '../consents/testing/people-fixtures.js';
import { createFollowUpReminders, createPermitExpiryReminders } from './reminder-jobs.js';

let env: TestEnv;
let frontDesk: Session;
let caseWorker: Session;
let potenzaFrontDesk: Session;
const NOW = new Date('2026-03-10T09:00:00Z');
const TODAY = romeDay(NOW);
const plusDays = (n: number, from = TODAY) => new Date(Date.parse(`${from}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

interface Note {
  id: string;
  kind: string;
  personCode: string | null;
  title: string;
  message: string;
  payload: Record<string, unknown>;
  readAt: string | null;
}
const inbox = async (s: Session, query = '') => (await env.app.inject({ method: 'GET', url: `/api/notifications${query}`, headers: s.headers })).json() as { items: Note[]; unread: number };

async function permitNotes(tenantId: string) {
  return withTenant(env.platform.ctx.db, tenantId, (tx) =>
    tx.selectFrom('notification').select(['userId', 'personId', 'payload']).where('kind', '=', 'permit_expiry').orderBy('createdAt').execute(),
  );
}

async function addContact(tenant: DemoTenant, personId: string | null, due: string, done = false) {
  const op = await demoUserId(env.platform.ctx, 'front_desk', tenant);
  const tenantId = (await env.platform.ctx.db.selectFrom('tenant').select('id').where('slug', '=', tenant).executeTakeFirstOrThrow()).id;
  return withTenant(env.platform.ctx.db, tenantId, async (tx) =>
    (
      await tx
        .insertInto('contact')
        .values({
          tenantId,
          personId,
          organisationId: op.organisationId,
          operatorId: op.id,
          channel: 'in_person',
          outcome: 'oriented',
          nextStep: 'Richiamare Amina per il corso di italiano',
          nextStepDue: due,
          nextStepDoneAt: done ? new Date() : null,
          anonymousProfile: personId ? null : JSON.stringify({ gender: 'woman' }),
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id,
  );
}

beforeAll(async () => {
  env = await createTestEnv();
  await seedDemo(env.platform.ctx);
  frontDesk = await loginDemo(env.app, 'front_desk');
  caseWorker = await loginDemo(env.app, 'case_worker');
  potenzaFrontDesk = await loginDemo(env.app, 'front_desk', 'potenza');
});
afterAll(() => env?.close());

describe('residence permit reminders', () => {
  it('remind each assigned worker once at the nearest threshold reached (60/30/7 days)', async () => {
    const workers = ['front_desk', 'case_worker'] as const;
    const in45 = await createTestPerson(env.platform.ctx, { workers: [...workers], permitExpiresOn: plusDays(45), givenName: 'Nadia' });
    const in20 = await createTestPerson(env.platform.ctx, { workers: [...workers], permitExpiresOn: plusDays(20) });
    const in5 = await createTestPerson(env.platform.ctx, { workers: ['front_desk'], permitExpiresOn: plusDays(5) });
    await createTestPerson(env.platform.ctx, { workers: [...workers], permitExpiresOn: plusDays(61) });
    await createTestPerson(env.platform.ctx, { workers: [...workers], permitExpiresOn: plusDays(-3) });
    expect(await createPermitExpiryReminders(env.platform.ctx, NOW)).toBe(5);
    // Twice, and on two instances at once: nothing more.
    expect(await createPermitExpiryReminders(env.platform.ctx, NOW)).toBe(0);
    expect(await Promise.all([createPermitExpiryReminders(env.platform.ctx, NOW), createPermitExpiryReminders(env.platform.ctx, NOW)])).toEqual([0, 0]);
    const notes = await permitNotes(in45.tenantId);
    const thresholdOf = (id: string) => [...new Set(notes.filter((n) => n.personId === id).map((n) => n.payload.threshold))];
    expect([thresholdOf(in45.id), thresholdOf(in20.id), thresholdOf(in5.id)]).toEqual([[60], [30], [7]]);
    expect(notes.filter((n) => n.personId === in45.id)).toHaveLength(2);

    // 16 days later, for each of their two workers: 45 → 29 days (30-day reminder), 20 → 4 days
    // (7-day reminder), 61 → 45 days (60-day reminder); the 5-day permit has expired.
    expect(await createPermitExpiryReminders(env.platform.ctx, new Date(NOW.getTime() + 16 * 86_400_000))).toBe(6);
    expect([...new Set((await permitNotes(in45.tenantId)).filter((n) => n.personId === in45.id).map((n) => n.payload.threshold))]).toEqual([60, 30]);
    // A renewed permit (new expiry) is a new reminder cycle.
    await withTenant(env.platform.ctx.db, in5.tenantId, (tx) => tx.updateTable('person').set({ permitExpiresOn: plusDays(6) }).where('id', '=', in5.id).execute());
    expect(await createPermitExpiryReminders(env.platform.ctx, NOW)).toBe(1);

    const mine = await inbox(caseWorker);
    const note = mine.items.find((n) => n.personCode === in45.code)!;
    expect(note).toMatchObject({ kind: 'permit_expiry', title: 'Permesso di soggiorno in scadenza', readAt: null });
    expect(note.message).toContain(in45.code);
    // Codes only: the name never travels in a notification.
    expect(JSON.stringify(mine)).not.toContain('Nadia');
  });

  it('stay inside their tenant', async () => {
    const potenza = await createTestPerson(env.platform.ctx, { tenant: 'potenza', workers: ['front_desk'], permitExpiresOn: plusDays(10) });
    const aostaPerson = await createTestPerson(env.platform.ctx, { tenant: 'aosta', workers: ['front_desk'], permitExpiresOn: plusDays(10) });
    expect(await createPermitExpiryReminders(env.platform.ctx, NOW)).toBe(2);
    const pz = await inbox(potenzaFrontDesk);
    expect(pz.items.map((n) => n.personCode)).toEqual([potenza.code]);
    const ao = await inbox(frontDesk);
    expect(ao.items.map((n) => n.personCode)).toContain(aostaPerson.code);
    expect(ao.items.map((n) => n.personCode)).not.toContain(potenza.code);
    const pzNotes = await permitNotes(potenza.tenantId);
    const pzUser = await demoUserId(env.platform.ctx, 'front_desk', 'potenza');
    expect(pzNotes.every((n) => n.userId === pzUser.id)).toBe(true);
  });
});

describe('follow-up reminders', () => {
  it('remind the operator of follow-ups due today or earlier and not done, once per due date', async () => {
    const person = await createTestPerson(env.platform.ctx, { protected: true, givenName: 'Segreta' });
    const due = await addContact('aosta', person.id, TODAY);
    const late = await addContact('aosta', null, plusDays(-4));
    await addContact('aosta', person.id, plusDays(-1), true);
    await addContact('aosta', person.id, plusDays(2));
    const before = (await inbox(frontDesk)).unread;
    expect(await createFollowUpReminders(env.platform.ctx, NOW)).toBe(2);
    expect(await createFollowUpReminders(env.platform.ctx, NOW)).toBe(0);
    const mine = await inbox(frontDesk, '?unreadOnly=true');
    expect(mine.unread).toBe(before + 2);
    const followUps = mine.items.filter((n) => n.kind === 'follow_up_due');
    expect(followUps.map((n) => n.payload.contactId).sort()).toEqual([due, late].sort());
    // A protected person appears by code only; an anonymous contact has none.
    expect(followUps.find((n) => n.payload.contactId === due)!.personCode).toBe(person.code);
    expect(followUps.find((n) => n.payload.contactId === late)!.personCode).toBeNull();
    expect(JSON.stringify(mine)).not.toMatch(/Segreta|Richiamare/);
    // Postponed: a new reminder on the new date.
    await withTenant(env.platform.ctx.db, person.tenantId, (tx) => tx.updateTable('contact').set({ nextStepDue: plusDays(1) }).where('id', '=', due).execute());
    expect(await createFollowUpReminders(env.platform.ctx, NOW)).toBe(0);
    expect(await createFollowUpReminders(env.platform.ctx, new Date(NOW.getTime() + 86_400_000))).toBe(1);
  });
});

describe('the notifications API', () => {
  it('lists my notifications unread first, marks them read, and never shows another user’s', async () => {
    const all = await inbox(frontDesk);
    expect(all.items.length).toBeGreaterThan(2);
    const target = all.items[1]!;
    const read = await env.app.inject({ method: 'POST', url: `/api/notifications/${target.id}/read`, headers: frontDesk.headers });
    expect(read.statusCode).toBe(200);
    expect(read.json().readAt).not.toBeNull();
    const after = await inbox(frontDesk);
    expect(after.unread).toBe(all.unread - 1);
    expect(after.items.at(-1)!.id).toBe(target.id);
    expect(after.items.findIndex((n) => n.readAt !== null)).toBe(after.items.length - 1);
    // English for an English reader.
    const en = (await env.app.inject({ method: 'GET', url: '/api/notifications?lang=en', headers: frontDesk.headers })).json().items as Note[];
    expect(en.find((n) => n.kind === 'permit_expiry')!.title).toBe('Residence permit expiring');
    // The case worker cannot read, or mark, the front desk's notification.
    expect((await env.app.inject({ method: 'POST', url: `/api/notifications/${target.id}/read`, headers: caseWorker.headers })).statusCode).toBe(404);
    expect((await env.app.inject({ method: 'POST', url: `/api/notifications/${target.id}/read`, headers: potenzaFrontDesk.headers })).statusCode).toBe(404);
    expect((await inbox(caseWorker)).items.map((n) => n.id)).not.toContain(target.id);
  });
});
