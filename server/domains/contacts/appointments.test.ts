import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, romeDate, romeInstant } from './rome-time.js';
import { assignOperators, auditEvents, frontDoorEnv, makeAccessPoint, makePerson, type FrontDoorEnv } from './testing/front-door-fixtures.js';

let fd: FrontDoorEnv;
let ap: string;
let wide: string;
let closed: string;
let mine: string;
let theirs: string;
const tomorrow = addDays(romeDate(new Date()), 1);
const at = (time: string, date = tomorrow) => romeInstant(date, time)!.toISOString();

beforeAll(async () => {
  fd = await frontDoorEnv();
  ap = await makeAccessPoint(fd, { name: 'Sportello appuntamenti di prova', slotMinutes: 30, desks: 1, phone: '+39 0165 111222' });
  wide = await makeAccessPoint(fd, { name: 'Sportello a due scrivanie', slotMinutes: 60, desks: 2 });
  closed = await makeAccessPoint(fd, { name: 'Sportello chiuso di prova' });
  expect((await fd.call(fd.s.coordinator, 'PATCH', `/api/access-points/${closed}`, { active: false }, { 'if-match': '"1"' })).status).toBe(200);
  await assignOperators(fd, ap, [fd.user.front_desk]);
  mine = await makePerson(fd, { code: 'AO-A-0001', organisationId: fd.org['la-sorgente']!, givenName: 'Amina' });
  theirs = await makePerson(fd, { code: 'AO-A-0002', organisationId: fd.org['enaip-vda']!, givenName: 'Yonas' });
}, 120_000);
afterAll(() => fd?.env.close());

const book = (body: Record<string, unknown>, who = fd.s.front_desk) => fd.call(who, 'POST', '/api/appointments', { accessPointId: ap, ...body });
const count = async () => (await fd.sql<{ n: number }>('SELECT count(*)::int AS n FROM appointment'))[0]!.n;

describe('slots', () => {
  it('cut the opening hours by the slot length, with a place per desk', async () => {
    const res = await fd.call(fd.s.front_desk, 'GET', `/api/access-points/${ap}/slots?date=${tomorrow}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ accessPointId: ap, date: tomorrow, slotMinutes: 30 });
    expect(res.body.items).toHaveLength(20);
    expect(res.body.items[0]).toEqual({ startsAt: at('08:00'), endsAt: at('08:30'), time: '08:00', capacity: 1, booked: 0, free: 1 });
    expect(res.body.items.at(-1).time).toBe('17:30');
    expect((await fd.call(fd.s.front_desk, 'GET', `/api/access-points/${ap}/slots?date=2020-01-06`)).body.items).toEqual([]);
    expect((await fd.call(fd.s.front_desk, 'GET', `/api/access-points/${closed}/slots?date=${tomorrow}`)).body.items).toEqual([]);
    expect((await fd.call(fd.s.analyst, 'GET', `/api/access-points/${ap}/slots`)).status).toBe(403);
  });
});

describe('booking', () => {
  let booked: string;

  it('books a free slot for a person in reach: 201, ETag, audited without names or addresses', async () => {
    const res = await book({ startsAt: at('08:00'), personId: mine, purpose: 'Domanda casa', reminderChannel: 'email', reminderTo: 'amina@example.org', reminderLanguage: 'ar' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    booked = res.body.id;
    expect(res.headers.etag).toBe('"1"');
    expect(res.body).toMatchObject({ accessPointId: ap, startsAt: at('08:00'), endsAt: at('08:30'), status: 'booked', reminderChannel: 'email', reminderTo: 'amina@example.org', reminderLanguage: 'ar', reminderSentAt: null, version: 1 });
    expect(res.body.person).toMatchObject({ id: mine, code: 'AO-A-0001', displayName: 'Amina', reachable: true });
    const [event] = await auditEvents(fd, 'appointment.create', booked);
    expect(event!.diff).toMatchObject({ accessPointId: ap, personId: mine, reminderChannel: 'email' });
    expect(JSON.stringify(event!.diff)).not.toContain('amina@');
    const slots = await fd.call(fd.s.front_desk, 'GET', `/api/access-points/${ap}/slots?date=${tomorrow}`);
    expect(slots.body.items[0]).toMatchObject({ time: '08:00', booked: 1, free: 0 });
  });

  it('refuses a full slot with 409 and a clear message, writing nothing', async () => {
    const before = await count();
    const res = await book({ startsAt: at('08:00'), visitorName: 'Signor Bianchi' });
    expect([res.status, res.body.error.code]).toEqual([409, 'APPOINTMENT_SLOT_FULL']);
    expect(res.body.error.message).toContain('08:00');
    expect(await count()).toBe(before);
  });

  it('gives the last place to exactly one of two operators booking at the same moment', async () => {
    const both = await Promise.all([book({ startsAt: at('09:00'), visitorName: 'Prima' }), book({ startsAt: at('09:00'), visitorName: 'Seconda' }, fd.s.coordinator)]);
    expect(both.map((r) => r.status).sort()).toEqual([201, 409]);
    const rows = await fd.sql<{ n: number }>(`SELECT count(*)::int AS n FROM appointment WHERE access_point_id = $1 AND starts_at = $2`, [ap, at('09:00')]);
    expect(rows[0]!.n).toBe(1);
  });

  it('fills a slot with as many appointments as desks', async () => {
    const results = [];
    for (const name of ['Uno', 'Due', 'Tre']) results.push((await book({ accessPointId: wide, startsAt: at('10:00'), visitorName: name })).status);
    expect(results).toEqual([201, 201, 409]);
  });

  it('refuses bad bookings with field errors', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ startsAt: at('08:10'), visitorName: 'X' }, 'body.startsAt', 'frontDoor.notASlot'],
      [{ startsAt: at('09:30', addDays(tomorrow, -3)), visitorName: 'X' }, 'body.startsAt', 'frontDoor.notASlot'],
      [{ startsAt: at('19:00'), visitorName: 'X' }, 'body.startsAt', 'frontDoor.notASlot'],
      [{ startsAt: at('11:00') }, 'body.personId', 'required'],
      [{ startsAt: at('11:00'), personId: mine, visitorName: 'X' }, 'body.visitorName', 'frontDoor.personOrVisitor'],
      [{ startsAt: at('11:00'), visitorName: 'X', reminderChannel: 'email' }, 'body.reminderTo', 'required'],
      [{ startsAt: at('11:00'), visitorName: 'X', reminderChannel: 'email', reminderTo: 'not-an-address' }, 'body.reminderTo', 'invalid_format'],
      [{ startsAt: at('11:00'), visitorName: 'X', reminderTo: 'x@example.org' }, 'body.reminderTo', 'frontDoor.noReminderChannel'],
      [{ startsAt: at('11:00'), visitorName: 'X', reminderChannel: 'email', reminderTo: 'x@example.org', reminderLanguage: 'ti' }, 'body.reminderLanguage', 'invalid_value'],
      [{ accessPointId: closed, startsAt: at('11:00'), visitorName: 'X' }, 'body.accessPointId', 'invalid_value'],
      [{ accessPointId: '00000000-0000-4000-8000-000000000000', startsAt: at('11:00'), visitorName: 'X' }, 'body.accessPointId', 'invalid_value'],
      [{ startsAt: '2026-13-01T10:00:00Z', visitorName: 'X' }, 'body.startsAt', 'invalid_format'],
    ];
    const before = await count();
    for (const [body, path, code] of cases) {
      const res = await book(body);
      expect(res.status, path).toBe(400);
      expect(res.body.error.fields, `${path} ${JSON.stringify(res.body.error.fields)}`).toContainEqual(expect.objectContaining({ path, code }));
    }
    expect(await count()).toBe(before);
  });

  it('has no SMS provider by default: an SMS reminder is refused, honestly', async () => {
    const res = await book({ startsAt: at('11:00'), visitorName: 'X', reminderChannel: 'sms', reminderTo: '+39 333 1234567' });
    expect([res.status, res.body.error.code]).toEqual([422, 'REMINDER_CHANNEL_UNAVAILABLE']);
    expect(res.body.error.message).toMatch(/SMS/);
  });

  it('books only for people in reach and at access points of the tenant', async () => {
    expect((await book({ startsAt: at('11:00'), personId: theirs })).status).toBe(404);
    const [potenzaOrg] = await fd.sql<{ id: string }>(`SELECT id FROM organisation WHERE slug = 'porta-sociale-centro'`);
    const foreign = await makeAccessPoint(fd, { name: 'Sportello di Potenza di prova', organisationId: potenzaOrg!.id }, fd.potenza.coordinator);
    const res = await book({ accessPointId: foreign, startsAt: at('11:00'), visitorName: 'X' });
    expect(res.status).toBe(400);
    expect(res.body.error.fields[0].path).toBe('body.accessPointId');
    expect((await fd.call(fd.s.analyst, 'POST', '/api/appointments', { accessPointId: ap, startsAt: at('11:00'), visitorName: 'X' })).status).toBe(403);
  });

  it('is visible to the access point’s operators, its booker and tenant-wide roles; 404 for others', async () => {
    const one = await fd.call(fd.s.front_desk, 'GET', `/api/appointments/${booked}`);
    expect(one.status).toBe(200);
    expect(one.headers.etag).toBe('"1"');
    expect((await fd.call(fd.s.coordinator, 'GET', `/api/appointments/${booked}`)).status).toBe(200);
    for (const who of [fd.s.case_worker, fd.s.partner_operator, fd.potenza.coordinator]) expect((await fd.call(who, 'GET', `/api/appointments/${booked}`)).status).toBe(404);
    expect((await fd.call(fd.s.partner_operator, 'PATCH', `/api/appointments/${booked}`, { status: 'cancelled' }, { 'if-match': '"1"' })).status).toBe(404);
  });

  it('changes status only with If-Match: 428 without, 409 stale; a cancelled slot is free again', async () => {
    const url = `/api/appointments/${booked}`;
    const none = await fd.call(fd.s.front_desk, 'PATCH', url, { status: 'cancelled' });
    expect([none.status, none.body.error.code]).toEqual([428, 'PRECONDITION_REQUIRED']);
    const early = await fd.call(fd.s.front_desk, 'PATCH', url, { status: 'attended' }, { 'if-match': '"1"' });
    expect([early.status, early.body.error.code]).toEqual([409, 'APPOINTMENT_STATUS_INVALID']);
    const ok = await fd.call(fd.s.front_desk, 'PATCH', url, { status: 'cancelled' }, { 'if-match': '"1"' });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ status: 'cancelled', version: 2 });
    expect(ok.headers.etag).toBe('"2"');
    const stale = await fd.call(fd.s.coordinator, 'PATCH', url, { status: 'missed' }, { 'if-match': '"1"' });
    expect([stale.status, stale.body.error.code]).toEqual([409, 'VERSION_CONFLICT']);
    const final = await fd.call(fd.s.coordinator, 'PATCH', url, { status: 'missed' }, { 'if-match': '"2"' });
    expect([final.status, final.body.error.code]).toEqual([409, 'APPOINTMENT_STATUS_INVALID']);
    expect((await auditEvents(fd, 'appointment.status', booked)).map((e) => e.diff)).toEqual([{ status: ['booked', 'cancelled'] }]);
    expect((await book({ startsAt: at('08:00'), visitorName: 'Al posto di Amina' })).status).toBe(201);
  });

  it('records attendance from the appointment’s day on', async () => {
    const [past] = await fd.sql<{ id: string }>(
      `INSERT INTO appointment (tenant_id, access_point_id, visitor_name, starts_at, ends_at, created_by) VALUES ($1, $2, 'Ieri', now() - interval '1 day', now() - interval '23 hours', $3) RETURNING id`,
      [fd.tenantId, ap, fd.user.front_desk],
    );
    const res = await fd.call(fd.s.front_desk, 'PATCH', `/api/appointments/${past!.id}`, { status: 'attended' }, { 'if-match': '"1"' });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('attended');
    expect((await fd.call(fd.s.front_desk, 'PATCH', `/api/appointments/${past!.id}`, { status: 'bogus' }, { 'if-match': '"2"' })).status).toBe(400);
  });
});
