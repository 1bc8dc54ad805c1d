import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditCount, directoryEnv, makeLocation, makeOrganization, type DirectoryEnv } from './testing/directory-fixtures.js';

let d: DirectoryEnv;
let orgId: string;
let keepId: string;
let dupId: string;
let placeA: string;
let placeB: string;
beforeAll(async () => {
  d = await directoryEnv();
  orgId = await makeOrganization(d, 'Caritas diocesana di Aosta');
  placeA = await makeLocation(d, d.s.coordinator, { name: 'Sede Caritas', address: { address1: 'Via Hôtel des Etats 1', city: 'Aosta' } });
  placeB = await makeLocation(d, d.s.coordinator, { name: 'Magazzino Caritas', address: { address1: 'Via Prova Duplicati 9', city: 'Aosta' } });
  const keep = await d.call(d.s.coordinator, 'POST', '/api/directory/services', {
    organizationId: orgId, name: 'Caritas Diocesana', locationIds: [placeA], languages: ['it', 'fr'], needs: ['housing'], phones: [{ number: '0165 111111' }],
  });
  keepId = keep.body.id;
}, 120_000);
afterAll(() => d?.env.close());

describe('duplicate detection and merge', () => {
  it('warns on create about the same service at the same address, despite case, accents and extra words', async () => {
    const res = await d.call(d.s.coordinator, 'POST', '/api/directory/services', {
      organizationId: orgId, name: 'caritas diocesana di Aosta', locationIds: [placeA, placeB], languages: ['fr', 'ar'], needs: ['housing', 'health'],
      schedules: [{ byday: 'FR', opensAt: '09:00', closesAt: '11:00' }],
    });
    expect(res.status).toBe(201);
    dupId = res.body.id;
    const hit = res.body.duplicates.find((c: { id: string }) => c.id === keepId);
    expect(hit).toMatchObject({ name: 'Caritas Diocesana' });
    expect(['same_address', 'same_identifier']).toContain(hit.reason);
    expect(hit.score).toBeGreaterThan(0.6);
  });

  it('checks before saving: same address with an accented, mistyped name', async () => {
    const res = await d.call(d.s.coordinator, 'POST', '/api/directory/services/check-duplicates', { name: 'Caritàs Diocesanna', address: 'via hotel des etats 1', city: 'AOSTA' });
    expect(res.status).toBe(200);
    const hit = res.body.items.find((c: { id: string }) => c.id === keepId);
    expect(hit).toMatchObject({ reason: 'same_address', address: 'Via Hôtel des Etats 1, Aosta' });
    const unrelated = await d.call(d.s.coordinator, 'POST', '/api/directory/services/check-duplicates', { name: 'Scuola di italiano per adulti', address: 'Via Hôtel des Etats 1', city: 'Aosta' });
    expect(unrelated.body.items.map((c: { id: string }) => c.id)).not.toContain(keepId);
  });

  it('lists the pair in the duplicates report', async () => {
    const res = await d.call(d.s.coordinator, 'GET', '/api/directory/duplicates');
    expect(res.status).toBe(200);
    const pair = res.body.items.find((p: { a: { id: string }; b: { id: string } }) => [p.a.id, p.b.id].sort().join() === [keepId, dupId].sort().join());
    expect(pair).toBeDefined();
    expect(pair.score).toBeGreaterThanOrEqual(0.6);
    expect((await d.call(d.s.front_desk, 'GET', '/api/directory/duplicates')).status).toBe(403);
  });

  it('warns about a location at the same address', async () => {
    const res = await d.call(d.s.coordinator, 'POST', '/api/directory/locations', { name: 'Caritas sede centrale', address: { address1: 'via Hotel des États 1', city: 'Aosta' } });
    expect(res.status).toBe(201);
    expect(res.body.duplicates.map((c: { id: string }) => c.id)).toContain(placeA);
  });

  it('merges the duplicate: its parts move to the survivor without doubles, then it is gone', async () => {
    await d.sql(`INSERT INTO dir_report (tenant_id, service_id, reason) SELECT tenant_id, id, 'other' FROM dir_service WHERE id = $1`, [dupId]);
    const before = await auditCount(d, 'directory.service.merge');
    expect((await d.call(d.s.partner_operator, 'POST', `/api/directory/services/${dupId}/merge`, { intoId: keepId })).status).toBe(403);
    expect((await d.call(d.s.coordinator, 'POST', `/api/directory/services/${keepId}/merge`, { intoId: keepId })).status).toBe(422);
    const res = await d.call(d.s.coordinator, 'POST', `/api/directory/services/${dupId}/merge`, { intoId: keepId });
    expect(res.status).toBe(200);
    const s = res.body.service;
    expect(s.locations.map((l: { id: string }) => l.id).sort()).toEqual([placeA, placeB].sort());
    expect(s.languages).toEqual(['ar', 'fr', 'it']);
    expect(s.needs).toEqual(['health', 'housing']);
    expect(s.schedules).toHaveLength(1);
    expect(s.phones).toHaveLength(1);
    expect(s.openReports).toBe(1);
    expect(res.body.moved).toMatchObject({ locations: 1, languages: 1, attributes: 1, schedule: 1, report: 1 });
    expect((await d.call(d.s.coordinator, 'GET', `/api/directory/services/${dupId}`)).status).toBe(404);
    expect(await auditCount(d, 'directory.service.merge')).toBe(before + 1);
    const meta = await d.sql(`SELECT resource_id, last_action_type, field_name FROM dir_metadata WHERE field_name IN ('merged_from', 'merged_into')`);
    expect(meta).toEqual(expect.arrayContaining([
      { resource_id: keepId, last_action_type: 'update', field_name: 'merged_from' },
      { resource_id: dupId, last_action_type: 'delete', field_name: 'merged_into' },
    ]));
    const orphans = await d.sql(`SELECT count(*)::int AS n FROM dir_language WHERE service_id = $1`, [dupId]);
    expect(orphans[0]!.n).toBe(0);
  });
});
