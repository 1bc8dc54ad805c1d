import type { ApiMeResults, LoadOptions, LoadResult } from './api-me.js';
import { median } from './process.js';
import { stopIsClean, type StartTimes, type StopCheck } from './start-time.js';

export interface MachineFacts {
  date: string;
  node: string;
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  /** 1-minute load average when the bench began: other work on the machine lowers every figure. */
  loadAverage: number;
}

export const WARM_TARGET_MS = 5000;
export const API_ME_TARGET_RATIO = 0.4;

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const pct = (r: number) => `${(r * 100).toFixed(0)} %`;
const met = (ok: boolean) => (ok ? 'met' : '**not met**');

function stopLine(stops: StopCheck[]): string {
  const clean = stops.filter(stopIsClean).length;
  const bad = stops
    .map((st, i) => ({ st, i }))
    .filter(({ st }) => !stopIsClean(st))
    .map(({ st, i }) => `stop ${i + 1}: npx ${st.leader}${st.timedOut ? ', timed out' : ''}${st.postmasterPidLeft ? ', postmaster.pid left' : ''}${st.processesLeft ? ', processes left' : ''}`);
  const slowest = Math.max(...stops.map((st) => st.stopMs));
  return `${clean} of ${stops.length} clean: every process gone (slowest after ${s(slowest)}), no postmaster.pid left${bad.length ? `; ${bad.join('; ')}` : ''}`;
}

function loadRow(r: LoadResult): string {
  return `| ${r.label} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} | ${r.total} | ${r.non2xx} | ${r.errors} |`;
}

export function renderReport(
  machine: MachineFacts,
  starts: StartTimes & { finalStop: StopCheck; stopErrors: number; readyIn: number[] },
  load: ApiMeResults,
  opts: LoadOptions,
  benchSeconds: number,
): string {
  const warm = median(starts.warmMs);
  const vsBare = load.apiMe.rps / load.bare.rps;
  const vsRaw = load.apiMe.rps / load.rawSql.rps;
  const stops = [...starts.stops, starts.finalStop];
  const ceiling = load.rawSql.rps / load.bare.rps;
  const ceilingNote = ceiling < API_ME_TARGET_RATIO ? ` (on this machine, the ${pct(API_ME_TARGET_RATIO)} target is out of reach by construction)` : '';
  return `# Benchmark: foundation (${machine.date})

Produced by \`npm run bench\` (bench/run.ts) in ${benchSeconds.toFixed(0)} s.

**Machine:** ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.os}; Node.js ${machine.node}; embedded PostgreSQL ${load.postgresVersion}.
Load average (1 min) when the run began: ${machine.loadAverage.toFixed(2)}.

## Start time

Measured from spawning \`npx tsx server/main.ts\` until \`GET /readyz\` first answers 200. The time
before \`main()\` runs goes to npx, tsx and loading (transpiling) the modules.

| Measure | Result | Target |
| --- | --- | --- |
| Cold start: empty \`APPRODO_DATA_DIR\` (initdb, migrations, demo seeding) | ${s(starts.coldMs)} | — |
| Warm start, median of ${starts.warmMs.length} (${starts.warmMs.map(s).join(', ')}) | ${s(warm)} | < ${s(WARM_TARGET_MS)}: ${met(warm < WARM_TARGET_MS)} |
| Of which \`main()\` itself (its own “ready in”: platform, migrations, demo check, routes, listen) | cold ${starts.readyIn[0] !== undefined ? s(starts.readyIn[0]) : '?'}; warm ${starts.readyIn.slice(1).map(s).join(', ') || '?'} | — |
| Stops with SIGINT to the process group, as Ctrl-C | ${stopLine(stops)}; “error while stopping” logged ${starts.stopErrors} times | all clean: ${met(stops.every(stopIsClean) && starts.stopErrors === 0)} |

## GET /api/me under load

autocannon, ${opts.connections} connections, ${opts.durationS} s per route after a ${opts.warmupS} s warm-up, one route at a time.

| Route | req/s | p50 ms | p99 ms | requests | non-2xx | errors |
| --- | --- | --- | --- | --- | --- | --- |
${loadRow(load.bare)}
${loadRow(load.rawSql)}
${loadRow(load.apiMe)}

| Ratio (throughput) | Result | Target |
| --- | --- | --- |
| /api/me ÷ bare Fastify route | ${pct(vsBare)} | ≥ ${pct(API_ME_TARGET_RATIO)}: ${met(vsBare >= API_ME_TARGET_RATIO)} |
| /api/me ÷ raw session SQL route | ${pct(vsRaw)} | — |
| raw session SQL route ÷ bare Fastify route (the ceiling for any route that makes one database call) | ${pct(ceiling)} | — |

- **bare Fastify route**: a separate Fastify instance with no plugins and no logger answering \`{ok:true}\`.
- **raw session SQL route**: the same instance running only \`SELECT * FROM auth_resolve_session($1,$2)\`
  (the one statement the app's session look-up runs) on a \`pg\` pool of ${load.poolSize} connections as role
  \`approdo_app\`, like the app's pool.
- **GET /api/me**: the real app (\`npx tsx server/main.ts\`, default settings: log level info, pool ${load.poolSize}),
  signed in as the demo user \`front-desk@aosta.demo.approdo.it\` (no MFA), with its session cookie.
  Every request passes helmet, the guard (session resolution, policy), the zod response serializer,
  the metrics hook and two request log lines.

## How to read these figures

- The app and the yardstick servers run in child processes of their own, so they do not share the
  event loop with autocannon. But the machine has ${machine.cores} cores: autocannon, the Node.js server
  and PostgreSQL compete for them, so absolute figures are lower than on a server where the load comes
  from elsewhere, and the ratios matter more than the absolute numbers.
- The bare route needs no database, so its figure is bounded by Node.js and autocannon alone; /api/me
  also pays for a PostgreSQL round trip on the same cores. No route that calls the database once can
  beat the raw-SQL route, so /api/me ÷ bare cannot exceed the ceiling row above${ceilingNote}.
- /api/me ÷ raw-SQL shows what the app itself adds on top of that round trip: helmet headers, cookie
  parsing, the guard, Kysely, zod serialization, the metrics hook and two log lines per request.
- The three routes are loaded one after another: other work on the machine (see the load average
  above) lowers every figure and skews the ratios. Compare runs made on a quiet machine only.
`;
}
