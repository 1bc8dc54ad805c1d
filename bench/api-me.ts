import { readFileSync } from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { freePort, startServer, waitFor200, type ServerProcess } from './process.js';

export const DEMO_LOGIN = { email: 'front-desk@aosta.demo.approdo.it', password: 'prova-approdo-2026-accesso' };

export interface LoadResult {
  label: string;
  url: string;
  rps: number;
  p50: number;
  p99: number;
  total: number;
  non2xx: number;
  errors: number;
}

export interface LoadOptions {
  connections: number;
  durationS: number;
  warmupS: number;
}

/** The owner URL of the embedded cluster, from the state file startEmbeddedPostgres keeps. */
export function embeddedUrl(dataDir: string): string {
  const state = JSON.parse(readFileSync(path.join(dataDir, 'embedded.json'), 'utf8')) as { password: string; port: number };
  return `postgres://postgres:${encodeURIComponent(state.password)}@127.0.0.1:${state.port}/approdo`;
}

/** Signs in as a demo user without MFA; returns the Cookie header value and the raw token. */
export async function signIn(baseUrl: string): Promise<{ cookie: string; token: string }> {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(DEMO_LOGIN),
  });
  const body = await res.text();
  if (res.status !== 200) throw new Error(`sign-in answered ${res.status}: ${body}`);
  const pair = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .find((c) => /^(__Host-)?approdo_session=/.test(c));
  if (!pair) throw new Error('sign-in set no session cookie');
  return { cookie: pair, token: pair.slice(pair.indexOf('=') + 1) };
}

async function hit(label: string, url: string, headers: Record<string, string>, opts: LoadOptions): Promise<LoadResult> {
  // Check the route answers what it should before loading it: a fast 401 would flatter the figures.
  const probe = await fetch(url, { headers });
  await probe.arrayBuffer();
  if (probe.status !== 200) throw new Error(`${label}: ${url} answered ${probe.status}`);
  if (opts.warmupS > 0) await autocannon({ url, headers, connections: opts.connections, duration: opts.warmupS });
  const r = await autocannon({ url, headers, connections: opts.connections, duration: opts.durationS });
  const result = {
    label,
    url,
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    total: r.requests.total,
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
  };
  console.log(`  ${label}: ${result.rps.toFixed(0)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, non-2xx ${result.non2xx}`);
  return result;
}

export interface ApiMeResults {
  bare: LoadResult;
  rawSql: LoadResult;
  apiMe: LoadResult;
  poolSize: number;
  postgresVersion: string;
}

/**
 * Loads the bare route, the raw-SQL route and /api/me of the running app in turn (never at once),
 * each for `durationS` after a short warm-up.
 */
export async function measureApiMe(app: ServerProcess, dataDir: string, logFile: string, opts: LoadOptions): Promise<ApiMeResults> {
  const { cookie, token } = await signIn(app.baseUrl);
  const poolSize = Number(process.env.APPRODO_DB_POOL_SIZE ?? 10);
  const idleSeconds = Number(process.env.APPRODO_SESSION_IDLE_MINUTES ?? 30) * 60;
  const port = await freePort();
  const baseline: ServerProcess = startServer(
    process.execPath,
    ['--import', 'tsx', 'bench/baseline-server.ts'],
    { BENCH_PG_URL: embeddedUrl(dataDir), BENCH_POOL_SIZE: String(poolSize), BENCH_SESSION_TOKEN: token, BENCH_IDLE_SECONDS: String(idleSeconds) },
    port,
    logFile,
  );
  try {
    await waitFor200(`${baseline.baseUrl}/readyz`, performance.now(), baseline, 30_000);
    const bare = await hit('bare Fastify route', `${baseline.baseUrl}/bare`, {}, opts);
    const rawSql = await hit('raw session SQL route', `${baseline.baseUrl}/raw-sql`, {}, opts);
    const apiMe = await hit('GET /api/me', `${app.baseUrl}/api/me`, { cookie }, opts);
    return { bare, rawSql, apiMe, poolSize, postgresVersion: await serverVersion(dataDir) };
  } finally {
    await baseline.interrupt(10_000);
  }
}

async function serverVersion(dataDir: string): Promise<string> {
  const client = new pg.Client({ connectionString: embeddedUrl(dataDir) });
  await client.connect();
  try {
    return (await client.query<{ server_version: string }>('SHOW server_version')).rows[0]!.server_version;
  } finally {
    await client.end();
  }
}
