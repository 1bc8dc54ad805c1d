import type { LoadStats } from './directory-load.js';
import type { PageSize } from './directory-sizes.js';

// The markdown report of `npm run bench:directory`.

export interface DirectoryBenchResult {
  date: string;
  machine: string;
  database: string;
  seconds: number;
  synthetic: { organizations: number; services: number; locations: number; rows: number; generateMs: number };
  importMs: number | null;
  importNote: string;
  searches: number;
  app: LoadStats[];
  raw: LoadStats[];
  hsds: LoadStats;
  pages: PageSize[];
  poolSize: number;
}

const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : '—');
const kb = (v: number) => (v / 1024).toFixed(1);
const met = (ok: boolean) => (ok ? 'met' : '**not met**');

export function renderDirectoryReport(r: DirectoryBenchResult): string {
  const lines: string[] = [];
  const at = (list: LoadStats[], c: number) => list.find((s) => s.concurrency === c)!;
  const app32 = at(r.app, 32);
  const raw32 = at(r.raw, 32);
  const ratio = (c: number) => at(r.app, c).p95 / at(r.raw, c).p95;
  lines.push(`# Benchmark: directory (${r.date})`, '');
  lines.push(`Produced by \`npm run bench:directory\` (bench/directory.ts) in ${r.seconds.toFixed(0)} s.`, '');
  lines.push(`**Machine:** ${r.machine}. **Database:** ${r.database}. App pool ${r.poolSize} connections.`, '');
  lines.push('## Summary', '');
  lines.push('| Measure | Result | Target |', '| --- | --- | --- |');
  lines.push(`| Import of ${r.synthetic.services.toLocaleString('en')} services (HSDS tables through \`importDirectory\`, one transaction) | ${r.importMs === null ? 'not measured' : `${(r.importMs / 1000).toFixed(1)} s`} | < 60 s: ${r.importMs === null ? '—' : met(r.importMs < 60_000)} |`);
  const p95Text = Number.isFinite(app32.p95) ? `${ms(app32.p95)} ms` : `no answer within 30 s (${app32.errors} timeouts)`;
  lines.push(`| Public search p95 at 32 connections (HTTP, whole page) | ${p95Text} | < 50 ms: ${met(app32.p95 < 50)} |`);
  for (const c of [1, 32]) {
    const v = ratio(c);
    lines.push(`| App ÷ raw SQL, p95 at ${c} connection${c > 1 ? 's' : ''} | ${Number.isFinite(v) ? v.toFixed(2) : '—'} | < 1.5: ${Number.isFinite(v) ? met(v < 1.5) : '—'} |`);
  }
  lines.push(`| HSDS \`/services\` pages (50 per page) at 32 connections | ${r.hsds.rps.toFixed(0)} pages/s | — |`);
  lines.push('');
  lines.push('## Data', '');
  const s = r.synthetic;
  lines.push(
    `${s.services.toLocaleString('en')} services of ${s.organizations.toLocaleString('en')} organisations at ${s.locations.toLocaleString('en')} locations across 40 comuni ` +
      `(${s.rows.toLocaleString('en')} HSDS rows in all: addresses, service-at-location, phones, schedules, languages, needs), generated in ${(s.generateMs / 1000).toFixed(1)} s ` +
      `by bench/directory-synthetic.ts. ${r.importNote}`,
    '',
  );
  lines.push('## Public search: text + need + language spoken + nearest 20', '');
  lines.push(
    `${r.searches} different searches in rotation (six queries, one with a typo, around eight comuni), e.g. \`/bench/search?q=italiano&need=language&lang=ar&near=45.07,7.687\`. ` +
      'Closed loop: each connection sends its next request when the previous answer is read; latencies are kept whole, so the percentiles are exact.',
    '',
  );
  lines.push('| What | Connections | req/s | p50 ms | p95 ms | p99 ms | requests | errors |', '| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const l of [...r.app, ...r.raw, r.hsds]) {
    lines.push(`| ${l.label} | ${l.concurrency} | ${l.rps.toFixed(0)} | ${ms(l.p50)} | ${ms(l.p95)} | ${ms(l.p99)} | ${l.requests} | ${l.errors} |`);
  }
  lines.push('');
  lines.push(
    `- **public search page**: the real app (\`server/main.ts\`, log level info), GET of the server-rendered results page, body read whole (brotli-compressed HTML).`,
    `- **same SQL (pg)**: the statements the page's search runs, in order (captured from \`searchServices\` for each of the ${r.searches} searches), on a plain \`pg\` pool of ${r.poolSize} connections as role \`approdo_app\`, inside a transaction bound to the tenant exactly as \`withTenant\` opens it. What the page adds: HTTP, the tenant and needs look-ups, HTML rendering, compression and logging.`,
    `- **HSDS /services**: \`/hsds/bench/services?page=N&per_page=50\` over 200 pages; each request names a different client address in X-Forwarded-For (the app runs with APPRODO_TRUST_PROXY) so that the per-client rate limit (300/min) does not turn the measure into a count of 429s.`,
    '',
  );
  lines.push(`At 32 connections the app's p95 is ${ms(app32.p95)} ms against ${ms(raw32.p95)} ms for the bare SQL.`, '');
  lines.push('## Public page transfer sizes', '');
  lines.push('Bytes on the wire (Accept-Encoding: br, gzip) of the page and of the scripts, style sheets and icons its HTML names.', '');
  lines.push('| Page | HTML KB | JS KB | CSS KB | other KB | total KB | JS target ≤ 100 KB | total target ≤ 300 KB |', '| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const p of r.pages) {
    lines.push(`| ${p.label} | ${kb(p.htmlBytes)} | ${kb(p.jsBytes)} | ${kb(p.cssBytes)} | ${kb(p.otherBytes)} | ${kb(p.totalBytes)} | ${met(p.jsBytes <= 100 * 1024)} | ${met(p.totalBytes <= 300 * 1024)} |`);
  }
  lines.push('', 'Scripts loaded later (Leaflet on the map page, map tiles) are not in these figures; the finder\'s browser tests (e2e/finder*.test.ts) measure a full page load.', '');
  lines.push('## How to read these figures', '');
  lines.push(
    '- A request with no answer within 30 s (the app\'s statement timeout; the raw pool has the same) counts as an error, not as a latency.',
    '- One machine: the load generator, Node.js and PostgreSQL share its cores, so absolute figures are lower than on a server loaded from elsewhere; the ratios matter more.',
    '- The search sorts every match by distance from the point and ranks text similarity, over 100,000 services: its cost grows with the number of matches, which the need and language filters keep to a few thousand.',
    '- Set DATABASE_URL to run against an external PostgreSQL: the benchmark creates a database of its own there (it needs CREATEDB) and drops it at the end. BENCH_DIRECTORY_SERVICES and BENCH_DURATION (seconds per measure) tune the run.',
    '',
  );
  return lines.join('\n');
}
