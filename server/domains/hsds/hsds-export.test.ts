import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { unzipSync } from 'fflate';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { loginDemo } from '../../../test/sessions.js';
import { runCli } from '../../cli/run-cli.js';
import { seedDemo } from '../../demo/seed-demo.js';
import { createTenant, findTenant } from '../tenants/commands/create-tenant.js';
import { exportDirectoryFile } from './directory-transfer.routes.js';
import { loadHsdsSchemas } from './fixtures/hsds-schemas.js';
import { FX, seedHsdsFixture } from './fixtures/seed-hsds-fixture.js';
import { runDirectoryImport } from './import/run-import.js';

let env: TestEnv;
let owner: pg.Client;
let aostaId: string;
/** Ids that must never be exported: confidential services and locations, drafts, pending proposals. */
let hidden: string[];

beforeAll(async () => {
  env = await createTestEnv();
  await seedDemo(env.platform.ctx);
  aostaId = (await findTenant(env.platform.ctx.db, 'aosta'))!.id;
  await seedHsdsFixture(env.platform.ctx.db, aostaId);
  owner = new pg.Client({ connectionString: env.ownerUrl });
  await owner.connect();
  const { rows } = await owner.query(
    `SELECT id::text FROM dir_service WHERE tenant_id = $1 AND (confidential OR publication_state <> 'published')
     UNION ALL SELECT id::text FROM dir_location WHERE tenant_id = $1 AND confidential`, [aostaId]);
  hidden = rows.map((r) => r.id);
});
afterAll(async () => {
  await owner?.end();
  await env?.close();
});

/** Tenant-specific ids (the needs taxonomy of each tenant) replaced by their natural keys. */
function normalise(text: string, taxonomies: { id: string; uri?: string; name: string }[], terms: { id: string; taxonomy_id?: string; code?: string; name: string }[]): string {
  const keys = new Map<string, string>();
  for (const t of taxonomies) keys.set(t.id, `taxonomy:${t.uri ?? t.name}`);
  for (const t of terms) keys.set(t.id, `term:${keys.get(t.taxonomy_id ?? '') ?? ''}:${t.code ?? t.name}`);
  return text.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, (id) => keys.get(id) ?? id);
}
const jsonKey = (doc: any) => {
  const text = normalise(JSON.stringify(doc), doc.taxonomies, doc.taxonomy_terms);
  const out = JSON.parse(text);
  for (const k of ['taxonomies', 'taxonomy_terms']) out[k].sort((a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id));
  return out;
};
const system = (tenantId: string) => ({ kind: 'system' as const, tenantId, label: 'test' });

describe('directory export', () => {
  let exported: any;

  it('exports HSDS 3.1 JSON for staff with directory.read, valid against the schemas, without confidential records or drafts', async () => {
    const coordinator = await loginDemo(env.app, 'coordinator', 'aosta');
    const res = await env.app.inject({ method: 'GET', url: '/api/directory/export?format=json', headers: coordinator.headers });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="directory-aosta-\d{4}-\d{2}-\d{2}\.json"/);
    expect(res.headers['cache-control']).toBe('no-store');
    exported = res.json();
    const ids = exported.services.map((s: { id: string }) => s.id);
    expect(ids).toEqual(expect.arrayContaining([FX.s1, FX.s2, FX.inactive]));
    for (const id of [...hidden, FX.draft, FX.confidential, FX.shelter, FX.salShelter]) expect(res.body).not.toContain(id);
    expect(res.body).not.toContain(FX.secret);
    const schemas = loadHsdsSchemas();
    for (const s of exported.services) expect(schemas.errors('service.json', s), s.id).toEqual([]);
    for (const o of exported.organizations) expect(schemas.errors('organization.json', o), o.id).toEqual([]);
    for (const t of exported.taxonomy_terms) expect(schemas.errors('taxonomy_term.json', t)).toEqual([]);
    // The staff export keeps what the public API leaves out or redacts.
    expect(res.body).toContain('mario.rossi@comune.example.it');
    const funder = await loginDemo(env.app, 'funder_viewer', 'aosta');
    expect((await env.app.inject({ method: 'GET', url: '/api/directory/export', headers: funder.headers })).statusCode).toBe(403);
  });

  it('round-trips: export, import into a fresh tenant, export again gives the same directory', async () => {
    const fresh = await createTenant(env.platform.ctx.db, { slug: 'copia-json', name: 'Copia', settings: {} });
    const report = await runDirectoryImport(env.platform.ctx.db, fresh.id, { name: 'export.json', bytes: Buffer.from(JSON.stringify(exported)) });
    expect(report.counts.service?.inserted).toBe(exported.services.length);
    const again = JSON.parse((await exportDirectoryFile(env.platform.ctx.db, system(fresh.id), fresh.name, 'json')).toString('utf8'));
    expect(jsonKey(again)).toEqual(jsonKey(exported));
    // Importing it again changes nothing.
    const twice = await runDirectoryImport(env.platform.ctx.db, fresh.id, { name: 'export.json', bytes: Buffer.from(JSON.stringify(exported)) });
    expect(twice.counts.service?.inserted).toBe(0);
  });

  it('exports a CSV datapackage (zip) with an attributed descriptor that re-imports losslessly', async () => {
    const admin = await loginDemo(env.app, 'tenant_admin', 'aosta');
    const res = await env.app.inject({ method: 'GET', url: '/api/directory/export?format=csv', headers: admin.headers });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    const files = unzipSync(new Uint8Array(res.rawPayload));
    const text = (name: string) => Buffer.from(files[name]!).toString('utf8');
    const descriptor = JSON.parse(text('datapackage.json'));
    expect(descriptor.licenses[0].name).toBe('CC-BY-SA-4.0');
    expect(descriptor.description).toContain('Open Referral');
    expect(descriptor.resources.map((r: { path: string }) => r.path)).toEqual(expect.arrayContaining(['services.csv', 'locations.csv', 'phones.csv', 'schedules.csv']));
    for (const r of descriptor.resources) expect(Object.keys(files)).toContain(r.path);
    const services = descriptor.resources.find((r: { name: string }) => r.name === 'service');
    expect(services.schema.fields.map((f: { name: string }) => f.name)).toEqual(text('services.csv').split('\n')[0]!.split(','));
    for (const name of Object.keys(files)) {
      expect(text(name)).not.toContain(FX.secret);
      for (const id of hidden) expect(text(name)).not.toContain(id);
    }

    const fresh = await createTenant(env.platform.ctx.db, { slug: 'copia-csv', name: 'Copia CSV', settings: {} });
    const report = await runDirectoryImport(env.platform.ctx.db, fresh.id, { name: 'export.zip', bytes: Buffer.from(res.rawPayload) });
    expect(report.counts.service?.inserted).toBe(exported.services.length);
    const again = unzipSync(new Uint8Array(await exportDirectoryFile(env.platform.ctx.db, system(fresh.id), 'Copia CSV', 'csv')));
    const csvKey = (all: Record<string, Uint8Array>) => {
      const read = (n: string) => Buffer.from(all[n]!).toString('utf8');
      const rows = (n: string) => parse(read(n), { columns: true }) as Record<string, string>[];
      const taxonomies = rows('taxonomies.csv').map((t) => ({ id: t.id!, name: t.name!, uri: t.uri }));
      const terms = rows('taxonomy_terms.csv').map((t) => ({ id: t.id!, code: t.code, name: t.name!, taxonomy_id: t.taxonomy_id }));
      return Object.fromEntries(Object.keys(all).filter((n) => n.endsWith('.csv')).map((n) => {
        const [header, ...lines] = normalise(read(n), taxonomies, terms).trim().split('\n');
        return [n, [header, ...lines.sort()]];
      }));
    };
    expect(csvKey(again)).toEqual(csvKey(files));
  });

  it('exports from the CLI as JSON, a zip or a datapackage directory', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'approdo-export-'));
    try {
      const run = (...argv: string[]) => runCli(argv, { platform: env.platform, out: () => {}, err: () => {} });
      expect(await run('directory', 'export', '--tenant', 'aosta', '--format', 'hsds-json', '--out', path.join(dir, 'd.json'))).toBe(0);
      expect(JSON.parse(readFileSync(path.join(dir, 'd.json'), 'utf8')).services.length).toBe(exported.services.length);
      expect(await run('directory', 'export', '--tenant', 'aosta', '--format', 'hsds-csv', '--out', path.join(dir, 'd.zip'))).toBe(0);
      expect(Object.keys(unzipSync(new Uint8Array(readFileSync(path.join(dir, 'd.zip')))))).toContain('datapackage.json');
      expect(await run('directory', 'export', '--tenant', 'aosta', '--format', 'hsds-csv', '--out', path.join(dir, 'pkg'))).toBe(0);
      expect(readdirSync(path.join(dir, 'pkg'))).toEqual(expect.arrayContaining(['datapackage.json', 'services.csv', 'organizations.csv']));
      expect(await run('directory', 'export', '--tenant', 'aosta', '--format', 'xml', '--out', path.join(dir, 'x'))).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
