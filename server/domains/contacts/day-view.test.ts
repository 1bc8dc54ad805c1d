import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedFinderFixtures } from '../finder/finder-test-fixtures.js';
import { romeDate, addDays } from './rome-time.js';
import { assignOperators, auditEvents, frontDoorEnv, makeAccessPoint, makePerson, type FrontDoorEnv } from './testing/front-door-fixtures.js';

let fd: FrontDoorEnv;
let ap: string;
let quiet: string;
const person: Record<'mine' | 'theirs' | 'hidden', string> = { mine: '', theirs: '', hidden: '' };
let svc: Record<string, string>;
const today = romeDate(new Date());
const tomorrow = addDays(today, 1);

beforeAll(async () => {
  fd = await frontDoorEnv();
  ap = await makeAccessPoint(fd, { name: 'Porta di prova del giorno', latitude: 45.737, longitude: 7.315 });
  quiet = await makeAccessPoint(fd, { name: 'Porta di prova tranquilla' });
  await assignOperators(fd, ap, [fd.user.front_desk, fd.user.partner_operator]);
  person.mine = await makePerson(fd, { code: 'AO-D-0001', organisationId: fd.org['la-sorgente']!, givenName: 'Amina', familyName: 'Haddad' });
  person.theirs = await makePerson(fd, { code: 'AO-D-0002', organisationId: fd.org['enaip-vda']!, aliases: ['Yonas'] });
  person.hidden = await makePerson(fd, { code: 'AO-D-0003', organisationId: fd.org['la-sorgente']!, givenName: 'Protetta', protected: true });
  const base = { channel: 'in_person', needs: ['housing'], outcome: 'informed', informationGiven: 'Testo riservato', nextStep: 'Richiamare' };
  expect((await fd.call(fd.s.front_desk, 'POST', `/api/people/${person.mine}/contacts`, { ...base, accessPointId: ap })).status).toBe(201);
  expect((await fd.call(fd.s.coordinator, 'POST', `/api/people/${person.theirs}/contacts`, { ...base, accessPointId: ap })).status).toBe(201);
  // A protected record is out of everyone's reach through the API: its contact is written as the owner.
  await fd.sql(`INSERT INTO contact (tenant_id, person_id, access_point_id, organisation_id, channel, outcome) VALUES ($1, $2, $3, $4, 'phone', 'informed')`, [fd.tenantId, person.hidden, ap, fd.org['la-sorgente']]);
  svc = await seedFinderFixtures(fd.env.platform.ctx.db, fd.tenantId, [
    { name: 'Casa di prova vicina', needs: ['housing'], translations: { ar: { name: 'سكن قريب للتجربة' } }, location: { address: 'Via Vicina 1', city: 'Aosta', lat: 45.7371, lng: 7.3151 } },
    { name: 'Casa e salute di prova', needs: ['housing', 'health'], translations: { ar: { name: 'سكن وصحة للتجربة' } }, location: { address: 'Via Media 2', city: 'Aosta', lat: 45.745, lng: 7.33 } },
    { name: 'Casa di prova lontana', needs: ['housing'], location: { address: 'Via Lontana 3', city: 'Aosta', lat: 45.8, lng: 7.4 } },
    { name: 'Ambulatorio di prova', needs: ['health'], translations: { ar: { name: 'عيادة للتجربة' } }, location: { address: 'Via Salute 4', city: 'Aosta', lat: 45.739, lng: 7.318 } },
    { name: 'Rifugio di prova segreto', needs: ['housing'], confidential: true, translations: { ar: { name: 'ملجأ سري' } } },
    { name: 'Casa di prova in bozza', needs: ['housing'], publicationState: 'draft' },
  ]);
}, 120_000);
afterAll(() => fd?.env.close());

describe('the operator’s day view', () => {
  it('lists the day’s contacts: names only of people the operator reaches, codes of the others', async () => {
    const res = await fd.call(fd.s.front_desk, 'GET', `/api/access-points/${ap}/day`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ accessPoint: { id: ap, name: 'Porta di prova del giorno' }, date: today, totals: { contacts: 3, anonymousContacts: 0 } });
    const byCode = Object.fromEntries(res.body.contacts.filter((c: any) => c.person?.code).map((c: any) => [c.person.code, c]));
    expect(byCode['AO-D-0001']).toMatchObject({ person: { id: person.mine, displayName: 'Amina Haddad', reachable: true }, informationGiven: 'Testo riservato', nextStep: 'Richiamare' });
    expect(byCode['AO-D-0002']).toMatchObject({ person: { id: null, displayName: null, reachable: false }, informationGiven: null, nextStep: null, needs: ['housing'] });
    const hidden = res.body.contacts.find((c: any) => c.person && !c.person.code);
    expect(hidden).toMatchObject({ person: { id: null, code: null, displayName: null, reachable: false } });
    expect(JSON.stringify(res.body)).not.toMatch(/Yonas|Protetta/);
    const [event] = (await auditEvents(fd, 'access_point.day_view', ap)).slice(-1);
    expect(event!.diff).toMatchObject({ date: today, people: [person.mine] });
  });

  it('shows a partner operator working there codes only (she reaches nobody here)', async () => {
    const res = await fd.call(fd.s.partner_operator, 'GET', `/api/access-points/${ap}/day?date=${today}`);
    expect(res.status).toBe(200);
    expect(res.body.contacts.every((c: any) => c.person.displayName === null && c.informationGiven === null)).toBe(true);
    expect(JSON.stringify(res.body)).not.toContain('Amina');
  });

  it('is for the operators working there and tenant-wide roles: 403 elsewhere, 404 across tenants', async () => {
    const other = await fd.call(fd.s.front_desk, 'GET', `/api/access-points/${quiet}/day`);
    expect([other.status, other.body.error.code]).toEqual([403, 'ACCESS_POINT_NOT_ASSIGNED']);
    expect((await fd.call(fd.s.coordinator, 'GET', `/api/access-points/${quiet}/day`)).status).toBe(200);
    expect((await fd.call(fd.s.tenant_admin, 'GET', `/api/access-points/${ap}/day`)).status).toBe(403);
    expect((await fd.call(fd.potenza.coordinator, 'GET', `/api/access-points/${ap}/day`)).status).toBe(404);
    expect((await fd.call(fd.s.front_desk, 'GET', `/api/access-points/${ap}/day?date=2026-13-01`)).status).toBe(400);
  });

  it('lists the day’s appointments with the same rules', async () => {
    const slots = await fd.call(fd.s.front_desk, 'GET', `/api/access-points/${ap}/slots?date=${tomorrow}`);
    const [first, second, third] = slots.body.items;
    const a = await fd.call(fd.s.front_desk, 'POST', '/api/appointments', { accessPointId: ap, startsAt: first.startsAt, personId: person.mine, purpose: 'Domanda casa' });
    const b = await fd.call(fd.s.coordinator, 'POST', '/api/appointments', { accessPointId: ap, startsAt: second.startsAt, personId: person.theirs });
    const c = await fd.call(fd.s.front_desk, 'POST', '/api/appointments', { accessPointId: ap, startsAt: third.startsAt, visitorName: 'Signora in visita' });
    expect([a.status, b.status, c.status]).toEqual([201, 201, 201]);
    const day = await fd.call(fd.s.front_desk, 'GET', `/api/access-points/${ap}/day?date=${tomorrow}`);
    expect(day.body.contacts).toEqual([]);
    expect(day.body.appointments.map((x: any) => [x.person?.code ?? null, x.person?.displayName ?? x.visitorName])).toEqual([
      ['AO-D-0001', 'Amina Haddad'],
      ['AO-D-0002', null],
      [null, 'Signora in visita'],
    ]);
    expect(day.body.totals.appointments).toBe(3);
  });
});

describe('suggested services', () => {
  const mineOnly = (items: { id: string }[]) => items.filter((i) => Object.values(svc).includes(i.id));

  it('match the needs, nearest to the access point first, named in the person’s language', async () => {
    const res = await fd.call(fd.s.front_desk, 'GET', `/api/contacts/suggestions?needs=housing,health&lang=ar&accessPoint=${ap}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.lang).toBe('ar');
    const items = mineOnly(res.body.items);
    expect(items.map((i: any) => i.name)).toEqual(['سكن قريب للتجربة', 'عيادة للتجربة', 'سكن وصحة للتجربة', 'Casa di prova lontana']);
    expect(items.map((i: any) => i.nameLanguage)).toEqual(['ar', 'ar', 'ar', 'it']);
    expect(items[2]).toMatchObject({ needs: ['housing', 'health'], address: 'Via Media 2' });
    const d = items.map((i: any) => i.distanceMetres);
    expect(d[0]).toBeLessThan(50);
    expect([...d].sort((x, y) => x - y)).toEqual(d);
    expect(res.body.items.map((i: any) => i.id)).not.toContain(svc['Rifugio di prova segreto']);
    expect(res.body.items.map((i: any) => i.id)).not.toContain(svc['Casa di prova in bozza']);
    expect(res.body.printUrl.startsWith('/aosta/print?services=')).toBe(true);
    expect(res.body.printUrl).toContain(svc['Casa di prova vicina']);
    expect(res.body.printUrl).toMatch(/&lang=ar$/);
  });

  it('without an access point, services answering more needs come first; never a shelter, even for protection roles', async () => {
    const res = await fd.call(fd.s.protection_specialist, 'GET', '/api/contacts/suggestions?needs=housing,health&lang=it');
    const items = mineOnly(res.body.items);
    expect(items[0]!.id).toBe(svc['Casa e salute di prova']);
    expect(items.every((i: any) => i.distanceMetres === null)).toBe(true);
    expect(res.body.items.map((i: any) => i.id)).not.toContain(svc['Rifugio di prova segreto']);
    expect(mineOnly(res.body.items).map((i: any) => i.nameLanguage)).toEqual(items.map(() => 'it'));
  });

  it('refuses what it cannot answer with 400s; the funder viewer may not ask', async () => {
    for (const q of ['needs=housing&lang=xx', 'needs=Housing', 'needs=', `needs=housing&accessPoint=00000000-0000-4000-8000-000000000000`, 'needs=housing&accessPoint=abc', 'lang=ar']) {
      const res = await fd.call(fd.s.front_desk, 'GET', `/api/contacts/suggestions?${q}`);
      expect([res.status, res.body.error.code], q).toEqual([400, 'VALIDATION_FAILED']);
    }
    expect((await fd.call(fd.s.funder_viewer, 'GET', '/api/contacts/suggestions?needs=housing')).status).toBe(403);
  });
});
