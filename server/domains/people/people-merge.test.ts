import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessPointFor, auditEvents, peopleEnv, register, userId, type PeopleEnv } from './testing/people-fixtures.js';

// Duplicates report, merge and undo: every row that moved goes back.

let p: PeopleEnv;
let survivor: string;
let duplicate: string;
const rows: Record<string, string> = {};

beforeAll(async () => {
  p = await peopleEnv();
  // The same woman registered twice: by the front desk, and by the coordinator's office.
  survivor = (await register(p, p.s.front_desk, { givenName: 'Amina', familyName: 'Diallo', birthYear: 1995, citizenship: 'GN', phone: '3405556677' })).id;
  duplicate = (await register(p, p.s.coordinator, { givenName: 'Aminata', familyName: 'Diallo', aliases: ['Mina'], birthYear: 1996, citizenship: 'GN', phone: '+39 340 555 6677' })).id;
  await register(p, p.s.front_desk, { givenName: 'Ibrahima', familyName: 'Sow', birthYear: 1970, citizenship: 'SN' });
  // What hangs on the duplicate, in the other domains' tables (their APIs are not under test here).
  const coord = await userId(p, 'coordinator');
  const ap = await accessPointFor(p, 'coordinator', 'Sportello Comune');
  const one = async (text: string, params: unknown[]) => (await p.sql<{ id: string }>(text, params))[0]!.id;
  rows.contact = await one(`INSERT INTO contact (tenant_id, person_id, organisation_id, channel, outcome) VALUES ($1, $2, $3, 'in_person', 'informed') RETURNING id`, [p.tenantId, duplicate, coord.organisationId]);
  rows.notice = await one(`INSERT INTO notice (tenant_id, purpose, version, texts) SELECT $1, 'service_delivery', coalesce(max(version), 0) + 1, '{}' FROM notice WHERE tenant_id = $1 AND purpose = 'service_delivery' RETURNING id`, [p.tenantId]);
  rows.consent = await one(
    `INSERT INTO consent (tenant_id, person_id, notice_id, purpose, decision, language, explained_how, decided_on) VALUES ($1, $2, $3, 'service_delivery', 'given', 'fr', 'read_aloud', '2026-01-10') RETURNING id`,
    [p.tenantId, duplicate, rows.notice],
  );
  rows.projectA = await one(`INSERT INTO project (tenant_id, code, name) VALUES ($1, 'FAMI-TEST', 'FAMI test') RETURNING id`, [p.tenantId]);
  rows.projectB = await one(`INSERT INTO project (tenant_id, code, name) VALUES ($1, 'FSE-TEST', 'FSE test') RETURNING id`, [p.tenantId]);
  rows.enrolment = await one(`INSERT INTO enrolment (tenant_id, person_id, project_id, organisation_id, entry_date) VALUES ($1, $2, $3, $4, '2026-01-12') RETURNING id`, [p.tenantId, duplicate, rows.projectA, coord.organisationId]);
  rows.appointment = await one(
    `INSERT INTO appointment (tenant_id, access_point_id, person_id, starts_at, ends_at) VALUES ($1, $2, $3, '2026-02-01T09:00:00Z', '2026-02-01T09:30:00Z') RETURNING id`,
    [p.tenantId, ap, duplicate],
  );
}, 120_000);
afterAll(() => p?.env.close());

async function snapshot() {
  return {
    rows: await p.sql(
      `SELECT 'contact' AS t, id, person_id FROM contact UNION ALL SELECT 'consent', id, person_id FROM consent
       UNION ALL SELECT 'enrolment', id, person_id FROM enrolment UNION ALL SELECT 'appointment', id, person_id FROM appointment ORDER BY 1, 2`,
    ),
    orgs: await p.sql('SELECT person_id, organisation_id, reason FROM person_organisation ORDER BY 1, 2'),
    workers: await p.sql('SELECT person_id, user_id, role FROM person_worker ORDER BY 1, 2'),
    identities: await p.sql('SELECT person_id, aliases, search_names, phonetic FROM person_identity ORDER BY 1'),
    people: await p.sql('SELECT id, status, merged_into_id FROM person ORDER BY 1'),
  };
}

describe('duplicates report (GET /api/people/duplicates)', () => {
  it('pairs the two records by phone and similar names, birth year ±1, same citizenship; coordinators only', async () => {
    const res = await p.call(p.s.coordinator, 'GET', '/api/people/duplicates');
    expect(res.status).toBe(200);
    // The demo data may hold pairs of its own: look for ours.
    const pair = res.body.items.find((x: any) => [x.a.id, x.b.id].sort().join() === [survivor, duplicate].sort().join());
    expect(pair).toBeDefined();
    expect(pair.reasons).toEqual(expect.arrayContaining(['phone', 'birth_year', 'citizenship']));
    expect(pair.score).toBeGreaterThanOrEqual(80);
    expect([pair.a.displayName, pair.b.displayName].sort()).toEqual(['Amina Diallo', 'Aminata Diallo']);
    const total = res.body.total as number;
    expect(total).toBeGreaterThanOrEqual(1);
    const paged = await p.call(p.s.coordinator, 'GET', `/api/people/duplicates?offset=${total}`);
    expect(paged.body).toMatchObject({ items: [], total, offset: total });
    for (const role of ['front_desk', 'case_worker', 'analyst', 'tenant_admin'] as const) {
      expect((await p.call(p.s[role], 'GET', '/api/people/duplicates')).status).toBe(403);
    }
    const potenza = await p.call(p.potenza.coordinator, 'GET', '/api/people/duplicates');
    expect(JSON.stringify(potenza.body)).not.toMatch(new RegExp(`${survivor}|${duplicate}`));
    expect((await auditEvents(p, 'person.duplicates_view')).length).toBeGreaterThanOrEqual(2);
  });
});

describe('merge and undo', () => {
  let before: Awaited<ReturnType<typeof snapshot>>;
  let mergeId: string;

  it('refuses what cannot be merged: the same record, other tenants, roles without person.merge', async () => {
    expect((await p.call(p.s.coordinator, 'POST', `/api/people/${survivor}/merge`, { otherId: survivor })).body.error.code).toBe('PERSON_MERGE_INVALID');
    expect((await p.call(p.potenza.coordinator, 'POST', `/api/people/${survivor}/merge`, { otherId: duplicate })).status).toBe(404);
    expect((await p.call(p.s.front_desk, 'POST', `/api/people/${survivor}/merge`, { otherId: duplicate })).status).toBe(403);
    const stranger = (await register(p, p.potenza.front_desk, { givenName: 'Amina', familyName: 'Diallo' })).id;
    expect((await p.call(p.s.coordinator, 'POST', `/api/people/${survivor}/merge`, { otherId: stranger })).status).toBe(404);
  });

  it('refuses to merge two open enrolments in the same project (the funder would count her twice)', async () => {
    const coord = await userId(p, 'coordinator');
    const [e] = await p.sql<{ id: string }>(
      `INSERT INTO enrolment (tenant_id, person_id, project_id, organisation_id, entry_date) VALUES ($1, $2, $3, $4, '2026-01-20') RETURNING id`,
      [p.tenantId, survivor, rows.projectA, coord.organisationId],
    );
    const res = await p.call(p.s.coordinator, 'POST', `/api/people/${survivor}/merge`, { otherId: duplicate });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('PERSON_MERGE_CONFLICT');
    await p.sql(`UPDATE enrolment SET project_id = $2 WHERE id = $1`, [e!.id, rows.projectB]);
  });

  it('moves every row to the survivor and lists exactly what moved', async () => {
    before = await snapshot();
    const res = await p.call(p.s.coordinator, 'POST', `/api/people/${survivor}/merge`, { otherId: duplicate });
    expect(res.status).toBe(200);
    mergeId = res.body.mergeId;
    const coord = await userId(p, 'coordinator');
    expect(res.body).toEqual({
      mergeId: expect.any(String),
      survivorId: survivor,
      mergedId: duplicate,
      moved: {
        contacts: [rows.contact],
        consents: [rows.consent],
        enrolments: [rows.enrolment],
        appointments: [rows.appointment],
        organisations: [coord.organisationId],
        workers: [coord.id],
        aliases: 2,
      },
    });
    const after = await snapshot();
    const ours = new Set([rows.contact, rows.consent, rows.enrolment, rows.appointment]);
    expect(after.rows.filter((r) => ours.has(r.id)).map((r) => r.person_id)).toEqual([survivor, survivor, survivor, survivor]);
    expect(after.rows.filter((r) => r.person_id === duplicate)).toEqual([]);
    expect(after.people.find((x) => x.id === duplicate)).toMatchObject({ status: 'merged', merged_into_id: survivor });
    expect(after.identities.find((i) => i.person_id === survivor)!.aliases).toEqual(['Aminata Diallo', 'Mina']);
    // Searches find the survivor under the merged record's names; the merged record answers 404.
    const found = await p.call(p.s.front_desk, 'GET', '/api/people?q=Aminata');
    expect(found.body.items.map((m: { id: string }) => m.id)).toEqual([survivor]);
    expect((await p.call(p.s.coordinator, 'GET', `/api/people/${duplicate}`)).status).toBe(404);
    // The coordinator's office, which registered the duplicate, now reaches the survivor through its link.
    expect(after.orgs).toContainEqual({ person_id: survivor, organisation_id: coord.organisationId, reason: 'merge' });
    const [event] = await auditEvents(p, 'person.merge', survivor);
    expect(event!.diff).toMatchObject({ mergeId, mergedId: duplicate, contacts: [rows.contact], aliases: 2 });
    expect(JSON.stringify(event!.diff)).not.toMatch(/Aminata|Mina/);
    expect((await p.call(p.s.coordinator, 'POST', `/api/people/${survivor}/merge`, { otherId: duplicate })).status).toBe(404);
  });

  it('undo restores every moved row, link, alias and status', async () => {
    expect((await p.call(p.s.front_desk, 'POST', `/api/people/merges/${mergeId}/undo`)).status).toBe(403);
    expect((await p.call(p.potenza.coordinator, 'POST', `/api/people/merges/${mergeId}/undo`)).status).toBe(404);
    const res = await p.call(p.s.coordinator, 'POST', `/api/people/merges/${mergeId}/undo`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ mergeId, survivorId: survivor, restoredId: duplicate });
    expect(await snapshot()).toEqual(before);
    expect((await p.call(p.s.coordinator, 'GET', `/api/people/${duplicate}`)).status).toBe(200);
    const [m] = await p.sql('SELECT undone_at IS NOT NULL AS undone FROM person_merge WHERE id = $1', [mergeId]);
    expect(m!.undone).toBe(true);
    expect((await auditEvents(p, 'person.merge_undo', survivor)).map((e) => e.diff)).toEqual([{ mergeId, restoredId: duplicate }]);
    // Once is enough.
    expect((await p.call(p.s.coordinator, 'POST', `/api/people/merges/${mergeId}/undo`)).body.error.code).toBe('PERSON_MERGE_INVALID');
  });

  it('never merges a protected record', async () => {
    await p.sql('UPDATE person SET protected = true WHERE id = $1', [duplicate]);
    expect((await p.call(p.s.coordinator, 'POST', `/api/people/${survivor}/merge`, { otherId: duplicate })).status).toBe(404);
    const report = await p.call(p.s.coordinator, 'GET', '/api/people/duplicates?limit=100');
    expect(JSON.stringify(report.body)).not.toContain(duplicate);
    await p.sql('UPDATE person SET protected = false WHERE id = $1', [duplicate]);
  });
});
