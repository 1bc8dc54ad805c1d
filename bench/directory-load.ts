import pg from 'pg';

// A closed-loop load generator that keeps every latency, so p50 and p95 are exact (autocannon's
// histogram stops at p90 and p97.5). `concurrency` workers each run `op` back to back.

export interface LoadStats {
  label: string;
  concurrency: number;
  requests: number;
  errors: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

/** Runs `op(i)` with `concurrency` workers for `durationMs` after `warmupMs` of unrecorded load. */
export async function closedLoop(label: string, op: (i: number) => Promise<void>, opts: { concurrency: number; durationMs: number; warmupMs: number }): Promise<LoadStats> {
  const latencies: number[] = [];
  let errors = 0;
  let counter = 0;
  let firstError: unknown = null;
  const warmEnd = performance.now() + opts.warmupMs;
  const end = warmEnd + opts.durationMs;
  const worker = async () => {
    for (;;) {
      const started = performance.now();
      if (started >= end) return;
      try {
        await op(counter++);
        if (started >= warmEnd) latencies.push(performance.now() - started);
      } catch (err) {
        errors++;
        firstError ??= err;
      }
    }
  };
  await Promise.all(Array.from({ length: opts.concurrency }, worker));
  if (errors > 0) console.error(`  ${label}: ${errors} errors, first: ${firstError instanceof Error ? firstError.message : String(firstError)}`);
  latencies.sort((a, b) => a - b);
  const stats: LoadStats = {
    label,
    concurrency: opts.concurrency,
    requests: latencies.length,
    errors,
    rps: latencies.length / (opts.durationMs / 1000),
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
  };
  console.log(`  ${label} @${opts.concurrency}: ${stats.rps.toFixed(0)} req/s, p50 ${stats.p50.toFixed(1)} ms, p95 ${stats.p95.toFixed(1)} ms, errors ${errors}`);
  return stats;
}

/** The app's own statement timeout: a request still waiting after it is an error, not a figure. */
export const REQUEST_TIMEOUT_MS = 30_000;

/** GETs `url` and reads the whole body; anything but 200 (or no answer in time) counts as an error. */
export async function fetchOk(url: string, headers: Record<string, string> = {}): Promise<number> {
  const res = await fetch(url, { headers, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
  const body = await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
  return body.byteLength;
}

export interface CapturedQuery {
  sql: string;
  parameters: readonly unknown[];
}

/**
 * The yardstick: the search's own SQL (its statements in order) on a plain pg pool of the app's size and role, in a
 * transaction bound to the tenant as withTenant opens it. What the app adds on top is HTTP, the
 * finder's other small queries (tenant, needs), HTML rendering and logging.
 */
export function rawSqlRunner(url: string, poolSize: number, tenantId: string) {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, connectionTimeoutMillis: REQUEST_TIMEOUT_MS, options: `-c role=approdo_app -c statement_timeout=${REQUEST_TIMEOUT_MS}` });
  return {
    async run(statements: CapturedQuery[]): Promise<void> {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query(`SELECT set_config('app.tenant_id', $1, true), set_config('app.protection_access', 'off', true)`, [tenantId]);
        for (const q of statements) await client.query(q.sql, q.parameters as unknown[]);
        await client.query('COMMIT');
      } finally {
        client.release();
      }
    },
    end: () => pool.end(),
  };
}
