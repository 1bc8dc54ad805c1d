import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { loginDemo } from '../../../test/sessions.js';
import { runCli } from '../../cli/run-cli.js';
import { seedDemo } from '../../demo/seed-demo.js';
import { withTenant } from '../../platform/db/database.js';
import { createTenant } from '../tenants/commands/create-tenant.js';
import { HSDS_DIR, loadHsdsSchemas } from './fixtures/hsds-schemas.js';
import { importDirectory, ImportRejected } from './import/import-directory.js';
import { readImportPath, runDirectoryImport } from './import/run-import.js';
import { stableId } from './import/stable-ids.js';
import { generateSyntheticHsds } from './synthetic.js';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
let env: TestEnv;
let owner: pg.Client;

beforeAll(async () => {
  env = await createTestEnv();
  await seedDemo(env.platform.ctx);
  owner = new pg.Client({ connectionString: env.ownerUrl });
  await owner.connect();
});
afterAll(async () => {
  await owner?.end();
  await env?.close();
});

async function freshTenant(slug: string) {
  return createTenant(env.platform.ctx.db, { slug, name: `Comune ${slug}`, settings: {} });
}
async function count(table: string, tenantId: string): Promise<number> {
  return (await owner.query(`SELECT count(*)::int AS n FROM ${table} WHERE tenant_id = $1`, [tenantId])).rows[0].n;
}
async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { platform: env.platform, out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('import of the official HSDS examples', () => {
  it('imports every 3.1-dev example JSON and serves the result as valid HSDS', { timeout: 120_000 }, async () => {
    const t = await freshTenant('esempi');
    const dir = path.join(HSDS_DIR, '3.1-dev', 'examples');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      const run = runDirectoryImport(env.platform.ctx.db, t.id, readImportPath(path.join(dir, file)));
      if (file === 'base.json') {
        await expect(run).rejects.toMatchObject({ report: { errors: [{ code: 'not_directory_data' }] } });
        continue;
      }
      const report = await run;
      expect(Object.keys(report.counts).length, file).toBeGreaterThan(0);
      if (file === 'service_full.json') {
        // organization_full.json (read before) carries the same service: this import updates it.
        expect(report.counts.service).toEqual({ inserted: 0, updated: 1 });
        // The example's own dangling references and impossible coordinates are reported, not fatal.
        expect(report.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['unknown_reference', 'coordinates_out_of_range']));
      }
    }
    const schemas = loadHsdsSchemas();
    const res = await env.app.inject({ method: 'GET', url: '/hsds/esempi/services/ac148810-d857-441c-9679-408f346de14b' });
    expect(res.statusCode).toBe(200);
    expect(schemas.errors('service.json', res.json())).toEqual([]);
    const s = res.json();
    expect(s.phones[0].languages[0].code).toBe('ur');
    expect(s.service_at_locations[0].location.addresses[0].city).toBe('MyCity');
    expect(s.capacities[0].unit.name).toBe('Kilogram');
    // tabular.json (read last) points the example attribute elsewhere; its term stays, with its taxonomy.
    const term = await env.app.inject({ method: 'GET', url: '/hsds/esempi/taxonomy_terms/3f7b145d-84af-42d7-8fae-eaca714b02b2' });
    expect(schemas.errors('taxonomy_term.json', term.json())).toEqual([]);
    expect(term.json().taxonomy_detail.id).toBe('5c4d79d7-cc55-470e-9f1f-8cad074e4892');
    expect(await count('dir_service', t.id)).toBe(1);
  });

  it('imports the example CSV datapackages of 3.0 and 3.1-dev (directory and zip)', async () => {
    for (const version of ['3.0', '3.1-dev']) {
      const t = await freshTenant(`csv${version.replace(/\D/g, '')}`);
      const r = await cli('directory', 'import', path.join(HSDS_DIR, version, 'examples', 'csv'), '--tenant', t.slug);
      expect(r.code, r.err).toBe(0);
      expect(r.out).toMatch(/service: 1 new, 0 updated/);
      expect(await count('dir_service', t.id)).toBe(1);
      expect(await count('dir_phone', t.id)).toBe(1);
      expect(await count('dir_schedule', t.id)).toBe(1);
    }
    const t = await freshTenant('csvzip');
    const dir = path.join(HSDS_DIR, '3.1-dev', 'examples', 'csv');
    const zip = zipSync(Object.fromEntries(readdirSync(dir).map((f) => [`csv/${f}`, new Uint8Array(readFileSync(path.join(dir, f)))])));
    const report = await runDirectoryImport(env.platform.ctx.db, t.id, { name: 'hsds.zip', bytes: Buffer.from(zip) });
    expect(report.counts.service?.inserted).toBe(1);
    expect(report.warnings.some((w) => w.file === 'service_capacity.csv' && w.code === 'unknown_reference_row_skipped')).toBe(true);
  });
});

describe('import of other layouts', () => {
  it('upgrades a 1.x package: integer ids to stable UUIDs, weekday rows to weekly RRULEs', async () => {
    const t = await freshTenant('legacy');
    const first = await cli('directory', 'import', path.join(FIXTURES, 'legacy-1x'), '--tenant', t.slug);
    expect(first.code, first.err).toBe(0);
    const serviceId = stableId(t.id, 'service', '10');
    const { rows: services } = await owner.query('SELECT id, name, eligibility_description FROM dir_service WHERE tenant_id = $1 ORDER BY name', [t.id]);
    expect(services.map((s) => s.id)).toEqual([serviceId, stableId(t.id, 'service', '11')]);
    expect(services[0].eligibility_description).toBe('Persone maggiorenni');
    const { rows: schedules } = await owner.query(
      `SELECT byday, freq, opens_at::text, closes_at::text, valid_from::text FROM dir_schedule WHERE tenant_id = $1 AND service_id = $2 ORDER BY opens_at`, [t.id, serviceId]);
    expect(schedules).toEqual([
      { byday: 'MO,TU,WE', freq: 'WEEKLY', opens_at: '09:00:00', closes_at: '12:00:00', valid_from: null },
      { byday: 'TH', freq: 'WEEKLY', opens_at: '15:00:00', closes_at: '18:00:00', valid_from: null },
    ]);
    const { rows: addresses } = await owner.query('SELECT address_1, address_2, address_type FROM dir_address WHERE tenant_id = $1 ORDER BY address_1', [t.id]);
    expect(addresses[0]).toEqual({ address_1: 'Via Roma 5', address_2: 'Scala B, Interno 3', address_type: 'physical' });
    const { rows: langs } = await owner.query('SELECT code, name FROM dir_language WHERE tenant_id = $1 ORDER BY code NULLS LAST', [t.id]);
    expect(langs.map((l) => l.code ?? l.name)).toEqual(['ar', 'fr', 'it', 'Tigrinya']);
    expect(first.out).toMatch(/holiday_schedules\.csv:2 closed/);
    // The same package again updates the same records.
    const before = await count('dir_schedule', t.id);
    const again = await cli('directory', 'import', path.join(FIXTURES, 'legacy-1x'), '--tenant', t.slug);
    expect(again.out).toMatch(/service: 0 new, 2 updated/);
    expect(await count('dir_schedule', t.id)).toBe(before);
    expect(await count('dir_service', t.id)).toBe(2);
  });

  it('imports a plain CSV through a column mapping, tagging needs by code', async () => {
    const t = await freshTenant('semplice');
    const args = ['directory', 'import', path.join(FIXTURES, 'plain', 'servizi.csv'), '--tenant', t.slug, '--mapping', path.join(FIXTURES, 'plain', 'mapping.json')];
    const r = await cli(...args);
    expect(r.code, r.err).toBe(0);
    const { rows } = await owner.query(
      `SELECT s.name, array_agg(DISTINCT t.code ORDER BY t.code) AS needs, (SELECT array_agg(code ORDER BY code) FROM dir_language l WHERE l.tenant_id = s.tenant_id AND l.service_id = s.id) AS langs
       FROM dir_service s JOIN dir_attribute a ON a.tenant_id = s.tenant_id AND a.link_id = s.id JOIN dir_taxonomy_term t ON t.tenant_id = a.tenant_id AND t.id = a.taxonomy_term_id
       WHERE s.tenant_id = $1 GROUP BY s.tenant_id, s.id, s.name ORDER BY s.name`, [t.id]);
    expect(rows).toEqual([
      { name: 'Ambulatorio STP', needs: ['health'], langs: ['en', 'it'] },
      { name: 'Corso di italiano serale', needs: ['language'], langs: ['ar', 'it'] },
      { name: 'Sportello immigrati', needs: ['digital', 'legal-documents'], langs: ['en', 'fr', 'it'] },
    ]);
    // Two services at the same address share one location; coordinates with a decimal comma are read.
    expect(await count('dir_location', t.id)).toBe(2);
    const { rows: loc } = await owner.query(`SELECT latitude::text FROM dir_location WHERE tenant_id = $1 ORDER BY latitude`, [t.id]);
    expect(loc.map((l) => l.latitude)).toEqual(['40.639500', '40.640100']);
    expect((await cli(...args)).out).toMatch(/service: 0 new, 3 updated/);
    expect(await count('dir_service', t.id)).toBe(3);
    expect(await count('dir_organization', t.id)).toBe(3);
  });
});

describe('transactional and idempotent', () => {
  it('imports nothing from a file with a bad row, and names file, row and field', async () => {
    const t = await freshTenant('rotto');
    const good = 'id,name,description\n7a8f0d7e-0000-4000-8000-000000000001,Ente,x\n';
    const services = [
      'id,organization_id,name,status,minimum_age',
      '7a8f0d7e-0000-4000-8000-000000000011,7a8f0d7e-0000-4000-8000-000000000001,Buono,active,',
      '7a8f0d7e-0000-4000-8000-000000000012,7a8f0d7e-0000-4000-8000-000000000001,Stato strano,aperto,',
      'not-a-uuid,7a8f0d7e-0000-4000-8000-000000000001,,active,dodici',
    ].join('\n');
    const files = new Map([['organizations.csv', Buffer.from(good)], ['services.csv', Buffer.from(services)]]);
    const err = await runDirectoryImport(env.platform.ctx.db, t.id, { name: 'rotto', files }).catch((e) => e);
    expect(err).toBeInstanceOf(ImportRejected);
    expect((err as ImportRejected).report.errors.map((e) => `${e.file}:${e.row}:${e.field}:${e.code}`)).toEqual([
      'services.csv:3:status:invalid_value', 'services.csv:4:id:invalid_format', 'services.csv:4:name:required', 'services.csv:4:minimum_age:invalid_type',
    ]);
    expect(await count('dir_organization', t.id)).toBe(0);
    expect(await count('dir_service', t.id)).toBe(0);
    // A CSV syntax error is reported with its line.
    const broken = await runDirectoryImport(env.platform.ctx.db, t.id, { name: 'x', files: new Map([['services.csv', Buffer.from('id,name\n"unclosed,x\n')]]) }).catch((e) => e);
    expect(broken.report.errors[0]).toMatchObject({ file: 'services.csv', code: 'csv_syntax' });
  });

  it('the API answers 422 with fields[] for a bad file, and imports a good one for tenant-wide editors only', async () => {
    const admin = await loginDemo(env.app, 'tenant_admin', 'potenza');
    const bad = await env.app.inject({ method: 'POST', url: '/api/directory/import', headers: admin.headers, payload: { filename: 'x.json', content: '[{"id":"nope","name":"A","status":"active"}]' } });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.code).toBe('IMPORT_INVALID');
    expect(bad.json().error.fields).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'x.json:/0:id', code: 'invalid_format', message: expect.any(String) })]));
    const json = readFileSync(path.join(HSDS_DIR, '3.1-dev', 'examples', 'service_full.json'), 'utf8');
    const dry = await env.app.inject({ method: 'POST', url: '/api/directory/import', headers: admin.headers, payload: { filename: 'service_full.json', content: json, dryRun: true } });
    expect(dry.json()).toMatchObject({ dryRun: true, counts: { service: { inserted: 1 } } });
    const ok = await env.app.inject({ method: 'POST', url: '/api/directory/import', headers: admin.headers, payload: { filename: 'service_full.json', content: json } });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().warnings[0].message).toEqual(expect.any(String));
    // Large files travel raw: a zipped datapackage, with the options in the query.
    const dir = path.join(HSDS_DIR, '3.1-dev', 'examples', 'csv');
    const zip = Buffer.from(zipSync(Object.fromEntries(readdirSync(dir).map((f) => [f, new Uint8Array(readFileSync(path.join(dir, f)))]))));
    const raw = await env.app.inject({
      method: 'POST', url: '/api/directory/import/file?filename=hsds.zip&dryRun=true', payload: zip, headers: { ...admin.headers, 'content-type': 'application/zip' },
    });
    expect(raw.statusCode, raw.body).toBe(200);
    expect(raw.json()).toMatchObject({ dryRun: true, format: 'hsds-csv', counts: { service: { updated: 1 } } });
    const partner = await loginDemo(env.app, 'partner_operator', 'potenza');
    const refused = await env.app.inject({ method: 'POST', url: '/api/directory/import', headers: partner.headers, payload: { filename: 'service_full.json', content: json } });
    expect(refused.statusCode).toBe(403);
  });

  it('re-importing the same data updates and never duplicates', async () => {
    const t = await freshTenant('sintetico');
    const data = generateSyntheticHsds(300, 7);
    const db = env.platform.ctx.db;
    const first = await withTenant(db, t.id, (tx) => importDirectory(tx, t.id, data));
    expect(first.counts.service).toEqual({ inserted: 300, updated: 0 });
    expect(first.counts.location).toEqual({ inserted: 450, updated: 0 });
    // The synthetic needs taxonomy is matched to the tenant's own, not added beside it.
    expect(first.counts.taxonomy).toEqual({ inserted: 0, updated: 1 });
    const again = await withTenant(db, t.id, (tx) => importDirectory(tx, t.id, generateSyntheticHsds(300, 7)));
    expect(again.counts.service).toEqual({ inserted: 0, updated: 300 });
    expect(again.counts.attribute?.inserted).toBe(0);
    expect(await count('dir_service', t.id)).toBe(300);
    expect(await count('dir_taxonomy', t.id)).toBe(1);
    expect(await count('dir_taxonomy_term', t.id)).toBe(12);
  });
});
