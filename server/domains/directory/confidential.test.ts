import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { directoryEnv, makeLocation, makeOrganization, type DirectoryEnv } from './testing/directory-fixtures.js';

// Shelters (case rifugio) exist in the directory only for holders of protection.access: for
// everyone else they are indistinguishable from records that do not exist.

let d: DirectoryEnv;
let orgId: string;
let shelterId: string;
let shelterServiceId: string;
let publicServiceId: string;
beforeAll(async () => {
  d = await directoryEnv();
  orgId = await makeOrganization(d, 'Centro antiviolenza prova');
  shelterId = await makeLocation(d, d.s.shelterCoordinator, { name: 'Casa rifugio Prova', confidential: true, address: { address1: 'Via Segreta 7', city: 'Aosta' } });
  const svc = await d.call(d.s.shelterCoordinator, 'POST', '/api/directory/services', { organizationId: orgId, name: 'Ospitalità protetta prova', confidential: true, locationIds: [shelterId] });
  shelterServiceId = svc.body.id;
  const pub = await d.call(d.s.shelterCoordinator, 'POST', '/api/directory/services', { organizationId: orgId, name: 'Ascolto telefonico prova', locationIds: [shelterId] });
  publicServiceId = pub.body.id;
}, 120_000);
afterAll(() => d?.env.close());

describe('confidential locations and services', () => {
  it('are visible to a protection specialist, by id and in lists', async () => {
    const loc = await d.call(d.s.protection_specialist, 'GET', `/api/directory/locations/${shelterId}`);
    expect(loc.status).toBe(200);
    expect(loc.body).toMatchObject({ confidential: true, latitude: null, longitude: null, address: { address1: 'Via Segreta 7' } });
    const list = await d.call(d.s.protection_specialist, 'GET', '/api/directory/locations');
    expect(list.body.items.map((l: { id: string }) => l.id)).toContain(shelterId);
    const svc = await d.call(d.s.protection_specialist, 'GET', `/api/directory/services/${shelterServiceId}`);
    expect(svc.status).toBe(200);
    expect(svc.body.locations.map((l: { id: string }) => l.id)).toEqual([shelterId]);
  });

  for (const role of ['coordinator', 'front_desk', 'tenant_admin', 'partner_operator'] as const) {
    it(`are absent for ${role}: 404 by id, missing from every list`, async () => {
      const s = d.s[role];
      for (const url of [`/api/directory/locations/${shelterId}`, `/api/directory/services/${shelterServiceId}`]) {
        const res = await d.call(s, 'GET', url);
        expect(res.status, url).toBe(404);
      }
      for (const url of ['/api/directory/locations', '/api/directory/locations?q=segreta', '/api/directory/services', '/api/directory/services?q=ospitalit%C3%A0', `/api/directory/services?organizationId=${orgId}`]) {
        const res = await d.call(s, 'GET', url);
        expect(res.status, url).toBe(200);
        expect(JSON.stringify(res.body), url).not.toMatch(/Segreta|rifugio Prova|Ospitalità protetta/);
        expect(JSON.stringify(res.body), url).not.toContain(shelterId);
      }
      // A public service hosted at the shelter shows without the shelter.
      const pub = await d.call(s, 'GET', `/api/directory/services/${publicServiceId}`);
      expect(pub.status).toBe(200);
      expect(pub.body.locations).toEqual([]);
    });
  }

  it('stay linked when a coordinator who cannot see them saves the service', async () => {
    const res = await d.call(d.s.coordinator, 'PATCH', `/api/directory/services/${publicServiceId}`, { locationIds: [], description: 'Linea d’ascolto' });
    expect(res.status).toBe(200);
    const links = await d.sql('SELECT location_id FROM dir_service_at_location WHERE service_id = $1', [publicServiceId]);
    expect(links.map((l) => l.location_id)).toEqual([shelterId]);
  });

  it('cannot be edited, merged or linked by roles that do not see them', async () => {
    expect((await d.call(d.s.coordinator, 'PATCH', `/api/directory/locations/${shelterId}`, { name: 'X' })).status).toBe(404);
    expect((await d.call(d.s.coordinator, 'PATCH', `/api/directory/services/${shelterServiceId}`, { name: 'X' })).status).toBe(404);
    expect((await d.call(d.s.coordinator, 'POST', `/api/directory/services/${publicServiceId}/merge`, { intoId: shelterServiceId })).status).toBe(404);
    const link = await d.call(d.s.coordinator, 'PATCH', `/api/directory/services/${publicServiceId}`, { locationIds: [shelterId] });
    expect(link.status).toBe(400);
    expect(link.body.error.fields[0].path).toBe('body.locationIds');
  });

  it('only protection roles may mark a record confidential', async () => {
    const res = await d.call(d.s.coordinator, 'POST', '/api/directory/locations', { name: 'Altro rifugio', confidential: true });
    expect(res.status).toBe(403);
    const svc = await d.call(d.s.coordinator, 'POST', '/api/directory/services', { organizationId: orgId, name: 'Servizio riservato', confidential: true });
    expect(svc.status).toBe(403);
  });

  it('are never geocoded: coordinates are refused with a clear 422', async () => {
    const created = await d.call(d.s.shelterCoordinator, 'POST', '/api/directory/locations', { name: 'Rifugio con mappa', confidential: true, latitude: 45.73, longitude: 7.31 });
    expect(created.status).toBe(422);
    expect(created.body.error.code).toBe('DIRECTORY_CONFIDENTIAL_GEOCODED');
    expect(created.body.error.message).toMatch(/coordinate/);
    const patched = await d.call(d.s.shelterCoordinator, 'PATCH', `/api/directory/locations/${shelterId}`, { latitude: 45.73, longitude: 7.31 });
    expect(patched.status).toBe(422);
    // A public place with coordinates cannot become confidential without losing them.
    const open = await makeLocation(d, d.s.shelterCoordinator, { name: 'Sede pubblica', latitude: 45.74, longitude: 7.32 });
    expect((await d.call(d.s.shelterCoordinator, 'PATCH', `/api/directory/locations/${open}`, { confidential: true })).status).toBe(422);
    const ok = await d.call(d.s.shelterCoordinator, 'PATCH', `/api/directory/locations/${open}`, { confidential: true, latitude: null, longitude: null });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ confidential: true, latitude: null, longitude: null });
    expect((await d.call(d.s.coordinator, 'GET', `/api/directory/locations/${open}`)).status).toBe(404);
  });

  it('keep their values out of the audit trail', async () => {
    const rows = await d.sql(`SELECT diff::text AS diff FROM audit_event WHERE entity_id IN ($1, $2)`, [shelterId, shelterServiceId]);
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const r of rows) expect(r.diff).not.toMatch(/Segreta|rifugio/);
    // Nor does a public service's history or audit name the shelter it is linked to.
    const meta = await d.sql(`SELECT previous_value || replacement_value AS v FROM dir_metadata WHERE resource_id = $1`, [publicServiceId]);
    const audit = await d.sql(`SELECT diff::text AS v FROM audit_event WHERE entity_id = $1`, [publicServiceId]);
    expect(meta.length + audit.length).toBeGreaterThan(2);
    for (const r of [...meta, ...audit]) expect(r.v ?? '').not.toContain(shelterId);
  });
});
