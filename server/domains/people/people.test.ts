import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessPointFor, auditEvents, peopleEnv, register, userId, type PeopleEnv } from './testing/people-fixtures.js';

// Intake, validation, the record by section and role, and the audit trail of every view.

let p: PeopleEnv;
beforeAll(async () => {
  p = await peopleEnv();
}, 120_000);
afterAll(() => p?.env.close());

describe('intake (POST /api/people)', () => {
  it('registers the minimal case: an alias, an age band, a need', async () => {
    const res = await p.call(p.s.front_desk, 'POST', '/api/people', { aliases: ['Mama Ngozi'], ageBand: '30_54', needs: ['housing'] });
    expect(res.status).toBe(201);
    expect(res.body.core).toMatchObject({ ageBand: '30_54', needs: ['housing'], gender: 'not_declared', status: 'active' });
    expect(res.body.core.code).toMatch(/^[2-9A-HJKMNP-Z]{3}-[2-9A-HJKMNP-Z]{3}$/);
    expect(res.body.identity.aliases).toEqual(['Mama Ngozi']);
    expect(res.headers.etag).toBe(`"${res.body.version}"`);
    // Front desk: no special categories in the answer.
    expect(res.body.sections).toEqual(['core', 'identity', 'profile']);
    expect(res.body.special).toBeUndefined();
    const [row] = await p.sql('SELECT search_names, phonetic FROM person_identity WHERE person_id = $1', [res.body.id]);
    expect(row!.search_names).toBe('mama ngozi');
    expect(row!.phonetic).toContain('NKS');
    // Linked to whoever registered it: organisation and worker.
    const fd = await userId(p, 'front_desk');
    expect(await p.sql('SELECT organisation_id, reason FROM person_organisation WHERE person_id = $1', [res.body.id])).toEqual([{ organisation_id: fd.organisationId, reason: 'registered' }]);
    expect(await p.sql('SELECT user_id, role FROM person_worker WHERE person_id = $1', [res.body.id])).toEqual([{ user_id: fd.id, role: 'intake' }]);
  });

  it('stores a full intake: identity apart, transliterated search names, E.164 phone, ISTAT citizenship, the search choice in the trail', async () => {
    const accessPointId = await accessPointFor(p, 'front_desk', 'Sportello Sorgente centro');
    const shown = '00000000-0000-4000-8000-000000000001';
    const res = await p.call(p.s.front_desk, 'POST', '/api/people', {
      givenName: 'Olena',
      familyName: 'Kovalenko',
      givenNameOriginal: 'Олена',
      familyNameOriginal: 'Коваленко',
      sex: 'female',
      gender: 'woman',
      birthDate: '1994-03-02',
      citizenship: 'UA',
      languages: ['uk', 'ru'],
      preferredLanguage: 'uk',
      interpreterNeeded: true,
      interpreterLanguage: 'uk',
      interpreterGender: 'woman',
      phone: '333 123 4567',
      household: { size: 2, members: [{ relation: 'child', birthYear: 2019, dependent: true }] },
      permitType: 'special_protection',
      permitExpiresOn: '2027-01-31',
      residenceIstat: '007003',
      educationIsced: 6,
      foreignQualifications: [{ title: 'Bachelor in Economics', country: 'UA', year: 2016, recognised: false }],
      labourStatus: 'unemployed',
      unemployedSince: '2024-01-15',
      housingEthos: 'insecure_no_tenancy',
      needs: ['work-training', 'language'],
      accessPointId,
      duplicateCheck: { searched: true, candidates: [shown], choice: 'none_matched' },
    });
    expect(res.status).toBe(201);
    const v = res.body;
    expect(v.core).toMatchObject({ ageBand: ageBandFor(1994), accessPoint: { id: accessPointId, name: 'Sportello Sorgente centro' }, interpreter: { needed: true, language: 'uk', gender: 'woman' } });
    expect(v.identity).toMatchObject({ givenNameOriginal: 'Олена', birthDate: '1994-03-02', birthYear: 1994, phone: '+393331234567', sex: 'female' });
    expect(v.profile).toMatchObject({ citizenship: { iso: 'UA', istat: '243' }, educationIsced: 6, labourStatus: 'unemployed', neet: false, housingEthos: 'insecure_no_tenancy' });
    expect(v.profile.unemploymentMonths).toBeGreaterThanOrEqual(12);
    expect(v.profile.foreignQualifications).toEqual([{ title: 'Bachelor in Economics', country: 'UA', year: 2016, recognised: false }]);
    const [row] = await p.sql('SELECT p.birth_year, p.citizenship_istat, i.search_names, i.phone_key FROM person p JOIN person_identity i ON i.person_id = p.id WHERE p.id = $1', [v.id]);
    expect(row).toMatchObject({ birth_year: 1994, citizenship_istat: '243', search_names: 'olena kovalenko', phone_key: '331234567' });
    // The pseudonymous row holds no name.
    const [person] = await p.sql('SELECT to_jsonb(p)::text AS j FROM person p WHERE id = $1', [v.id]);
    expect(person!.j).not.toMatch(/Olena|Kovalenko|Олена/);
    const [created] = (await auditEvents(p, 'person.create', v.id)).map((e) => e.diff);
    expect(created).toMatchObject({ accessPointId, duplicateCheck: { searched: true, candidates: [shown], choice: 'none_matched' } });
    expect(created.fields).toEqual(expect.arrayContaining(['givenName', 'phone', 'citizenship']));
    expect(JSON.stringify(created)).not.toMatch(/Olena|Kovalenko|4567/);
  });

  it('refuses an access point the operator is not assigned to, like an unknown one', async () => {
    const other = await accessPointFor(p, 'case_worker', 'Sportello del case worker');
    for (const accessPointId of [other, '00000000-0000-4000-8000-00000000abcd']) {
      const res = await p.call(p.s.front_desk, 'POST', '/api/people', { givenName: 'Amina', ageBand: '18_24', needs: ['health'], accessPointId });
      expect(res.status).toBe(422);
      expect(res.body.error).toMatchObject({ code: 'PERSON_ACCESS_POINT_NOT_ASSIGNED', fields: [{ path: 'body.accessPointId' }] });
    }
  });

  it('answers bad input with 400 and translated field errors, and writes nothing', async () => {
    const before = await p.sql('SELECT count(*)::int AS n FROM person');
    const noName = await p.call(p.s.front_desk, 'POST', '/api/people', { ageBand: '18_24', needs: ['housing'] });
    expect(noName.status).toBe(400);
    expect(noName.body.error.fields).toEqual([{ path: 'body.givenName', code: 'required', message: 'Campo obbligatorio.' }]);
    const noBand = await p.call(p.s.front_desk, 'POST', '/api/people', { givenName: 'Yusuf', needs: ['housing'] }, { 'accept-language': 'en' });
    expect(noBand.body.error.fields.map((f: { path: string }) => f.path)).toEqual(['body.ageBand']);
    const noNeed = await p.call(p.s.front_desk, 'POST', '/api/people', { givenName: 'Yusuf', ageBand: '18_24', needs: [] });
    expect(noNeed.status).toBe(400);
    expect(noNeed.body.error.fields[0].path).toBe('body.needs');
    const unknownNeed = await p.call(p.s.front_desk, 'POST', '/api/people', { givenName: 'Yusuf', ageBand: '18_24', needs: ['housing', 'teleportation'] });
    expect(unknownNeed.status).toBe(400);
    expect(unknownNeed.body.error.fields).toEqual([{ path: 'body.needs.1', code: 'unknown_code', message: 'Codice sconosciuto: teleportation.' }]);
    const badValues = await p.call(p.s.front_desk, 'POST', '/api/people', { givenName: 'Yusuf', ageBand: '18_24', needs: ['housing'], citizenship: 'ZZ', residenceIstat: '7003', permitType: 'tourist' });
    expect(badValues.status).toBe(400);
    expect(badValues.body.error.fields.map((f: { path: string }) => f.path).sort()).toEqual(['body.citizenship', 'body.permitType', 'body.residenceIstat']);
    const arabic = await p.call(p.s.front_desk, 'POST', '/api/people?lang=ar', { ageBand: '18_24', needs: ['housing'] }, { 'accept-language': 'ar' });
    expect(arabic.body.error.message).toMatch(/[\u0600-\u06FF]/);
    const mismatch = await p.call(p.s.front_desk, 'POST', '/api/people', { givenName: 'Yusuf', birthDate: '2001-05-05', birthYear: 1999, needs: ['housing'] });
    expect(mismatch.body.error.fields).toEqual([expect.objectContaining({ path: 'body.birthYear', code: 'invalid_value' })]);
    expect(await p.sql('SELECT count(*)::int AS n FROM person')).toEqual(before);
  });

  it('keeps special categories to holders of person.special', async () => {
    const denied = await p.call(p.s.front_desk, 'POST', '/api/people', { givenName: 'Fatima', ageBand: '25_29', needs: ['health'], disability: 'yes' });
    expect(denied.status).toBe(403);
    const ok = await p.call(p.s.coordinator, 'POST', '/api/people', { givenName: 'Fatima', ageBand: '25_29', needs: ['health'], disability: 'yes', disadvantages: ['single_parent'] });
    expect(ok.status).toBe(201);
    expect(ok.body.special).toEqual({ disability: 'yes', disadvantages: ['single_parent'] });
    for (const role of ['analyst', 'funder_viewer', 'tenant_admin'] as const) {
      expect((await p.call(p.s[role], 'POST', '/api/people', { givenName: 'X', ageBand: '25_29', needs: ['health'] })).status).toBe(403);
    }
  });
});

describe('the record by role (GET /api/people/{id})', () => {
  let id: string;
  beforeAll(async () => {
    // Registered by the coordinator (comune-aosta) with special categories, then served by la-sorgente.
    const v = await register(p, p.s.coordinator, { givenName: 'Aisha', familyName: 'Bello', birthYear: 1998, citizenship: 'NG', disability: 'no', disadvantages: ['violence_victim'] });
    id = v.id;
  });

  it('coordinator: every section, special included; ETag and version', async () => {
    const res = await p.call(p.s.coordinator, 'GET', `/api/people/${id}`);
    expect(res.status).toBe(200);
    expect(res.body.sections).toEqual(['core', 'identity', 'profile', 'special']);
    expect(res.body.special).toEqual({ disability: 'no', disadvantages: ['violence_victim'] });
    expect(res.headers.etag).toBe(`"${res.body.version}"`);
    expect(res.body.core.organisation.name).toBe('Comune di Aosta');
  });

  it('front desk: 404 until the person is linked to its organisation; then never the special section', async () => {
    expect((await p.call(p.s.front_desk, 'GET', `/api/people/${id}`)).status).toBe(404);
    const fd = await userId(p, 'front_desk');
    await p.sql(`INSERT INTO person_organisation (tenant_id, person_id, organisation_id, reason) VALUES ($1, $2, $3, 'contact')`, [p.tenantId, id, fd.organisationId]);
    const res = await p.call(p.s.front_desk, 'GET', `/api/people/${id}`);
    expect(res.status).toBe(200);
    expect(res.body.sections).toEqual(['core', 'identity', 'profile']);
    expect(res.body.special).toBeUndefined();
    expect(JSON.stringify(res.body)).not.toMatch(/violence_victim|disability/);
    // Asking for it changes nothing.
    const asked = await p.call(p.s.front_desk, 'GET', `/api/people/${id}?sections=core,special`);
    expect(asked.body.sections).toEqual(['core']);
    expect(asked.body.identity).toBeUndefined();
  });

  it('partner operator: only people assigned to them', async () => {
    expect((await p.call(p.s.partner_operator, 'GET', `/api/people/${id}`)).status).toBe(404);
    const po = await userId(p, 'partner_operator');
    await p.sql(`INSERT INTO person_worker (tenant_id, person_id, user_id, role) VALUES ($1, $2, $3, 'mentor')`, [p.tenantId, id, po.id]);
    const res = await p.call(p.s.partner_operator, 'GET', `/api/people/${id}`);
    expect(res.status).toBe(200);
    expect(res.body.special).toBeUndefined();
    expect(res.body.identity.givenName).toBe('Aisha');
  });

  it('case worker: special categories of the people they are assigned to', async () => {
    expect((await p.call(p.s.case_worker, 'GET', `/api/people/${id}`)).status).toBe(404);
    const cw = await userId(p, 'case_worker');
    await p.sql(`INSERT INTO person_worker (tenant_id, person_id, user_id, role) VALUES ($1, $2, $3, 'case_worker')`, [p.tenantId, id, cw.id]);
    const res = await p.call(p.s.case_worker, 'GET', `/api/people/${id}`);
    expect(res.body.special).toEqual({ disability: 'no', disadvantages: ['violence_victim'] });
  });

  it('analyst and funder viewer never see a person (403); tenant admin neither', async () => {
    for (const role of ['analyst', 'funder_viewer', 'tenant_admin'] as const) {
      expect((await p.call(p.s[role], 'GET', `/api/people/${id}`)).status).toBe(403);
      expect((await p.call(p.s[role], 'GET', `/api/people?q=aisha`)).status).toBe(403);
    }
  });

  it('another tenant answers 404, like an id that does not exist', async () => {
    expect((await p.call(p.potenza.coordinator, 'GET', `/api/people/${id}`)).status).toBe(404);
    expect((await p.call(p.s.coordinator, 'GET', '/api/people/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('writes one audit event per read, naming the sections returned', async () => {
    const before = (await auditEvents(p, 'person.view', id)).length;
    await p.call(p.s.coordinator, 'GET', `/api/people/${id}`);
    await p.call(p.s.front_desk, 'GET', `/api/people/${id}?sections=core`);
    const events = await auditEvents(p, 'person.view', id);
    expect(events.length).toBe(before + 2);
    expect(events.slice(-2).map((e) => e.diff.sections)).toEqual([['core', 'identity', 'profile', 'special'], ['core']]);
    expect(events.at(-1)!.actor_user_id).toBe((await userId(p, 'front_desk')).id);
    // Refused reads leave no view event.
    await p.call(p.potenza.coordinator, 'GET', `/api/people/${id}`);
    expect((await auditEvents(p, 'person.view', id)).length).toBe(before + 2);
  });
});

function ageBandFor(year: number): string {
  const age = new Date().getUTCFullYear() - year;
  return age < 30 ? '25_29' : '30_54';
}
