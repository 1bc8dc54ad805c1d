import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, EVERY_DAY, frontDoorEnv, makeAccessPoint, type FrontDoorEnv } from '../contacts/testing/front-door-fixtures.js';

let fd: FrontDoorEnv;
beforeAll(async () => {
  fd = await frontDoorEnv();
}, 120_000);
afterAll(() => fd?.env.close());

const full = () => ({
  organisationId: fd.org['la-sorgente'],
  kind: 'porta_sociale',
  name: 'Porta Sociale di prova Dora',
  address: 'Via Festaz 10',
  city: 'Aosta',
  latitude: 45.74,
  longitude: 7.32,
  openingHours: [
    { day: 'TU', opens: '14:00', closes: '17:00' },
    { day: 'MO', opens: '09:00', closes: '12:30' },
  ],
  languages: ['it', 'ar', 'fr', 'ar'],
  phone: '+39 0165 000999',
  email: 'Porta.Dora@example.org',
  slotMinutes: 20,
  desks: 2,
});

describe('access points', () => {
  let id: string;

  it('a coordinator creates one: 201, ETag, normalised fields, an audit event', async () => {
    const res = await fd.call(fd.s.coordinator, 'POST', '/api/access-points', full());
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    id = res.body.id;
    expect(res.headers.etag).toBe('"1"');
    expect(res.body).toMatchObject({ name: 'Porta Sociale di prova Dora', organisationName: 'La Sorgente', latitude: 45.74, slotMinutes: 20, desks: 2, email: 'porta.dora@example.org', version: 1, operatorCount: 0, assignedToMe: false, active: true });
    // Hours in week order; languages once each.
    expect(res.body.openingHours).toEqual([
      { day: 'MO', opens: '09:00', closes: '12:30' },
      { day: 'TU', opens: '14:00', closes: '17:00' },
    ]);
    expect(res.body.languages).toEqual(['ar', 'fr', 'it']);
    const events = await auditEvents(fd, 'access_point.create', id);
    expect(events).toHaveLength(1);
    expect(events[0]!.actor_user_id).toBe(fd.user.coordinator);
  });

  it('staff of the tenant list and read it; the funder viewer does not', async () => {
    for (const role of ['front_desk', 'case_worker', 'partner_operator', 'analyst', 'tenant_admin'] as const) {
      const list = await fd.call(fd.s[role], 'GET', '/api/access-points');
      expect(list.status, role).toBe(200);
      expect(list.body.items.map((a: { id: string }) => a.id), role).toContain(id);
    }
    const one = await fd.call(fd.s.front_desk, 'GET', `/api/access-points/${id}`);
    expect(one.status).toBe(200);
    expect(one.headers.etag).toBe('"1"');
    expect((await fd.call(fd.s.funder_viewer, 'GET', '/api/access-points')).status).toBe(403);
    const filtered = await fd.call(fd.s.front_desk, 'GET', `/api/access-points?organisationId=${fd.org['enaip-vda']}`);
    expect(filtered.body.items.map((a: { id: string }) => a.id)).not.toContain(id);
  });

  it('only access_point.manage creates or edits', async () => {
    for (const role of ['front_desk', 'case_worker', 'partner_operator', 'analyst'] as const) {
      expect((await fd.call(fd.s[role], 'POST', '/api/access-points', { ...full(), name: `Da ${role}` })).status, role).toBe(403);
      expect((await fd.call(fd.s[role], 'PATCH', `/api/access-points/${id}`, { name: 'X' }, { 'if-match': '"1"' })).status, role).toBe(403);
    }
  });

  it('refuses bad input with field errors and writes nothing', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ ...full(), name: 'Orari al contrario', openingHours: [{ day: 'MO', opens: '12:00', closes: '09:00' }] }, 'body.openingHours.0.closes'],
      [{ ...full(), name: 'Orari sovrapposti', openingHours: [{ day: 'MO', opens: '09:00', closes: '12:00' }, { day: 'MO', opens: '11:00', closes: '13:00' }] }, 'body.openingHours.1.opens'],
      [{ ...full(), name: 'Orario 24', openingHours: [{ day: 'MO', opens: '09:00', closes: '24:00' }] }, 'body.openingHours.0.closes'],
      [{ ...full(), name: 'Orario corto', openingHours: [{ day: 'MO', opens: '9:00', closes: '12:00' }] }, 'body.openingHours.0.opens'],
      [{ ...full(), name: 'Giorno inventato', openingHours: [{ day: 'XX', opens: '09:00', closes: '12:00' }] }, 'body.openingHours.0.day'],
      [{ ...full(), name: 'Solo latitudine', longitude: null }, 'body.longitude'],
      [{ ...full(), name: 'Ente sconosciuto', organisationId: '00000000-0000-4000-8000-000000000000' }, 'body.organisationId'],
      [{ ...full(), name: 'Luogo sconosciuto', directoryLocationId: '00000000-0000-4000-8000-000000000000' }, 'body.directoryLocationId'],
      [{ ...full(), name: 'PORTA SOCIALE DI PROVA DORA' }, 'body.name'],
      [{ ...full(), name: 'Sportelli troppi', desks: 0 }, 'body.desks'],
      [{ ...full(), name: 'Kind', kind: 'castle' }, 'body.kind'],
    ];
    const before = (await fd.sql<{ n: number }>('SELECT count(*)::int AS n FROM access_point'))[0]!.n;
    for (const [body, path] of cases) {
      const res = await fd.call(fd.s.coordinator, 'POST', '/api/access-points', body);
      expect(res.status, path).toBe(400);
      expect(res.body.error.code, path).toBe('VALIDATION_FAILED');
      expect(res.body.error.fields.map((f: { path: string }) => f.path), path).toContain(path);
      expect(res.body.error.fields.every((f: { message: string }) => f.message.length > 0), path).toBe(true);
    }
    const after = (await fd.sql<{ n: number }>('SELECT count(*)::int AS n FROM access_point'))[0]!.n;
    expect(after).toBe(before);
    const ar = await fd.call(fd.s.coordinator, 'POST', '/api/access-points?lang=ar', cases[0]![0]);
    expect(ar.body.error.fields[0].message).toMatch(/[\u0600-\u06FF]/);
  });

  it('PATCH needs If-Match: 428 without, 409 when stale, 400 when unreadable, 200 with the current version', async () => {
    const none = await fd.call(fd.s.coordinator, 'PATCH', `/api/access-points/${id}`, { desks: 3 });
    expect([none.status, none.body.error.code]).toEqual([428, 'PRECONDITION_REQUIRED']);
    const ok = await fd.call(fd.s.coordinator, 'PATCH', `/api/access-points/${id}`, { desks: 3 }, { 'if-match': '"1"' });
    expect(ok.status).toBe(200);
    expect(ok.headers.etag).toBe('"2"');
    expect(ok.body).toMatchObject({ desks: 3, version: 2 });
    const stale = await fd.call(fd.s.tenant_admin, 'PATCH', `/api/access-points/${id}`, { desks: 4 }, { 'if-match': '"1"' });
    expect([stale.status, stale.body.error.code]).toEqual([409, 'VERSION_CONFLICT']);
    for (const junk of ['*', 'abc', '"2", "3"']) {
      const res = await fd.call(fd.s.coordinator, 'PATCH', `/api/access-points/${id}`, { desks: 4 }, { 'if-match': junk });
      expect([res.status, res.body.error.fields?.[0]?.path], junk).toEqual([400, 'headers.if-match']);
    }
    // Nothing changed: the version stays, no event.
    const same = await fd.call(fd.s.coordinator, 'PATCH', `/api/access-points/${id}`, { desks: 3, languages: ['it', 'fr', 'ar'] }, { 'if-match': '2' });
    expect(same.body.version).toBe(2);
    const events = await auditEvents(fd, 'access_point.update', id);
    expect(events).toHaveLength(1);
    expect(events[0]!.diff).toEqual({ desks: [2, 3] });
    const [row] = await fd.sql('SELECT desks, version FROM access_point WHERE id = $1', [id]);
    expect(row).toEqual({ desks: 3, version: 2 });
  });

  it('assigns operators, who then find it under /mine; the set is audited and bumps the version', async () => {
    const put = await fd.call(fd.s.coordinator, 'PUT', `/api/access-points/${id}/operators`, { userIds: [fd.user.front_desk, fd.user.case_worker] });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    expect(put.body.items.map((o: { userId: string }) => o.userId).sort()).toEqual([fd.user.front_desk, fd.user.case_worker].sort());
    expect(put.headers.etag).toBe('"3"');
    const mine = await fd.call(fd.s.front_desk, 'GET', '/api/access-points/mine');
    expect(mine.status).toBe(200);
    expect(mine.body.items.map((a: { id: string }) => a.id)).toContain(id);
    expect(mine.body.items.every((a: { assignedToMe: boolean }) => a.assignedToMe)).toBe(true);
    expect(mine.body.items.find((a: { id: string }) => a.id === id)).toMatchObject({ assignedToMe: true, operatorCount: 2 });
    expect((await fd.call(fd.s.partner_operator, 'GET', '/api/access-points/mine')).body.items.map((a: { id: string }) => a.id)).not.toContain(id);
    const stale = await fd.call(fd.s.coordinator, 'PUT', `/api/access-points/${id}/operators`, { userIds: [] }, { 'if-match': '"2"' });
    expect(stale.status).toBe(409);
    const bad = await fd.call(fd.s.coordinator, 'PUT', `/api/access-points/${id}/operators`, { userIds: [fd.user.front_desk, '00000000-0000-4000-8000-000000000000'] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((f: { path: string }) => f.path)).toEqual(['body.userIds.1']);
    const [event] = await auditEvents(fd, 'access_point.operators', id);
    expect(event!.diff.added.sort()).toEqual([fd.user.front_desk, fd.user.case_worker].sort());
    expect((await fd.call(fd.s.front_desk, 'GET', `/api/access-points/${id}/operators`)).status).toBe(403);
  });

  it('links a directory location; a confidential one (a shelter) only for protection roles', async () => {
    const [shelter] = await fd.sql<{ id: string }>(`INSERT INTO dir_location (tenant_id, name, confidential) VALUES ($1, 'Rifugio riservato di prova', true) RETURNING id`, [fd.tenantId]);
    const [open] = await fd.sql<{ id: string }>(`INSERT INTO dir_location (tenant_id, name) VALUES ($1, 'Sede pubblica di prova') RETURNING id`, [fd.tenantId]);
    const refused = await fd.call(fd.s.coordinator, 'POST', '/api/access-points', { ...full(), name: 'Sportello con rifugio', directoryLocationId: shelter!.id });
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields[0].path).toBe('body.directoryLocationId');
    const linked = await makeAccessPoint(fd, { name: 'Sportello con sede', directoryLocationId: open!.id });
    expect((await fd.call(fd.s.front_desk, 'GET', `/api/access-points/${linked}`)).body.directoryLocationId).toBe(open!.id);
  });

  it('another tenant’s access point does not exist: 404 on every route with its id', async () => {
    const theirs = await makeAccessPoint(fd, { name: 'Porta Sociale Potenza di prova', organisationId: (await fd.sql<{ id: string }>(`SELECT id FROM organisation WHERE slug = 'porta-sociale-centro'`))[0]!.id, openingHours: EVERY_DAY }, fd.potenza.coordinator);
    const calls: ['GET' | 'PATCH' | 'PUT', string, unknown?][] = [
      ['GET', `/api/access-points/${theirs}`],
      ['PATCH', `/api/access-points/${theirs}`, { desks: 2 }],
      ['GET', `/api/access-points/${theirs}/operators`],
      ['PUT', `/api/access-points/${theirs}/operators`, { userIds: [] }],
      ['GET', `/api/access-points/${theirs}/day`],
      ['GET', `/api/access-points/${theirs}/slots`],
    ];
    for (const [method, url, body] of calls) {
      const res = await fd.call(fd.s.coordinator, method, url, body, { 'if-match': '"1"' });
      expect([res.status, res.body.error?.code], `${method} ${url}`).toEqual([404, 'NOT_FOUND']);
    }
    expect((await fd.call(fd.s.coordinator, 'GET', '/api/access-points')).body.items.map((a: { id: string }) => a.id)).not.toContain(theirs);
    expect((await fd.call(fd.potenza.coordinator, 'GET', `/api/access-points/${theirs}`)).status).toBe(200);
  });
});
