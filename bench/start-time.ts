import { existsSync } from 'node:fs';
import path from 'node:path';
import { startServer, waitFor200, type ServerProcess } from './process.js';

export interface StopCheck {
  /** How `npm exec` (npx) ended: on Ctrl-C it dies of SIGINT itself while its children shut down. */
  leader: string;
  /** Some process of the group was still alive 30 s after SIGINT (then killed). */
  timedOut: boolean;
  stopMs: number;
  /** PostgreSQL removes postmaster.pid only when it shut down cleanly. */
  postmasterPidLeft: boolean;
  processesLeft: boolean;
}

export interface StartTimes {
  coldMs: number;
  warmMs: number[];
  stops: StopCheck[];
  /** The last warm start, still running, for the load test. */
  app: ServerProcess;
}

/** `npx tsx server/main.ts`, exactly what a developer types, on the embedded database in `dataDir`. */
export function startApp(dataDir: string, port: number, logFile: string): ServerProcess {
  return startServer('npx', ['tsx', 'server/main.ts'], { APPRODO_DATA_DIR: dataDir, APPRODO_LOG_LEVEL: 'info' }, port, logFile);
}

/** Stops the app as Ctrl-C does and checks that nothing, PostgreSQL included, was left behind. */
export async function stopApp(app: ServerProcess, dataDir: string): Promise<StopCheck> {
  const t0 = performance.now();
  const { leader, timedOut } = await app.interrupt();
  return {
    leader: leader.signal ?? `exit ${leader.code}`,
    timedOut,
    stopMs: performance.now() - t0,
    postmasterPidLeft: existsSync(path.join(dataDir, 'postgres', 'postmaster.pid')),
    processesLeft: app.groupAlive(),
  };
}

export function stopIsClean(s: StopCheck): boolean {
  return (s.leader === 'exit 0' || s.leader === 'SIGINT') && !s.timedOut && !s.postmasterPidLeft && !s.processesLeft;
}

/**
 * Cold start on an empty data directory (initdb, migrations, demo seeding), then `warmRuns` warm
 * starts on the same directory, each timed from spawn to the first 200 from /readyz.
 */
export async function measureStartTimes(dataDir: string, port: number, logFile: string, warmRuns = 3): Promise<StartTimes> {
  const stops: StopCheck[] = [];
  const timeStart = async () => {
    const t0 = performance.now();
    const app = startApp(dataDir, port, logFile);
    try {
      return { app, ms: await waitFor200(`${app.baseUrl}/readyz`, t0, app) };
    } catch (err) {
      await app.interrupt(10_000);
      throw err;
    }
  };

  const cold = await timeStart();
  console.log(`  cold start: ${(cold.ms / 1000).toFixed(2)} s`);
  stops.push(await stopApp(cold.app, dataDir));
  const warmMs: number[] = [];
  let last: ServerProcess | null = null;
  for (let i = 0; i < warmRuns; i++) {
    const warm = await timeStart();
    warmMs.push(warm.ms);
    console.log(`  warm start ${i + 1}: ${(warm.ms / 1000).toFixed(2)} s`);
    if (i < warmRuns - 1) stops.push(await stopApp(warm.app, dataDir));
    else last = warm.app;
  }
  return { coldMs: cold.ms, warmMs, stops, app: last! };
}
