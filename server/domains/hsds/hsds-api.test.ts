import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { buildHttpApp, type App } from '../../platform/http/app.js';
import { createTenant } from '../tenants/commands/create-tenant.js';
import { loadHsdsSchemas, type HsdsSchemas } from './fixtures/hsds-schemas.js';
import { FX, seedHsdsFixture } from './fixtures/seed-hsds-fixture.js';
import { hsdsRoutes } from './hsds.routes.js';

let env: TestEnv;
let schemas: HsdsSchemas;
let terms: { housingTermId: string; healthTermId: string };
const seen: string[] = [];

beforeAll(async () => {
  schemas = loadHsdsSchemas();
  env = await createTestEnv();
  const tenant = await createTenant(env.platform.ctx.db, { slug: 'hsdsprova', name: 'Comune di Prova', settings: {} });
  await createTenant(env.platform.ctx.db, { slug: 'altro', name: 'Altro Comune', settings: {} });
  terms = await seedHsdsFixture(env.platform.ctx.db, tenant.id);
});
afterAll(() => env?.close());

/** GETs an HSDS URL, checks it against the schema `key`, and keeps the body for the leak checks. */
async function get(url: string, key?: string) {
  const res = await env.app.inject({ method: 'GET', url });
  seen.push(res.body);
  if (key && res.statusCode === 200) expect(schemas.errors(key, res.json()), `${url} against ${key}`).toEqual([]);
  return res;
}
const ids = (res: { json(): any }) => (res.json().contents as { id: string }[]).map((c) => c.id);

describe('HSDS API: every response validates against the HSDS 3.1 schemas', () => {
  it('GET / gives version, profile and openapi_url', async () => {
    for (const url of ['/hsds/hsdsprova', '/hsds/hsdsprova/']) {
      const res = await get(url, 'api-info');
      expect(res.json().version).toBe('3.1');
      expect(res.json().openapi_url).toMatch(/\/hsds\/hsdsprova\/openapi\.json$/);
    }
    const openapi = await get('/hsds/hsdsprova/openapi.json');
    expect(openapi.json().openapi).toBe('3.1.0');
    expect(Object.keys(openapi.json().paths)).toContain('/services/{id}');
    const profile = await get('/hsds/hsdsprova/profile');
    expect(profile.headers['content-type']).toContain('text/markdown');
    expect(profile.body).toContain('x_approdo_');
  });

  it('lists services (list and full shapes) and serves each fully nested', async () => {
    const list = await get('/hsds/hsdsprova/services', 'page-services');
    expect(ids(list).sort()).toEqual([FX.s1, FX.s2].sort());
    expect(list.json()).toMatchObject({ total_items: 2, total_pages: 1, page_number: 1, size: 2, first_page: true, last_page: true, empty: false });
    const full = await get('/hsds/hsdsprova/services?full=true');
    for (const s of full.json().contents) expect(schemas.errors('service.json', s)).toEqual([]);
    const s1 = (await get(`/hsds/hsdsprova/services/${FX.s1}`, 'service.json')).json();
    expect(s1.organization.id).toBe(FX.orgA);
    expect(s1.program.id).toBe(FX.program);
    expect(s1.service_at_locations.map((x: { id: string }) => x.id)).toEqual([FX.sal1]);
    const sal = s1.service_at_locations[0];
    expect(sal.location.addresses[0].address_1).toBe('Piazza Chanoux 1');
    expect(sal.location.accessibility).toHaveLength(1);
    for (const key of ['phones', 'schedules', 'contacts', 'service_areas']) expect(sal[key], key).toHaveLength(1);
    for (const key of ['phones', 'schedules', 'contacts', 'languages']) expect(sal.location[key].length, key).toBeGreaterThan(0);
    for (const key of ['phones', 'schedules', 'contacts', 'languages', 'cost_options', 'required_documents', 'service_areas', 'funding', 'capacities', 'attributes', 'metadata', 'additional_urls']) {
      expect(s1[key].length, key).toBeGreaterThan(0);
    }
    expect(s1.phones[0].languages[0].code).toBe('fr');
    expect(s1.phones[0].extension).toBe(12);
    expect(s1.contacts[0].phones).toHaveLength(1);
    expect(s1.capacities[0].unit.name).toBe('Posti letto');
    expect(s1.attributes[0].taxonomy_term.code).toBe('housing');
    expect(s1.attributes[0].taxonomy_term.taxonomy_detail.uri).toBe('https://approdo.it/taxonomy/needs');
    expect(s1.x_approdo_translations.en.name).toBe('Housing desk');
    expect(s1.x_approdo_target_groups).toEqual(['women', 'families']);
    expect(s1.x_approdo_free_of_charge).toBe(true);
    // Public output names no staff member.
    expect(s1.metadata[0].updated_by).toBe('Comune di Prova');
    expect(JSON.stringify(s1)).not.toContain('mario.rossi');
    await get(`/hsds/hsdsprova/services/${FX.s2}`, 'service.json');
  });

  it('lists and serves services at locations, organizations, taxonomies and terms', async () => {
    const sals = await get('/hsds/hsdsprova/service_at_locations', 'page-service_at_locations');
    expect(ids(sals).sort()).toEqual([FX.sal1, FX.sal2]);
    expect(sals.json().contents[0].service.organization).toBeDefined();
    const sal = (await get(`/hsds/hsdsprova/service_at_locations/${FX.sal1}`, 'service_at_location.json')).json();
    expect(sal.location.id).toBe(FX.l1);
    expect(sal.service.id).toBe(FX.s1);
    const orgs = await get('/hsds/hsdsprova/organizations', 'page-organizations');
    expect(ids(orgs)).toEqual([FX.orgA]);
    const org = (await get(`/hsds/hsdsprova/organizations/${FX.orgA}`, 'organization.json')).json();
    expect(org.services.map((s: { id: string }) => s.id).sort()).toEqual([FX.s1, FX.s2]);
    expect(org.programs).toHaveLength(1);
    expect(org.organization_identifiers[0].identifier).toBe('80002270074');
    expect(org.additional_websites[0].url).toBe('https://social.example.it/comune');
    expect(org.locations.map((l: { id: string }) => l.id).sort()).toEqual([FX.l1, FX.l2]);
    const taxonomies = await get('/hsds/hsdsprova/taxonomies', 'page-taxonomies');
    expect(taxonomies.json().total_items).toBe(1);
    await get(`/hsds/hsdsprova/taxonomies/${taxonomies.json().contents[0].id}`, 'taxonomy.json');
    const termList = await get('/hsds/hsdsprova/taxonomy_terms?per_page=200', 'page-taxonomy_terms');
    expect(termList.json().total_items).toBe(12);
    const term = await get(`/hsds/hsdsprova/taxonomy_terms/${terms.housingTermId}`, 'taxonomy_term.json');
    expect(term.json().x_approdo_translations.ar.name).toBeTruthy();
  });

  it('answers unknown tenants and ids with our 404 body', async () => {
    for (const url of ['/hsds/nessuno/services', '/hsds/hsdsprova/services/00000000-0000-4000-8000-000000000000', '/hsds/hsdsprova/services/not-a-uuid',
      `/hsds/hsdsprova/services/${FX.draft}`, `/hsds/hsdsprova/services/${FX.confidential}`, `/hsds/hsdsprova/services/${FX.inactive}`,
      `/hsds/hsdsprova/service_at_locations/${FX.salShelter}`, `/hsds/hsdsprova/organizations/${FX.orgB}`, `/hsds/altro/services/${FX.s1}`]) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.json().error.code).toBe('NOT_FOUND');
      expect(res.headers['access-control-allow-origin']).toBe('*');
    }
  });
});

describe('HSDS API: query parameters', () => {
  it('pages with page and per_page (at most 200)', async () => {
    const p1 = (await get('/hsds/hsdsprova/services?per_page=1', 'page-services')).json();
    const p2 = (await get('/hsds/hsdsprova/services?per_page=1&page=2', 'page-services')).json();
    expect(p1).toMatchObject({ total_items: 2, total_pages: 2, page_number: 1, size: 1, first_page: true, last_page: false });
    expect(p2).toMatchObject({ page_number: 2, size: 1, first_page: false, last_page: true });
    expect(p1.contents[0].id).not.toBe(p2.contents[0].id);
    const p3 = (await get('/hsds/hsdsprova/services?per_page=1&page=3', 'page-services')).json();
    expect(p3).toMatchObject({ size: 0, empty: true, contents: [] });
    const terms = (await get('/hsds/hsdsprova/taxonomy_terms?per_page=5000', 'page-taxonomy_terms')).json();
    expect(terms.size).toBe(12);
    expect((await get('/hsds/hsdsprova/services?page=0')).statusCode).toBe(400);
  });

  it('filters by search, taxonomy_term_id, organization_id and modified_after', async () => {
    expect(ids(await get('/hsds/hsdsprova/services?search=CASA', 'page-services'))).toEqual([FX.s1]);
    expect(ids(await get('/hsds/hsdsprova/services?search=housing%20desk', 'page-services'))).toEqual([FX.s1]);
    expect(ids(await get('/hsds/hsdsprova/services?search=segreta', 'page-services'))).toEqual([]);
    expect(ids(await get(`/hsds/hsdsprova/services?taxonomy_term_id=${terms.healthTermId}`, 'page-services'))).toEqual([FX.s2]);
    expect(ids(await get(`/hsds/hsdsprova/services?taxonomy_term_id=${terms.housingTermId}`, 'page-services'))).toEqual([FX.s1]);
    expect(ids(await get(`/hsds/hsdsprova/services?organization_id=${FX.orgB}`, 'page-services'))).toEqual([]);
    expect(ids(await get(`/hsds/hsdsprova/services?organization_id=${FX.orgA}`, 'page-services')).sort()).toEqual([FX.s1, FX.s2]);
    expect(ids(await get('/hsds/hsdsprova/services?modified_after=2024-01-01', 'page-services'))).toEqual([FX.s1]);
    expect(ids(await get('/hsds/hsdsprova/services?modified_after=2025-03-01T10:00:00Z', 'page-services'))).toEqual([FX.s1]);
    expect(ids(await get(`/hsds/hsdsprova/organizations?taxonomy_term_id=${terms.healthTermId}`, 'page-organizations'))).toEqual([FX.orgA]);
    expect((await get('/hsds/hsdsprova/services?modified_after=yesterday')).statusCode).toBe(400);
    expect((await get('/hsds/hsdsprova/services?taxonomy_term_id=nope')).statusCode).toBe(400);
  });

  it('filters services at locations by postcode and proximity (nearest first)', async () => {
    expect(ids(await get('/hsds/hsdsprova/service_at_locations?postcode=85100', 'page-service_at_locations'))).toEqual([FX.sal2]);
    expect(ids(await get('/hsds/hsdsprova/service_at_locations?postcode=11100', 'page-service_at_locations'))).toEqual([FX.sal1]);
    expect(ids(await get('/hsds/hsdsprova/service_at_locations?proximity=45.74,7.32,5', 'page-service_at_locations'))).toEqual([FX.sal1]);
    expect(ids(await get('/hsds/hsdsprova/service_at_locations?proximity=45.74,7.32,1000', 'page-service_at_locations'))).toEqual([FX.sal1, FX.sal2]);
    expect(ids(await get('/hsds/hsdsprova/service_at_locations?proximity=40.6,15.8,1000', 'page-service_at_locations'))).toEqual([FX.sal2, FX.sal1]);
    expect((await get('/hsds/hsdsprova/service_at_locations?proximity=north')).statusCode).toBe(400);
  });

  it('streams every result as ndjson, one object per line', async () => {
    for (const [path, key] of [['services', 'service.json'], ['service_at_locations', 'compiled/service_at_location_list.json'], ['organizations', 'compiled/organization_list.json'], ['taxonomy_terms', 'taxonomy_term.json']] as const) {
      const res = await get(`/hsds/hsdsprova/${path}?format=ndjson&per_page=1${path === 'services' ? '&full=true' : ''}`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('application/x-ndjson');
      const lines = res.body.trim().split('\n');
      expect(lines.length).toBe({ services: 2, service_at_locations: 2, organizations: 1, taxonomy_terms: 12 }[path]);
      for (const line of lines) expect(schemas.errors(key, JSON.parse(line))).toEqual([]);
    }
  });

  it('is open to every origin (GET only, no credentials)', async () => {
    const res = await get('/hsds/hsdsprova/services');
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.headers['access-control-allow-credentials']).toBeUndefined();
    const pre = await env.app.inject({ method: 'OPTIONS', url: '/hsds/hsdsprova/services', headers: { origin: 'https://example.org', 'access-control-request-method': 'GET' } });
    expect(pre.statusCode).toBe(204);
    expect(pre.headers['access-control-allow-methods']).toBe('GET, OPTIONS');
    expect(pre.headers['access-control-allow-origin']).toBe('*');
  });

  it('never shows confidential locations, drafts or inactive services, in any response', () => {
    expect(seen.length).toBeGreaterThan(40);
    for (const body of seen) {
      expect(body).not.toContain(FX.secret);
      for (const id of [FX.draft, FX.confidential, FX.inactive, FX.shelter, FX.salShelter, FX.orgB]) expect(body).not.toContain(id);
    }
  });
});

describe('HSDS API: rate limit', () => {
  let app: App;
  beforeAll(async () => {
    app = await buildHttpApp(env.platform.ctx, (a) => hsdsRoutes(a, env.platform.ctx, { rateLimitPerMinute: 3 }));
    await app.ready();
  });
  afterAll(() => app?.close());

  it('answers 429 with our error body once a client exceeds its requests per minute', async () => {
    const codes: number[] = [];
    let last;
    for (let i = 0; i < 5; i++) {
      last = await app.inject({ method: 'GET', url: '/hsds/hsdsprova/taxonomies', remoteAddress: '192.0.2.7' });
      codes.push(last.statusCode);
    }
    expect(codes).toEqual([200, 200, 200, 429, 429]);
    expect(last!.json().error.code).toBe('RATE_LIMITED');
    expect(last!.headers['retry-after']).toBeDefined();
    expect((await app.inject({ method: 'GET', url: '/hsds/hsdsprova/taxonomies', remoteAddress: '192.0.2.8' })).statusCode).toBe(200);
  });
});
