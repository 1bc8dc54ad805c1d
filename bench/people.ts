// `npm run bench:people` (also part of `npm run bench`): search before create over a registry of
// 1,000,000 people. The real app is started as a process on a fresh database (demo tenants
// seeded), a million synthetic people are bulk-loaded into the demo tenant Potenza, and the
// front desk's `GET /api/people?q=<name>&birthYear=<y>` is loaded at 1 and 16 connections beside
// the same SQL on pg. Uses DATABASE_URL's server when set (a database of its own, dropped at the
// end), else an embedded PostgreSQL in a temporary directory. Writes bench/results/<date>-people.md.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { demoEmail, DEMO_PASSWORD } from '../server/demo/demo-data.js';
import { searchNamesOf } from '../server/domains/people/person-matching.js';
import { migrate } from '../server/platform/db/migrate.js';
import { machineFacts, openBenchDatabase, serverVersion } from './bench-database.js';
import { closedLoop, fetchOk, rawSqlRunner } from './directory-load.js';
import { loadSyntheticPeople } from './people-loader.js';
import { renderPeopleReport, type PeopleBenchResult } from './people-report.js';
import { actorFor, captureSearches, explainCandidates } from './people-sql.js';
import { benchQueries, type BenchQuery } from './people-synthetic.js';
import { freePort, ROOT, startServer, waitFor200, type ServerProcess } from './process.js';

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 1_000_000);
const DURATION_MS = Number(process.env.BENCH_DURATION ?? 10) * 1000;
const WARMUP_MS = 2000;
const POOL = 10;
// Enough searches to rotate through; few enough to capture in minutes while the look-up is slow.
const QUERIES = Number(process.env.BENCH_PEOPLE_QUERIES ?? 60);
const SEED = 2026;
const FRONT_DESK = demoEmail('front_desk', 'potenza');
// Where the synthetic people were registered: the Porte Sociali more than the Comune's office.
const ORG_WEIGHTS: Record<string, number> = { 'porta-sociale-centro': 30, 'porta-sociale-bucaletto': 25, 'porta-sociale-cocuzzo': 25, 'comune-potenza': 15, 'mediazione-lucana': 5 };

async function signIn(baseUrl: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: FRONT_DESK, password: DEMO_PASSWORD }) });
  const body = await res.text();
  if (res.status !== 200) throw new Error(`sign-in answered ${res.status}: ${body}`);
  const pair = res.headers.getSetCookie().map((c) => c.split(';')[0]!).find((c) => /^(__Host-)?approdo_session=/.test(c));
  if (!pair) throw new Error('sign-in set no session cookie');
  return pair;
}

async function tenantFacts(url: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const tenantId = (await c.query(`SELECT id FROM tenant WHERE slug = 'potenza'`)).rows[0]?.id as string | undefined;
    if (!tenantId) throw new Error('demo tenant potenza missing: was the demo seeded?');
    const orgs = (await c.query(`SELECT id, slug, name FROM organisation WHERE tenant_id = $1`, [tenantId])).rows as { id: string; slug: string; name: string }[];
    const demoPeople = (await c.query(`SELECT count(*)::int AS n FROM person WHERE tenant_id = $1`, [tenantId])).rows[0].n as number;
    return { tenantId, orgs, demoPeople };
  } finally {
    await c.end();
  }
}

async function reachableCount(url: string, tenantId: string, organisationId: string): Promise<number> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(`SELECT count(*)::int AS n FROM person_organisation WHERE tenant_id = $1 AND organisation_id = $2`, [tenantId, organisationId])).rows[0].n;
  } finally {
    await c.end();
  }
}

function recallOf(queries: BenchQuery[], found: string[][]): PeopleBenchResult['recall'] {
  const out = { variant: { queries: 0, found: 0, avgResults: 0 }, script: { queries: 0, found: 0, avgResults: 0 }, new: { queries: 0, found: 0, avgResults: 0 } };
  queries.forEach((q, i) => {
    const r = out[q.kind];
    r.queries++;
    r.avgResults += found[i]!.length;
    if (q.personId && found[i]!.includes(q.personId)) r.found++;
  });
  for (const r of Object.values(out)) r.avgResults = r.queries ? r.avgResults / r.queries : 0;
  return out;
}

async function main() {
  const began = performance.now();
  const date = new Date().toISOString().slice(0, 10);
  const year = new Date().getUTCFullYear();
  const logDir = mkdtempSync(path.join(os.tmpdir(), 'approdo-bench-people-logs-'));
  const database = await openBenchDatabase('approdo_bench_people');
  let app: ServerProcess | null = null;
  let dataDir: string | null = null;
  let ok = false;
  try {
    console.log(`People benchmark on ${database.label}`);
    await migrate(database.url);
    const port = await freePort();
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'approdo-bench-people-app-'));
    const env = { DATABASE_URL: database.url, APPRODO_DEMO: '1', APPRODO_DATA_DIR: dataDir, APPRODO_DB_POOL_SIZE: String(POOL) };
    app = startServer(process.execPath, ['--import', 'tsx', 'server/main.ts'], env, port, path.join(logDir, 'app.log'));
    await waitFor200(`${app.baseUrl}/readyz`, performance.now(), app, 180_000);
    const { tenantId, orgs, demoPeople } = await tenantFacts(database.url);

    console.log(`Loading ${PEOPLE.toLocaleString('en')} people…`);
    let shown = 0;
    const load = await loadSyntheticPeople(database.url, tenantId, orgs.map((o) => [o.id, ORG_WEIGHTS[o.slug] ?? 1]), PEOPLE, {
      seed: SEED,
      sampleEvery: Math.max(1, Math.floor(PEOPLE / 2000)),
      year,
      progress: (done) => {
        if (done - shown >= 100_000 || done === PEOPLE) console.log(`  ${(shown = done).toLocaleString('en')}`);
      },
    });
    console.log(`Loaded in ${((load.insertMs + load.indexMs + load.analyzeMs) / 1000).toFixed(1)} s`);

    const queries = benchQueries(load.samples, QUERIES, SEED, year);
    const actor = await actorFor(database.url, FRONT_DESK);
    const captured = await captureSearches(database.url, actor, queries);
    const cookie = await signIn(app.baseUrl);
    const urls = queries.map((q) => `${app!.baseUrl}/api/people?${new URLSearchParams({ q: q.q, birthYear: String(q.birthYear) })}`);
    const raw = rawSqlRunner(database.url, POOL, tenantId);
    const loadOpts = (concurrency: number) => ({ concurrency, durationMs: DURATION_MS, warmupMs: WARMUP_MS });
    const appStats = [];
    const rawStats = [];
    for (const c of [1, 16]) {
      appStats.push(await closedLoop('search (HTTP)', async (i) => void (await fetchOk(urls[i % urls.length]!, { cookie })), loadOpts(c)));
      rawStats.push(await closedLoop('same SQL (pg)', (i) => raw.run(captured[i % captured.length]!.statements), loadOpts(c)));
    }
    await raw.end();

    const pickKind = (kind: BenchQuery['kind']) => queries.find((q) => q.kind === kind)!;
    const explains = [];
    for (const kind of ['variant', 'script', 'new'] as const) {
      const q = pickKind(kind);
      explains.push({ label: `${kind}: q=${q.q}&birthYear=${q.birthYear}`, plan: await explainCandidates(database.url, tenantId, searchNamesOf([q.q]), null, q.birthYear) });
    }
    const centro = orgs.find((o) => o.slug === 'porta-sociale-centro')!;
    const result: PeopleBenchResult = {
      date,
      machine: machineFacts(),
      database: `${database.label}, PostgreSQL ${await serverVersion(database.url)}`,
      seconds: 0,
      poolSize: POOL,
      people: PEOPLE,
      demoPeople,
      load,
      scope: { email: FRONT_DESK, organisation: centro.name, reachable: await reachableCount(database.url, tenantId, centro.id) },
      queries,
      recall: recallOf(queries, captured.map((c) => c.ids)),
      statements: captured.reduce((sum, c) => sum + c.statements.length, 0),
      app: appStats,
      raw: rawStats,
      explains,
    };
    result.seconds = (performance.now() - began) / 1000;
    const report = renderPeopleReport(result);
    const dir = path.join(ROOT, 'bench', 'results');
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `${date}-people.md`);
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
    console.error('People benchmark failed:', err instanceof Error ? (err.stack ?? err.message) : err);
    process.exit(1);
  },
);
