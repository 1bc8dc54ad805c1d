import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedFinderFixtures } from '../finder/finder-test-fixtures.js';
import { assignOperators, auditEvents, frontDoorEnv, makeAccessPoint, makePerson, type FrontDoorEnv } from './testing/front-door-fixtures.js';

let fd: FrontDoorEnv;
let ap: string;
let otherAp: string;
let mine: string;
let theirs: string;
let potenzaPerson: string;
let services: Record<string, string>;

beforeAll(async () => {
  fd = await frontDoorEnv();
  ap = await makeAccessPoint(fd, { name: 'Porta di prova Centro' });
  otherAp = await makeAccessPoint(fd, { name: 'Porta di prova Nord' });
  await assignOperators(fd, ap, [fd.user.front_desk]);
  mine = await makePerson(fd, { code: 'AO-C-0001', organisationId: fd.org['la-sorgente']!, givenName: 'Amina', familyName: 'Haddad' });
  theirs = await makePerson(fd, { code: 'AO-C-0002', organisationId: fd.org['enaip-vda']!, givenName: 'Yonas', familyName: 'Tesfaye' });
  const [potenzaOrg] = await fd.sql<{ id: string }>(`SELECT id FROM organisation WHERE slug = 'porta-sociale-centro'`);
  potenzaPerson = await makePerson(fd, { code: 'PZ-C-0001', organisationId: potenzaOrg!.id, givenName: 'Fatima' }, fd.potenzaTenantId);
  services = await seedFinderFixtures(fd.env.platform.ctx.db, fd.tenantId, [
    { name: 'Sportello casa di prova', needs: ['housing'] },
    { name: 'Servizio casa in bozza', needs: ['housing'], publicationState: 'draft' },
    { name: 'Casa rifugio di prova', needs: ['housing'], confidential: true },
  ]);
}, 120_000);
afterAll(() => fd?.env.close());

const contact = (extra: Record<string, unknown> = {}) => ({
  accessPointId: ap,
  channel: 'in_person',
  needs: ['housing', 'health'],
  informationGiven: 'Spiegato come chiedere la residenza.',
  suggestedServiceIds: [services['Sportello casa di prova']],
  outcome: 'oriented',
  nextStep: 'Tornare con il contratto di affitto',
  nextStepDue: '2030-01-10',
  language: 'ar',
  ...extra,
});

const count = async (table: string) => (await fd.sql<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0]!.n;

describe('contacts with a person', () => {
  let first: string;

  it('a front-desk operator logs one at her access point: stored, presented and audited without its text', async () => {
    const res = await fd.call(fd.s.front_desk, 'POST', `/api/people/${mine}/contacts`, contact());
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    first = res.body.id;
    expect(res.body).toMatchObject({ personId: mine, accessPointId: ap, accessPointName: 'Porta di prova Centro', organisationName: 'La Sorgente', channel: 'in_person', needs: ['housing', 'health'], outcome: 'oriented', nextStepDue: '2030-01-10', nextStepDoneAt: null, language: 'ar', anonymousProfile: null });
    expect(res.body.suggestedServiceIds).toEqual([services['Sportello casa di prova']]);
    expect(res.body.operatorName).toMatch(/front/i);
    const [event] = await auditEvents(fd, 'contact.create', first);
    expect(event!.diff).toMatchObject({ personId: mine, accessPointId: ap, channel: 'in_person', outcome: 'oriented' });
    expect(JSON.stringify(event!.diff)).not.toContain('residenza');
  });

  it('carries the operator’s only access point when none is given, none when she works at several', async () => {
    const { accessPointId: _none, ...rest } = contact();
    // The protection specialist works at one access point only, and follows this person.
    const single = await makeAccessPoint(fd, { name: 'Porta di prova protezione' });
    await assignOperators(fd, single, [fd.user.protection_specialist]);
    const followed = await makePerson(fd, { code: 'AO-C-0003', organisationId: fd.org['la-libellula']!, givenName: 'Selam', workers: [fd.user.protection_specialist] });
    const res = await fd.call(fd.s.protection_specialist, 'POST', `/api/people/${followed}/contacts`, { ...rest, channel: 'phone' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.accessPointId).toBe(single);
    const several = (await fd.sql<{ n: number }>('SELECT count(*)::int AS n FROM access_point_operator WHERE user_id = $1', [fd.user.front_desk]))[0]!.n;
    const guessed = await fd.call(fd.s.front_desk, 'POST', `/api/people/${mine}/contacts`, { ...rest, channel: 'phone' });
    expect(guessed.body.accessPointId).toBe(several === 1 ? ap : null);
    const none = await fd.call(fd.s.front_desk, 'POST', `/api/people/${mine}/contacts`, { ...rest, accessPointId: null });
    expect(none.body.accessPointId).toBeNull();
  });

  it('refuses an access point the operator does not work at (403), writing nothing', async () => {
    const before = await count('contact');
    const res = await fd.call(fd.s.front_desk, 'POST', `/api/people/${mine}/contacts`, contact({ accessPointId: otherAp }));
    expect([res.status, res.body.error.code]).toEqual([403, 'ACCESS_POINT_NOT_ASSIGNED']);
    expect(res.body.error.message).toMatch(/punto di accesso/);
    expect(await count('contact')).toBe(before);
  });

  it('a coordinator (tenant scope) logs anywhere, and the person is linked to her organisation', async () => {
    const res = await fd.call(fd.s.coordinator, 'POST', `/api/people/${theirs}/contacts`, contact({ accessPointId: otherAp, suggestedServiceIds: [] }));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const links = await fd.sql('SELECT organisation_id, reason FROM person_organisation WHERE person_id = $1 ORDER BY reason', [theirs]);
    expect(links).toEqual([
      { organisation_id: fd.org['comune-aosta'], reason: 'contact' },
      { organisation_id: fd.org['enaip-vda'], reason: 'registered' },
    ]);
  });

  it('people out of reach, of another tenant or made up answer 404; roles without person.write 403', async () => {
    for (const id of [theirs, potenzaPerson, '00000000-0000-4000-8000-000000000000']) {
      const res = await fd.call(fd.s.front_desk, 'POST', `/api/people/${id}/contacts`, contact());
      expect([res.status, res.body.error.code], id).toEqual([404, 'NOT_FOUND']);
      expect((await fd.call(fd.s.front_desk, 'GET', `/api/people/${id}/contacts`)).status, id).toBe(404);
    }
    expect((await fd.call(fd.s.coordinator, 'GET', `/api/people/${potenzaPerson}/contacts`)).status).toBe(404);
    expect((await fd.call(fd.s.case_worker, 'GET', `/api/people/${mine}/contacts`)).status).toBe(404);
    for (const role of ['analyst', 'tenant_admin', 'funder_viewer'] as const) expect((await fd.call(fd.s[role], 'POST', `/api/people/${mine}/contacts`, contact())).status, role).toBe(403);
  });

  it('refuses bad input with field errors, writing nothing', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [contact({ needs: ['housing', 'not-a-need'] }), 'body.needs.1'],
      [contact({ suggestedServiceIds: [services['Servizio casa in bozza']] }), 'body.suggestedServiceIds.0'],
      [contact({ suggestedServiceIds: [services['Sportello casa di prova'], services['Casa rifugio di prova']] }), 'body.suggestedServiceIds.1'],
      [contact({ suggestedServiceIds: ['00000000-0000-4000-8000-000000000000'] }), 'body.suggestedServiceIds.0'],
      [contact({ nextStep: '' }), 'body.nextStep'],
      [contact({ occurredAt: '2099-01-01T10:00:00Z' }), 'body.occurredAt'],
      [contact({ channel: 'pigeon' }), 'body.channel'],
      [contact({ outcome: undefined }), 'body.outcome'],
      [contact({ nextStepDue: '2030-02-30' }), 'body.nextStepDue'],
      [contact({ anonymousProfile: {} }), 'body'],
    ];
    const before = await count('contact');
    for (const [body, path] of cases) {
      const res = await fd.call(fd.s.front_desk, 'POST', `/api/people/${mine}/contacts`, body);
      expect(res.status, path).toBe(400);
      expect(res.body.error.fields.map((f: { path: string }) => f.path), path).toContain(path);
    }
    expect(await count('contact')).toBe(before);
    const confidential = await fd.call(fd.s.front_desk, 'POST', `/api/people/${mine}/contacts?lang=en`, cases[2]![0]);
    expect(confidential.body.error.fields[0].message).toMatch(/not published/);
  });

  it('reading a person’s contacts is a view of the record’s “contacts” section, in the trail', async () => {
    const res = await fd.call(fd.s.front_desk, 'GET', `/api/people/${mine}/contacts`);
    expect(res.status).toBe(200);
    expect(res.body.items.length).toBe(3);
    expect(res.body.items.map((c: { id: string }) => c.id)).toContain(first);
    const views = await auditEvents(fd, 'person.view', mine);
    expect(views.at(-1)).toMatchObject({ actor_user_id: fd.user.front_desk, diff: { sections: ['contacts'], count: 3 } });
  });

  it('marks the next step done (and undone), once, audited; only within reach', async () => {
    const done = await fd.call(fd.s.front_desk, 'PATCH', `/api/contacts/${first}`, { nextStepDone: true });
    expect(done.status).toBe(200);
    expect(Date.parse(done.body.nextStepDoneAt)).toBeGreaterThan(Date.now() - 60_000);
    const again = await fd.call(fd.s.front_desk, 'PATCH', `/api/contacts/${first}`, { nextStepDone: true });
    expect(again.body.nextStepDoneAt).toBe(done.body.nextStepDoneAt);
    expect(await auditEvents(fd, 'contact.next_step', first)).toHaveLength(1);
    expect((await fd.call(fd.s.front_desk, 'PATCH', `/api/contacts/${first}`, { nextStepDone: false })).body.nextStepDoneAt).toBeNull();
    expect((await fd.call(fd.s.partner_operator, 'PATCH', `/api/contacts/${first}`, { nextStepDone: true })).status).toBe(404);
    expect((await fd.call(fd.potenza.coordinator, 'PATCH', `/api/contacts/${first}`, { nextStepDone: true })).status).toBe(404);
    const plain = await fd.call(fd.s.front_desk, 'POST', `/api/people/${mine}/contacts`, contact({ nextStep: undefined, nextStepDue: undefined }));
    const nothing = await fd.call(fd.s.front_desk, 'PATCH', `/api/contacts/${plain.body.id}`, { nextStepDone: true });
    expect(nothing.status).toBe(400);
    expect(nothing.body.error.fields[0]).toMatchObject({ path: 'body.nextStepDone', code: 'frontDoor.noNextStep' });
  });
});

describe('anonymous contacts', () => {
  it('are counted, never identified', async () => {
    const before = await count('contact WHERE person_id IS NULL');
    const res = await fd.call(fd.s.front_desk, 'POST', '/api/contacts/anonymous', {
      accessPointId: ap,
      channel: 'outreach',
      needs: ['health'],
      outcome: 'informed',
      anonymousProfile: { gender: 'woman', ageBand: '25_29', citizenship: 'MA' },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ personId: null, accessPointId: ap, anonymousProfile: { gender: 'woman', ageBand: '25_29', citizenship: 'MA' } });
    const bare = await fd.call(fd.s.front_desk, 'POST', '/api/contacts/anonymous', { accessPointId: ap, channel: 'phone', outcome: 'no_action' });
    expect(bare.body.anonymousProfile).toEqual({});
    expect(await count('contact WHERE person_id IS NULL')).toBe(before + 2);
    expect(await auditEvents(fd, 'contact.create_anonymous', res.body.id)).toHaveLength(1);
    const day = await fd.call(fd.s.front_desk, 'GET', `/api/access-points/${ap}/day`);
    expect(day.body.totals.anonymousContacts).toBe(2);
    expect(day.body.contacts.filter((c: { anonymous: boolean }) => c.anonymous).map((c: { id: string }) => c.id)).toEqual(expect.arrayContaining([res.body.id, bare.body.id]));
  });

  it('refuses profile fields that could identify or that are not in the vocabularies', async () => {
    for (const profile of [{ name: 'Amina' }, { ageBand: '31' }, { gender: 'female' }, { citizenship: 'Morocco' }]) {
      const res = await fd.call(fd.s.front_desk, 'POST', '/api/contacts/anonymous', { channel: 'phone', outcome: 'informed', anonymousProfile: profile });
      expect(res.status, JSON.stringify(profile)).toBe(400);
      expect(res.body.error.fields[0].path, JSON.stringify(profile)).toMatch(/^body\.anonymousProfile/);
    }
  });

  it('belong to the organisation that logged them', async () => {
    const res = await fd.call(fd.s.front_desk, 'POST', '/api/contacts/anonymous', { channel: 'phone', outcome: 'informed', nextStep: 'Richiamare' });
    expect((await fd.call(fd.s.partner_operator, 'PATCH', `/api/contacts/${res.body.id}`, { nextStepDone: true })).status).toBe(404);
    expect((await fd.call(fd.s.coordinator, 'PATCH', `/api/contacts/${res.body.id}`, { nextStepDone: true })).status).toBe(200);
  });
});
