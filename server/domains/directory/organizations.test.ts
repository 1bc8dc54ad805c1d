import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditCount, directoryEnv, type DirectoryEnv } from './testing/directory-fixtures.js';

let d: DirectoryEnv;
beforeAll(async () => {
  d = await directoryEnv();
}, 120_000);
afterAll(() => d?.env.close());

describe('directory organisations, locations and the needs list', () => {
  let orgId: string;
  let networkOrgId: string;

  it('creates an organisation linked to a network organisation, with history and audit', async () => {
    const org = await d.call(d.s.tenant_admin, 'POST', '/api/organisations', { slug: 'cooperativa-prova', name: 'Cooperativa Prova', kind: 'cooperative' });
    networkOrgId = org.body.id;
    const before = await auditCount(d, 'directory.organization.create');
    const res = await d.call(d.s.tenant_admin, 'POST', '/api/directory/organizations', {
      name: 'Cooperativa Prova', email: 'INFO@prova.example.org', website: 'https://prova.example.org', approdoOrganisationId: networkOrgId,
      translations: { fr: { name: 'Coopérative Essai' } },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ name: 'Cooperativa Prova', email: 'info@prova.example.org', approdoOrganisationId: networkOrgId, translations: { fr: { name: 'Coopérative Essai' } } });
    orgId = res.body.id;
    expect(await auditCount(d, 'directory.organization.create')).toBe(before + 1);
    const meta = await d.sql(`SELECT field_name FROM dir_metadata WHERE resource_id = $1`, [orgId]);
    expect(meta.map((m) => m.field_name)).toEqual(expect.arrayContaining(['name', 'email', 'approdo_organisation_id']));
  });

  it('reads, lists and edits it; a second link to the same network organisation is a conflict', async () => {
    expect((await d.call(d.s.front_desk, 'GET', `/api/directory/organizations/${orgId}`)).body.name).toBe('Cooperativa Prova');
    const list = await d.call(d.s.analyst, 'GET', '/api/directory/organizations?q=cooperativa%20prova');
    expect(list.body.items.map((o: { id: string }) => o.id)).toEqual([orgId]);
    const patched = await d.call(d.s.coordinator, 'PATCH', `/api/directory/organizations/${orgId}`, { description: 'Servizi di inserimento lavorativo.' });
    expect(patched.status).toBe(200);
    expect(patched.body.description).toBe('Servizi di inserimento lavorativo.');
    const dup = await d.call(d.s.coordinator, 'POST', '/api/directory/organizations', { name: 'Doppione', approdoOrganisationId: networkOrgId });
    expect(dup.status).toBe(409);
    const bad = await d.call(d.s.coordinator, 'POST', '/api/directory/organizations', { name: 'Link rotto', approdoOrganisationId: '00000000-0000-4000-8000-000000000000' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].path).toBe('body.approdoOrganisationId');
    expect((await d.call(d.s.partner_operator, 'POST', '/api/directory/organizations', { name: 'Partner' })).status).toBe(403);
  });

  it('creates and edits a location with address and accessibility; coordinates come in pairs', async () => {
    const res = await d.call(d.s.coordinator, 'POST', '/api/directory/locations', {
      name: 'Sportello centro', organizationId: orgId, neighbourhood: 'Centro', latitude: 45.7372, longitude: 7.3201,
      address: { address1: 'Piazza Chanoux 1', city: 'Aosta', postalCode: '11100' }, accessibility: [{ description: 'Ingresso senza gradini' }],
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ latitude: 45.7372, longitude: 7.3201, neighbourhood: 'Centro', address: { address1: 'Piazza Chanoux 1', postalCode: '11100', country: 'IT' }, accessibility: [{ description: 'Ingresso senza gradini' }] });
    const id = res.body.id;
    const half = await d.call(d.s.coordinator, 'PATCH', `/api/directory/locations/${id}`, { latitude: null });
    expect(half.status).toBe(400);
    const moved = await d.call(d.s.coordinator, 'PATCH', `/api/directory/locations/${id}`, { address: { address1: 'Via Aubert 2', city: 'Aosta' }, accessibility: [] });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ address: { address1: 'Via Aubert 2' }, accessibility: [] });
    const addresses = await d.sql(`SELECT count(*)::int AS n FROM dir_address WHERE location_id = $1`, [id]);
    expect(addresses[0]!.n).toBe(1);
    const meta = await d.sql(`SELECT field_name FROM dir_metadata WHERE resource_id = $1 AND last_action_type = 'update'`, [id]);
    expect(meta.map((m) => m.field_name).sort()).toEqual(['accessibility', 'address']);
    expect((await d.call(d.s.front_desk, 'PATCH', `/api/directory/locations/${id}`, { name: 'X' })).status).toBe(403);
  });

  it('lets a partner add a place for its own organisation only', async () => {
    const [own] = await d.sql<{ id: string }>('SELECT id FROM dir_organization WHERE approdo_organisation_id = $1', [d.partnerOrganisationId]);
    const ownOrg = own?.id ?? (await d.call(d.s.coordinator, 'POST', '/api/directory/organizations', { name: 'Ente del partner', approdoOrganisationId: d.partnerOrganisationId })).body.id;
    expect((await d.call(d.s.partner_operator, 'POST', '/api/directory/locations', { name: 'Aula partner', organizationId: ownOrg })).status).toBe(201);
    expect((await d.call(d.s.partner_operator, 'POST', '/api/directory/locations', { name: 'Aula altrui', organizationId: orgId })).status).toBe(403);
    expect((await d.call(d.s.partner_operator, 'POST', '/api/directory/locations', { name: 'Aula di nessuno' })).status).toBe(403);
  });

  it('lets coordinators extend the needs taxonomy, once per code', async () => {
    const res = await d.call(d.s.coordinator, 'POST', '/api/directory/needs', { code: 'food', name: 'Cibo', translations: { en: { name: 'Food' } } });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ code: 'food', name: 'Cibo', translations: { en: { name: 'Food' } } });
    expect((await d.call(d.s.coordinator, 'POST', '/api/directory/needs', { code: 'housing', name: 'Casa bis' })).status).toBe(409);
    expect((await d.call(d.s.front_desk, 'POST', '/api/directory/needs', { code: 'other', name: 'Altro' })).status).toBe(403);
    const list = await d.call(d.s.front_desk, 'GET', '/api/directory/needs');
    expect(list.body.items.at(-1).code).toBe('food');
  });
});
