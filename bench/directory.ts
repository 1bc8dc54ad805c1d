// `npm run bench:directory` (also the second half of `npm run bench`): a synthetic directory of
// 100k services / 150k locations imported through the HSDS importer, then the public search
// (text + need + language + nearest 20) at 1 and 32 connections beside the same SQL on pg, the
// HSDS /services throughput and the public pages' transfer sizes, in one run of a few minutes.
// Uses DATABASE_URL's server when set (a database of its own, dropped at the end), else an
// embedded PostgreSQL in a temporary directory. Writes bench/results/<date>-directory.md.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CamelCasePlugin, Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { createTenant } from '../server/domains/tenants/commands/create-tenant.js';
import { importDirectory } from '../server/domains/hsds/import/import-directory.js';
import { PAGE_SIZE, searchServices } from '../server/domains/finder/finder-search.queries.js';
import { romeWallClock } from '../server/domains/finder/open-now.js';
import { parseFilters } from '../server/domains/finder/search-filters.js';
import { openAppDatabase, withTenant } from '../server/platform/db/database.js';
import { migrate } from '../server/platform/db/migrate.js';
import type { Database } from '../server/platform/db/schema.js';
import { machineFacts, openBenchDatabase, serverVersion } from './bench-database.js';
import { closedLoop, fetchOk, rawSqlRunner, type CapturedQuery } from './directory-load.js';
import { renderDirectoryReport, type DirectoryBenchResult } from './directory-report.js';
import { measurePage } from './directory-sizes.js';
import { COMUNI, generateSyntheticDirectory } from './directory-synthetic.js';
import { freePort, ROOT, startServer, waitFor200, type ServerProcess } from './process.js';

const SERVICES = Number(process.env.BENCH_DIRECTORY_SERVICES ?? 100_000);
const DURATION_MS = Number(process.env.BENCH_DURATION ?? 10) * 1000;
const WARMUP_MS = 2000;
const POOL = 10;
const TENANT = 'bench';
const SEARCHES = [
  { q: 'italiano', need: 'language', lang: 'ar' },
  { q: 'lavoro', need: 'work-training', lang: 'en' },
  { q: 'casa', need: 'housing', lang: 'fr' },
  { q: 'medico', need: 'health', lang: 'uk' },
  { q: 'permesso soggiorno', need: 'legal-documents', lang: 'en' },
  { q: 'italiamo', need: 'language', lang: 'es' },
];

/** The statements `searchServices` runs for a query string, as the raw-SQL yardstick replays them. */
async function captureSearches(url: string, tenantId: string, queries: string[]): Promise<CapturedQuery[][]> {
  const pool = new pg.Pool({ connectionString: url, max: 1, options: '-c role=approdo_app' });
  let seen: CapturedQuery[] = [];
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    plugins: [new CamelCasePlugin({ underscoreBeforeDigits: true })],
    log: (e) => {
      // The transaction and withTenant's set_config are replayed by the runner itself.
      const statement = e.query.sql.trim();
      if (e.level === 'query' && !/^(begin|commit|rollback)$/i.test(statement) && !statement.includes('set_config(')) seen.push({ sql: e.query.sql, parameters: e.query.parameters });
    },
  });
  const out: CapturedQuery[][] = [];
  try {
    for (const q of queries) {
      const f = parseFilters(new URLSearchParams(q));
      seen = [];
      const { total } = await withTenant(db, tenantId, (tx) => searchServices(tx, tenantId, f, { lang: 'it', now: romeWallClock(new Date()), point: f.near, pageSize: PAGE_SIZE }));
      if (seen.length === 0 || total === 0) throw new Error(`search ${q} ran no statement or found nothing`);
      out.push(seen);
    }
  } finally {
    await db.destroy();
  }
  return out;
}

async function main() {
  const began = performance.now();
  const date = new Date().toISOString().slice(0, 10);
  const machine = machineFacts();
  const logDir = mkdtempSync(path.join(os.tmpdir(), 'approdo-bench-dir-logs-'));
  const database = await openBenchDatabase('approdo_bench_dir');
  let app: ServerProcess | null = null;
  let dataDir: string | null = null;
  let ok = false;
  try {
    console.log(`Directory benchmark on ${database.label}`);
    await migrate(database.url);
    const { db } = openAppDatabase(database.url, POOL);
    const tenant = await createTenant(db, { slug: TENANT, name: 'Benchmark — directory (dati sintetici)', settings: { languages: ['it', 'en', 'fr', 'ar'] } }, 'bench');
    const terms = await withTenant(db, tenant.id, (tx) => tx.selectFrom('dirTaxonomyTerm').select(['code', 'id']).where('code', 'is not', null).execute());
    const genStart = performance.now();
    const synth = generateSyntheticDirectory(SERVICES, 2026, new Map(terms.map((t) => [t.code!, t.id])));
    const generateMs = performance.now() - genStart;
    console.log(`Generated ${synth.counts.services} services, ${synth.counts.locations} locations (${synth.counts.rows} rows) in ${(generateMs / 1000).toFixed(1)} s; importing…`);
    const importStart = performance.now();
    await withTenant(db, tenant.id, (tx) => importDirectory(tx, tenant.id, synth.tables, { sourceName: 'synthetic', format: 'hsds-json' }));
    const importMs = performance.now() - importStart;
    console.log(`Imported in ${(importMs / 1000).toFixed(1)} s`);
    await db.destroy();
    const owner = new pg.Client({ connectionString: database.url });
    await owner.connect();
    await owner.query('ANALYZE');
    await owner.end();

    const port = await freePort();
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'approdo-bench-dir-app-'));
    const env = { DATABASE_URL: database.url, APPRODO_DEMO: '0', APPRODO_DATA_DIR: dataDir, APPRODO_TRUST_PROXY: 'true', APPRODO_DB_POOL_SIZE: String(POOL) };
    app = startServer(process.execPath, ['--import', 'tsx', 'server/main.ts'], env, port, path.join(logDir, 'app.log'));
    await waitFor200(`${app.baseUrl}/readyz`, performance.now(), app, 120_000);

    const queries = COMUNI.slice(0, 8).flatMap(([, lat, lon]) => SEARCHES.map((s) => new URLSearchParams({ ...s, near: `${lat},${lon}` }).toString()));
    const captured = await captureSearches(database.url, tenant.id, queries);
    const urls = queries.map((q) => `${app!.baseUrl}/${TENANT}/search?${q}`);
    const raw = rawSqlRunner(database.url, POOL, tenant.id);
    const loadOpts = (concurrency: number) => ({ concurrency, durationMs: DURATION_MS, warmupMs: WARMUP_MS });
    const headers = { 'accept-encoding': 'br, gzip' };
    console.log('Public search');
    const appStats = [];
    const rawStats = [];
    for (const c of [1, 32]) {
      appStats.push(await closedLoop('public search page (HTTP)', async (i) => void (await fetchOk(urls[i % urls.length]!, headers)), loadOpts(c)));
      rawStats.push(await closedLoop('same SQL (pg)', (i) => raw.run(captured[i % captured.length]!), loadOpts(c)));
    }
    await raw.end();
    console.log('HSDS /services');
    const hsds = await closedLoop(
      'HSDS /services page (HTTP)',
      async (i) => void (await fetchOk(`${app!.baseUrl}/hsds/${TENANT}/services?page=${1 + (i % 200)}&per_page=50`, { ...headers, 'x-forwarded-for': `198.18.${(i >> 8) & 255}.${i & 255}` })),
      loadOpts(32),
    );
    console.log('Page sizes');
    const serviceId = synth.tables.service!.find((s) => s.status === 'active')!.id as string;
    const pages = [
      await measurePage(app.baseUrl, 'Home (/bench)', `/${TENANT}`),
      await measurePage(app.baseUrl, 'Search results', `/${TENANT}/search?${queries[0]}`),
      await measurePage(app.baseUrl, 'Map view', `/${TENANT}/map?${queries[0]}`),
      await measurePage(app.baseUrl, 'Service page', `/${TENANT}/services/${serviceId}`),
    ];
    const result: DirectoryBenchResult = {
      date,
      machine,
      database: `${database.label}, PostgreSQL ${await serverVersion(database.url)}`,
      seconds: 0,
      synthetic: { ...synth.counts, generateMs },
      importMs,
      importNote: 'Imported with `importDirectory` (server/domains/hsds/import/) in one transaction of the tenant, as the CLI and the upload screen do after parsing.',
      searches: queries.length,
      app: appStats,
      raw: rawStats,
      hsds,
      pages,
      poolSize: POOL,
    };
    result.seconds = (performance.now() - began) / 1000;
    const report = renderDirectoryReport(result);
    const dir = path.join(ROOT, 'bench', 'results');
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `${date}-directory.md`);
    writeFileSync(file, report + '\n');
    console.log(`\n${report}\nWritten to ${path.relative(ROOT, file)}`);
    ok = true;
  } finally {
    if (app?.groupAlive()) await app.interrupt(15_000);
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    await database.cleanup().catch((err) => console.error('could not clean the benchmark database up:', err));
    if (ok) rmSync(logDir, { recursive: true, force: true });
    else console.error(`Benchmark failed; server logs kept in ${logDir}`);
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error('Directory benchmark failed:', err instanceof Error ? (err.stack ?? err.message) : err);
    process.exit(1);
  },
);
