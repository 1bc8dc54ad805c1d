import type { LoadStats } from './directory-load.js';
import type { BenchQuery } from './people-synthetic.js';

// The markdown report of `npm run bench:people`.

export const P95_TARGET_MS = 100;

export interface PeopleBenchResult {
  date: string;
  machine: string;
  database: string;
  seconds: number;
  poolSize: number;
  people: number;
  demoPeople: number;
  load: { generateMs: number; insertMs: number; indexMs: number; analyzeMs: number; indexes: string[] };
  scope: { email: string; organisation: string; reachable: number };
  queries: BenchQuery[];
  /** Per kind of query: how many, how many found the person searched for (where there is one). */
  recall: Record<BenchQuery['kind'], { queries: number; found: number; avgResults: number }>;
  statements: number;
  app: LoadStats[];
  raw: LoadStats[];
  explains: { label: string; plan: string }[];
}

const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : '—');
const n = (v: number) => v.toLocaleString('en');
const s = (v: number) => `${(v / 1000).toFixed(1)} s`;
const met = (ok: boolean) => (ok ? 'met' : '**not met**');

export function renderPeopleReport(r: PeopleBenchResult): string {
  const at = (list: LoadStats[], c: number) => list.find((x) => x.concurrency === c)!;
  const app16 = at(r.app, 16);
  const lines: string[] = [];
  lines.push(`# Benchmark: people — search before create (${r.date})`, '');
  lines.push(`Produced by \`npm run bench:people\` (bench/people.ts) in ${r.seconds.toFixed(0)} s.`, '');
  lines.push(`**Machine:** ${r.machine}. **Database:** ${r.database}. App pool ${r.poolSize} connections.`, '');
  lines.push('## Summary', '');
  lines.push('| Measure | Result | Target |', '| --- | --- | --- |');
  lines.push(`| Search before create, p95 at 16 connections (HTTP, \`GET /api/people?q=…&birthYear=…\`) | ${ms(app16.p95)} ms | < ${P95_TARGET_MS} ms: ${met(app16.p95 < P95_TARGET_MS)} |`);
  for (const c of [1, 16]) {
    const v = at(r.app, c).p95 / at(r.raw, c).p95;
    lines.push(`| App ÷ raw SQL, p95 at ${c} connection${c > 1 ? 's' : ''} | ${Number.isFinite(v) ? v.toFixed(2) : '—'} | — |`);
  }
  lines.push(`| Registry | ${n(r.people + r.demoPeople)} people in the tenant | 1,000,000 |`, '');
  lines.push('## Data', '');
  lines.push(
    `${n(r.people)} synthetic people loaded into the demo tenant Potenza beside its ${r.demoPeople} demo people (bench/people-synthetic.ts, names from bench/people-names.ts): ` +
      '13 origins (Maghreb and Mashriq, West Africa, Pakistan, Bangladesh, the Horn of Africa, Ukraine, China, Afghanistan and Iran, the Balkans, Latin America, Somalia, Italy) ' +
      'with the Latin spellings each name is met in, the original script for about 45 % of those written in Arabic, Persian, Urdu, Bengali, Ge’ez, Cyrillic or Chinese, ' +
      'aliases, birth years, citizenships, phones (65 %) and the registering organisation. `search_names` is computed by the person domain’s `searchNamesOf`; ' +
      '`phonetic` and `phone_key` are the migration’s generated columns.',
    '',
  );
  lines.push(
    `Generated in ${s(r.load.generateMs)}, inserted in ${s(r.load.insertMs)} (batches of 5,000, two connections, the GIN indexes dropped), ` +
      `GIN indexes built in ${s(r.load.indexMs)}, ANALYZE ${s(r.load.analyzeMs)}. Indexes rebuilt: ${r.load.indexes.map((i) => `\`${i.replace(/^CREATE INDEX (\S+) .*$/, '$1')}\``).join(', ')}.`,
    '',
  );
  lines.push('## Search before create', '');
  const kinds = { variant: 'someone registered, typed with other spellings', script: 'someone registered, typed in the original script', new: 'a person not registered (new names)' } as const;
  lines.push(
    `${r.queries.length} searches in rotation, e.g. ${r.queries.slice(0, 3).map((q) => `\`q=${q.q}&birthYear=${q.birthYear}\``).join(', ')}. ` +
      `Signed in as \`${r.scope.email}\` (front desk, **organisation scope**: reaches the ${n(r.scope.reachable)} people linked to ${r.scope.organisation}; ` +
      'the candidate look-up searches the whole tenant, and matches out of reach are shown as "registered by …" from a higher score).',
    '',
  );
  lines.push('| Kind of search | Searches | Person searched for in the results | Results per search (average) |', '| --- | --- | --- | --- |');
  for (const k of Object.keys(kinds) as (keyof typeof kinds)[]) {
    const x = r.recall[k];
    lines.push(`| ${kinds[k]} | ${x.queries} | ${k === 'new' ? '—' : `${x.found} of ${x.queries}`} | ${x.avgResults.toFixed(1)} |`);
  }
  lines.push('');
  lines.push('| What | Connections | req/s | p50 ms | p95 ms | p99 ms | requests | errors |', '| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const l of [...r.app, ...r.raw]) lines.push(`| ${l.label} | ${l.concurrency} | ${l.rps.toFixed(0)} | ${ms(l.p50)} | ${ms(l.p95)} | ${ms(l.p99)} | ${l.requests} | ${l.errors} |`);
  lines.push('');
  lines.push(
    '- **search (HTTP)**: the real app (`server/main.ts`, log level info), `GET /api/people?q=…&birthYear=…` with the session cookie, JSON body read whole. Each request also writes its audit event (`person.search`).',
    `- **same SQL (pg)**: the ${r.statements} statements the app ran for the searches (captured from \`searchPeople\` through a logging Kysely instance: the candidate look-up \`person_match_candidates()\`, the records under RLS with the reach condition, the names, the audit append), replayed on a plain \`pg\` pool of ${r.poolSize} connections as role \`approdo_app\` inside a transaction bound to the tenant as \`withTenant\` opens it. What the app adds: HTTP, the session and guard, zod, the scoring in JavaScript, logging.`,
    '',
  );
  lines.push('## Where the time goes', '');
  lines.push('EXPLAIN (ANALYZE, BUFFERS) of the body of `person_match_candidates()` (the function call itself shows only a Function Scan), run as the owner with the function\'s settings and the tenant bound, after the load runs (warm cache).', '');
  for (const e of r.explains) lines.push(`### ${e.label}`, '', '```', e.plan, '```', '');
  lines.push('## How to read these figures', '');
  lines.push(
    '- A request with no answer within 30 s (the app\'s statement timeout; the raw pool has the same) counts as an error, not as a latency.',
    '- One machine: the load generator, Node.js and PostgreSQL share its cores (and other work on the machine: see the load average), so absolute figures are lower than on a server loaded from elsewhere.',
    '- The embedded PostgreSQL runs with default settings (128 MB shared buffers); the registry and its indexes exceed that, the rest comes from the operating system\'s cache.',
    '- Set DATABASE_URL to run against an external PostgreSQL (the benchmark creates and drops a database of its own; it needs CREATEDB). BENCH_PEOPLE (default 1,000,000) and BENCH_DURATION (seconds per measure, default 10) tune the run.',
    '',
  );
  return lines.join('\n');
}
