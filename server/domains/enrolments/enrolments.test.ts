import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { loginDemo, type Session } from '../../../test/sessions.js';
import { seedDemo } from '../../demo/seed-demo.js';
import { withTenant } from '../../platform/db/database.js';
import { createTestPerson, tenantIdOf } from '../consents/testing/people-fixtures.js';

let env: TestEnv;
let coordinator: Session;
let frontDesk: Session;
let potenzaCoordinator: Session;
const projects: Record<string, string> = {};

const get = (url: string, s: Session) => env.app.inject({ method: 'GET', url, headers: s.headers });
const send = (method: 'POST' | 'PATCH', url: string, s: Session, payload: unknown, headers: Record<string, string> = {}) =>
  env.app.inject({ method, url, headers: { ...s.headers, ...headers }, payload: payload as object });

beforeAll(async () => {
  env = await createTestEnv();
  await seedDemo(env.platform.ctx);
  coordinator = await loginDemo(env.app, 'coordinator');
  frontDesk = await loginDemo(env.app, 'front_desk');
  potenzaCoordinator = await loginDemo(env.app, 'coordinator', 'potenza');
  for (const [code, funder, stream] of [
    ['TOGHETER', 'Ministero del Lavoro', 'FNPM 2019'],
    ['PAIS', 'Ministero del Lavoro', 'PON Inclusione PaIS'],
    ['FAMI-IMPACT', 'Ministero dell’Interno', 'FAMI IMPACT'],
  ]) {
    const res = await send('POST', '/api/projects', coordinator, { code, name: `Progetto ${code}`, funder, fundingStream: stream, startsOn: '2024-01-01', endsOn: '2027-12-31' });
    expect(res.statusCode).toBe(201);
    projects[code!] = res.json().id;
  }
});
afterAll(() => env?.close());

describe('projects', () => {
  it('are created and edited by project.manage only, with unique codes and coherent dates', async () => {
    expect((await send('POST', '/api/projects', frontDesk, { code: 'X1', name: 'Non mio' })).statusCode).toBe(403);
    const dup = await send('POST', '/api/projects', coordinator, { code: 'PAIS', name: 'Doppione' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe('PROJECT_CODE_TAKEN');
    expect((await send('POST', '/api/projects', coordinator, { code: 'DATES', name: 'Date', startsOn: '2026-05-01', endsOn: '2026-01-01' })).statusCode).toBe(400);
    const patched = await send('PATCH', `/api/projects/${projects.PAIS}`, coordinator, { funder: 'Ministero del Lavoro e delle Politiche Sociali' });
    expect(patched.json()).toMatchObject({ code: 'PAIS', funder: 'Ministero del Lavoro e delle Politiche Sociali' });
    expect((await send('PATCH', `/api/projects/${projects.PAIS}`, coordinator, { code: 'TOGHETER' })).statusCode).toBe(409);
    const list = (await get('/api/projects', frontDesk)).json().items.map((p: { code: string }) => p.code);
    expect(list).toEqual(['FAMI-IMPACT', 'PAIS', 'TOGHETER']);
    expect((await get('/api/projects', potenzaCoordinator)).json().items).toEqual([]);
    expect((await get(`/api/projects/${projects.PAIS}`, potenzaCoordinator)).statusCode).toBe(404);
  });
});

describe('enrolments', () => {
  it('snapshot the profile at entry, with CEFR levels and overrides', async () => {
    const person = await createTestPerson(env.platform.ctx, { ageBand: '18_24', labourStatus: 'unemployed', unemployedSince: '2024-10-15', educationIsced: 3, housingEthos: 'insecure_no_tenancy' });
    const res = await send('POST', `/api/people/${person.id}/enrolments`, frontDesk, {
      projectId: projects.TOGHETER,
      entryDate: '2026-01-20',
      cefr: [{ language: 'it', level: 'A2' }],
    });
    expect(res.statusCode).toBe(201);
    expect(res.headers.etag).toBe('"1"');
    expect(res.json().entryStatus).toEqual({
      ageBand: '18_24',
      labourStatus: 'unemployed',
      unemployedSince: '2024-10-15',
      unemployedMonths: 15,
      neet: true,
      educationIsced: 3,
      housingEthos: 'insecure_no_tenancy',
      cefr: [{ language: 'it', level: 'A2' }],
      overridden: [],
    });
    const overridden = await send('POST', `/api/people/${person.id}/enrolments`, frontDesk, { projectId: projects.PAIS, entryDate: '2026-01-21', entryStatus: { labourStatus: 'in_education', educationIsced: 4 } });
    expect(overridden.json().entryStatus).toMatchObject({ labourStatus: 'in_education', unemployedSince: null, neet: false, educationIsced: 4, overridden: ['educationIsced', 'labourStatus'] });
    // The profile itself is untouched.
    const profile = await withTenant(env.platform.ctx.db, person.tenantId, (tx) => tx.selectFrom('person').select(['labourStatus', 'educationIsced']).where('id', '=', person.id).executeTakeFirstOrThrow());
    expect(profile).toEqual({ labourStatus: 'unemployed', educationIsced: 3 });
  });

  it('one open enrolment per person and project; three projects count the person once each', async () => {
    const person = await createTestPerson(env.platform.ctx);
    for (const code of ['TOGHETER', 'PAIS', 'FAMI-IMPACT']) {
      expect((await send('POST', `/api/people/${person.id}/enrolments`, frontDesk, { projectId: projects[code], entryDate: '2026-02-01' })).statusCode).toBe(201);
    }
    const twice = await send('POST', `/api/people/${person.id}/enrolments`, frontDesk, { projectId: projects.PAIS, entryDate: '2026-02-02' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error).toMatchObject({ code: 'ENROLMENT_ALREADY_OPEN' });
    expect(twice.json().error.message).toContain('PAIS');
    // Exit from PAIS, then a second enrolment there: still one person for PAIS.
    const pais = (await get(`/api/people/${person.id}/enrolments`, frontDesk)).json().items.find((e: { projectCode: string }) => e.projectCode === 'PAIS');
    const exit = await send('PATCH', `/api/people/${person.id}/enrolments/${pais.id}`, frontDesk, { exitDate: '2026-03-01', exitReason: 'dropped_out' }, { 'if-match': `"${pais.version}"` });
    expect(exit.statusCode).toBe(200);
    expect((await send('POST', `/api/people/${person.id}/enrolments`, frontDesk, { projectId: projects.PAIS, entryDate: '2026-04-01' })).statusCode).toBe(201);
    const { rows } = await withTenant(env.platform.ctx.db, person.tenantId, (tx) =>
      sql<{ code: string; people: number; enrolments: number }>`SELECT pr.code, count(DISTINCT e.person_id)::int AS people, count(*)::int AS enrolments
        FROM enrolment e JOIN project pr ON pr.tenant_id = e.tenant_id AND pr.id = e.project_id
        WHERE e.person_id = ${person.id} GROUP BY pr.code ORDER BY pr.code`.execute(tx),
    );
    expect(rows).toEqual([
      { code: 'FAMI-IMPACT', people: 1, enrolments: 1 },
      { code: 'PAIS', people: 1, enrolments: 2 },
      { code: 'TOGHETER', people: 1, enrolments: 1 },
    ]);
  });

  it('exit needs If-Match, a date not before entry, a listed reason; stale versions conflict', async () => {
    const person = await createTestPerson(env.platform.ctx, { labourStatus: 'unemployed', unemployedSince: '2025-01-01' });
    const created = (await send('POST', `/api/people/${person.id}/enrolments`, frontDesk, { projectId: projects['FAMI-IMPACT'], entryDate: '2026-01-10' })).json();
    const url = `/api/people/${person.id}/enrolments/${created.id}`;
    const exit = { exitDate: '2026-06-30', exitReason: 'completed', cefr: [{ language: 'it', level: 'B1' }] };
    expect((await send('PATCH', url, frontDesk, exit)).statusCode).toBe(428);
    expect((await send('PATCH', url, frontDesk, { ...exit, exitReason: 'bored' }, { 'if-match': '"1"' })).statusCode).toBe(400);
    const early = await send('PATCH', url, frontDesk, { ...exit, exitDate: '2026-01-09' }, { 'if-match': '"1"' });
    expect(early.json().error.code).toBe('ENROLMENT_EXIT_BEFORE_ENTRY');
    // Employed by the time of the exit: the exit snapshot reads the profile as it is then.
    await withTenant(env.platform.ctx.db, person.tenantId, (tx) => tx.updateTable('person').set({ labourStatus: 'employed', unemployedSince: null }).where('id', '=', person.id).execute());
    const done = await send('PATCH', url, frontDesk, exit, { 'if-match': '"1"' });
    expect(done.statusCode).toBe(200);
    expect(done.headers.etag).toBe('"2"');
    expect(done.json()).toMatchObject({ open: false, exitDate: '2026-06-30', exitReason: 'completed', version: 2 });
    expect(done.json().entryStatus).toMatchObject({ labourStatus: 'unemployed', unemployedMonths: 12 });
    expect(done.json().exitStatus).toMatchObject({ labourStatus: 'employed', unemployedMonths: null, cefr: [{ language: 'it', level: 'B1' }] });
    const stale = await send('PATCH', url, frontDesk, { ...exit, exitReason: 'autonomy_reached' }, { 'if-match': '"1"' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
    const read = await get(url, frontDesk);
    expect(read.headers.etag).toBe('"2"');
  });

  it('links the enrolling organisation to the person, audits views, and hides what is out of reach', async () => {
    const person = await createTestPerson(env.platform.ctx, { workers: ['front_desk'] });
    expect((await send('POST', `/api/people/${person.id}/enrolments`, coordinator, { projectId: projects.TOGHETER, entryDate: '2026-02-01' })).statusCode).toBe(201);
    const aosta = await tenantIdOf(env.platform.ctx, 'aosta');
    const links = await withTenant(env.platform.ctx.db, aosta, (tx) =>
      tx.selectFrom('personOrganisation as po').innerJoin('organisation as o', (j) => j.onRef('o.tenantId', '=', 'po.tenantId').onRef('o.id', '=', 'po.organisationId')).select(['o.slug', 'po.reason']).where('po.personId', '=', person.id).orderBy('o.slug').execute(),
    );
    expect(links).toEqual([{ slug: 'comune-aosta', reason: 'enrolment' }, { slug: 'la-sorgente', reason: 'registered' }]);
    const view = await get(`/api/people/${person.id}/enrolments`, frontDesk);
    expect(view.json()).toMatchObject({ personCode: person.code, items: [{ projectCode: 'TOGHETER', open: true }] });
    const trail = (await get(`/api/audit?entity=person&entityId=${person.id}`, coordinator)).json().items as { action: string; diff: unknown }[];
    expect(trail.map((e) => e.action)).toEqual(['person.view', 'enrolment.create']);
    expect(trail[0]!.diff).toEqual({ sections: ['enrolments'] });
    const elsewhere = await createTestPerson(env.platform.ctx, { workers: ['partner_operator'] });
    expect((await get(`/api/people/${elsewhere.id}/enrolments`, frontDesk)).statusCode).toBe(404);
    expect((await send('POST', `/api/people/${elsewhere.id}/enrolments`, frontDesk, { projectId: projects.PAIS, entryDate: '2026-02-01' })).statusCode).toBe(404);
    expect((await get(`/api/people/${person.id}/enrolments`, potenzaCoordinator)).statusCode).toBe(404);
    // A project of another tenant is as unknown as a made-up one.
    const potenzaProject = (await send('POST', '/api/projects', potenzaCoordinator, { code: 'PZ-1', name: 'Progetto Potenza' })).json().id;
    expect((await send('POST', `/api/people/${person.id}/enrolments`, coordinator, { projectId: potenzaProject, entryDate: '2026-02-01' })).statusCode).toBe(400);
  });
});
