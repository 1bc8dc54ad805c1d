// `npm run bench`: start times and GET /api/me throughput in one run (about two minutes).
// Writes bench/results/<date>-foundation.md and bench/results/latest.md, and prints the table.
// BENCH_DURATION (seconds per route, default 10) and BENCH_CONNECTIONS (default 50) tune the load.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { measureApiMe, type LoadOptions } from './api-me.js';
import { freePort, ROOT } from './process.js';
import { renderReport, type MachineFacts } from './report.js';
import { measureStartTimes, stopApp, type StartTimes } from './start-time.js';

// The bench measures the two-command start on the embedded database, whatever this shell has set.
for (const name of ['DATABASE_URL', 'DATABASE_APP_URL', 'APPRODO_DEMO', 'APPRODO_PG_PORT']) delete process.env[name];

function machineFacts(): MachineFacts {
  const cpus = os.cpus();
  return {
    date: new Date().toISOString().slice(0, 10),
    node: process.version,
    cpu: cpus[0]?.model.trim() ?? 'unknown CPU',
    cores: cpus.length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    loadAverage: os.loadavg()[0] ?? 0,
  };
}

async function main() {
  const began = performance.now();
  const machine = machineFacts();
  const opts: LoadOptions = {
    connections: Number(process.env.BENCH_CONNECTIONS ?? 50),
    durationS: Number(process.env.BENCH_DURATION ?? 10),
    warmupS: 2,
  };
  // The data directory itself is made readable by the postgres user when run as root.
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'approdo-bench-data-'));
  const logDir = mkdtempSync(path.join(os.tmpdir(), 'approdo-bench-logs-'));
  const appLog = path.join(logDir, 'app.log');
  let starts: StartTimes | null = null;
  let ok = false;
  try {
    console.log(`Start times (data dir ${dataDir}, log ${appLog})`);
    const port = await freePort();
    starts = await measureStartTimes(dataDir, port, appLog);
    console.log('GET /api/me under load');
    const load = await measureApiMe(starts.app, dataDir, path.join(logDir, 'baseline.log'), opts);
    const finalStop = await stopApp(starts.app, dataDir);
    // main.ts logs this when closing the pool or stopping PostgreSQL failed.
    const appOutput = readFileSync(appLog, 'utf8');
    const stopErrors = (appOutput.match(/error while stopping/g) ?? []).length;
    // main.ts prints "ready in N s", timed from its first line: the rest of a start is npx, tsx and module loading.
    const readyIn = [...appOutput.matchAll(/ready in ([\d.]+) s/g)].map((m) => Number(m[1]) * 1000);
    const report = renderReport(machine, { ...starts, finalStop, stopErrors, readyIn }, load, opts, (performance.now() - began) / 1000);
    const dir = path.join(ROOT, 'bench', 'results');
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `${machine.date}-foundation.md`);
    writeFileSync(file, report);
    copyFileSync(file, path.join(dir, 'latest.md'));
    console.log(`\n${report}\nWritten to ${path.relative(ROOT, file)} and bench/results/latest.md`);
    ok = true;
  } finally {
    if (starts?.app.groupAlive()) await starts.app.interrupt(15_000);
    rmSync(dataDir, { recursive: true, force: true });
    if (ok) rmSync(logDir, { recursive: true, force: true });
    else console.error(`Benchmark failed; server logs kept in ${logDir}`);
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error('Benchmark failed:', err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
