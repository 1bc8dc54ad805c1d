import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, peopleEnv, register, userId, type PeopleEnv } from './testing/people-fixtures.js';

// Corrections with optimistic concurrency (If-Match / ETag), field rules by role, and the trail.

let p: PeopleEnv;
let id: string;
beforeAll(async () => {
  p = await peopleEnv();
  id = (await register(p, p.s.front_desk, { givenName: 'Grace', familyName: 'Okafor', birthYear: 1996, citizenship: 'NG', phone: '3471112233' })).id;
}, 120_000);
afterAll(() => p?.env.close());

async function version(): Promise<number> {
  const [row] = await p.sql<{ version: number }>('SELECT version FROM person WHERE id = $1', [id]);
  return row!.version;
}

describe('PATCH /api/people/{id}', () => {
  it('requires If-Match (428), refuses a stale version (409) and a wildcard (400)', async () => {
    const none = await p.call(p.s.front_desk, 'PATCH', `/api/people/${id}`, { labourStatus: 'employed' });
    expect(none.status).toBe(428);
    expect(none.body.error.code).toBe('PRECONDITION_REQUIRED');
    const stale = await p.call(p.s.front_desk, 'PATCH', `/api/people/${id}`, { labourStatus: 'employed' }, { 'if-match': `"${(await version()) + 5}"` });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('VERSION_CONFLICT');
    const star = await p.call(p.s.front_desk, 'PATCH', `/api/people/${id}`, { labourStatus: 'employed' }, { 'if-match': '*' });
    expect(star.status).toBe(400);
    const [row] = await p.sql('SELECT labour_status FROM person WHERE id = $1', [id]);
    expect(row!.labour_status).toBeNull();
  });

  it('applies a partial update of profile and identity, bumps the version, recomputes the search names', async () => {
    const v = await version();
    const res = await p.call(
      p.s.front_desk,
      'PATCH',
      `/api/people/${id}`,
      { familyName: 'Okafor-Eze', aliases: ['Gracie'], phone: '+39 347 999 8877', labourStatus: 'unemployed', unemployedSince: '2025-01-10', permitNumber: 'AB1234567' },
      { 'if-match': `W/"${v}"` },
    );
    expect(res.status).toBe(200);
    expect(res.body.version).toBe(v + 1);
    expect(res.headers.etag).toBe(`"${v + 1}"`);
    expect(res.body.identity).toMatchObject({ familyName: 'Okafor-Eze', aliases: ['Gracie'], phone: '+393479998877', permitNumber: 'AB1234567' });
    expect(res.body.profile).toMatchObject({ labourStatus: 'unemployed', unemployedSince: '2025-01-10' });
    const [row] = await p.sql('SELECT search_names, phone_key FROM person_identity WHERE person_id = $1', [id]);
    expect(row).toEqual({ search_names: 'grace okafor eze gracie', phone_key: '479998877' });
    const found = await p.call(p.s.front_desk, 'GET', '/api/people?q=Gracie');
    expect(found.body.items.map((m: { id: string }) => m.id)).toContain(id);
    // Clearing a field with null.
    const cleared = await p.call(p.s.front_desk, 'PATCH', `/api/people/${id}`, { permitNumber: null }, { 'if-match': `"${v + 1}"` });
    expect(cleared.body.identity.permitNumber).toBeNull();
  });

  it('writes the names of the changed fields to the trail, never the values', async () => {
    const events = await auditEvents(p, 'person.update', id);
    const last = events.at(-2)!.diff;
    expect(last.fields.sort()).toEqual(['aliases', 'familyName', 'labourStatus', 'permitNumber', 'phone', 'unemployedSince']);
    expect(JSON.stringify(events)).not.toMatch(/Okafor|Gracie|9998877|AB1234567/);
  });

  it('lets one of two concurrent PATCHes win; the other gets 409', async () => {
    const v = await version();
    const [a, b] = await Promise.all([
      p.call(p.s.front_desk, 'PATCH', `/api/people/${id}`, { housingEthos: 'housed' }, { 'if-match': `"${v}"` }),
      p.call(p.s.coordinator, 'PATCH', `/api/people/${id}`, { housingEthos: 'insecure_eviction' }, { 'if-match': `"${v}"` }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const winner = a.status === 200 ? 'housed' : 'insecure_eviction';
    const [row] = await p.sql('SELECT housing_ethos, version FROM person WHERE id = $1', [id]);
    expect(row).toEqual({ housing_ethos: winner, version: v + 1 });
  });

  it('refuses to leave a record without any name', async () => {
    const res = await p.call(p.s.front_desk, 'PATCH', `/api/people/${id}`, { givenName: null, familyName: null, aliases: [] }, { 'if-match': `"${await version()}"` });
    expect(res.status).toBe(400);
    expect(res.body.error.fields[0].path).toBe('body.givenName');
    const [row] = await p.sql('SELECT given_name FROM person_identity WHERE person_id = $1', [id]);
    expect(row!.given_name).toBe('Grace');
  });

  it('special fields need person.special: front desk 403, coordinator allowed', async () => {
    const v = await version();
    expect((await p.call(p.s.front_desk, 'PATCH', `/api/people/${id}`, { disadvantages: ['homeless'] }, { 'if-match': `"${v}"` })).status).toBe(403);
    const ok = await p.call(p.s.coordinator, 'PATCH', `/api/people/${id}`, { disability: 'not_declared', disadvantages: ['homeless'] }, { 'if-match': `"${v}"` });
    expect(ok.status).toBe(200);
    expect(ok.body.special).toEqual({ disability: 'not_declared', disadvantages: ['homeless'] });
    const [event] = (await auditEvents(p, 'person.update', id)).slice(-1);
    expect(event!.diff.fields.sort()).toEqual(['disability', 'disadvantages']);
    expect(JSON.stringify(event!.diff)).not.toMatch(/homeless|not_declared/);
  });

  it('writes need person.write in reach: partner operator and case worker only on people assigned to them', async () => {
    for (const role of ['partner_operator', 'case_worker'] as const) {
      const v = await version();
      // Out of reach: 404 before any If-Match check.
      expect((await p.call(p.s[role], 'PATCH', `/api/people/${id}`, { needs: ['health'] })).status).toBe(404);
      const u = await userId(p, role);
      await p.sql(`INSERT INTO person_worker (tenant_id, person_id, user_id, role) VALUES ($1, $2, $3, 'other')`, [p.tenantId, id, u.id]);
      const res = await p.call(p.s[role], 'PATCH', `/api/people/${id}`, { needs: ['health', 'housing'] }, { 'if-match': `"${v}"` });
      expect(res.status, role).toBe(200);
      await p.sql('DELETE FROM person_worker WHERE person_id = $1 AND user_id = $2', [id, u.id]);
    }
    for (const role of ['analyst', 'funder_viewer', 'tenant_admin'] as const) {
      expect((await p.call(p.s[role], 'PATCH', `/api/people/${id}`, { needs: ['health'] }, { 'if-match': `"${await version()}"` })).status).toBe(403);
    }
  });

  it('another tenant gets 404 (with or without If-Match) and changes nothing', async () => {
    const v = await version();
    const attempts: Record<string, string>[] = [{}, { 'if-match': `"${v}"` }];
    for (const headers of attempts) {
      const res = await p.call(p.potenza.coordinator, 'PATCH', `/api/people/${id}`, { needs: ['health'] }, headers);
      expect(res.status).toBe(404);
    }
    expect(await version()).toBe(v);
  });

  it('a merged record is gone for PATCH too (404)', async () => {
    const other = await register(p, p.s.coordinator, { givenName: 'Grace', familyName: 'Okafor', birthYear: 1996 });
    const merged = await p.call(p.s.coordinator, 'POST', `/api/people/${id}/merge`, { otherId: other.id });
    expect(merged.status).toBe(200);
    expect((await p.call(p.s.coordinator, 'PATCH', `/api/people/${other.id}`, { needs: ['health'] }, { 'if-match': `"${other.version}"` })).status).toBe(404);
  });
});
