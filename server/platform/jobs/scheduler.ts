import type { AppContext } from '../context.js';

// A small in-process scheduler for background jobs (reminders, upkeep). Every instance of the app
// runs it: jobs must be idempotent and safe to run at the same time on several instances (per-job
// advisory locks and dedupe keys, see tenant-job.ts). A run never overlaps the previous run of the
// same job; a failing run is logged and retried at the next interval.

export interface Job {
  /** Stable name: logs, advisory lock keys. */
  name: string;
  /** Minutes between runs; default: APPRODO_JOBS_MINUTES. */
  everyMinutes?: number;
  run(ctx: AppContext, now: Date): Promise<unknown>;
}

export interface Scheduler {
  /** Runs every job once now, one after the other (CLI, tests). */
  runAll(now?: Date): Promise<void>;
  /** Stops the timers and waits for runs in progress. */
  stop(): Promise<void>;
}

// Let the app finish starting (and a rolling restart settle) before the first runs.
const FIRST_RUN_DELAY_MS = 15_000;

async function runJob(ctx: AppContext, job: Job, now: Date): Promise<void> {
  const started = Date.now();
  try {
    const result = await job.run(ctx, now);
    ctx.log.debug({ job: job.name, ms: Date.now() - started, result }, 'job done');
  } catch (err) {
    // The code only: error objects of the driver can carry connection details.
    ctx.log.error({ job: job.name, code: (err as { code?: string }).code, reason: (err as Error).message }, 'job failed');
  }
}

/** Starts the timers (none when `intervalMinutes` is 0: this instance runs no jobs). */
export function startScheduler(ctx: AppContext, jobs: Job[], intervalMinutes: number, opts: { firstRunDelayMs?: number } = {}): Scheduler {
  let stopped = false;
  const timers = new Set<NodeJS.Timeout>();
  const running = new Set<Promise<void>>();
  const track = (p: Promise<void>) => {
    running.add(p);
    void p.finally(() => running.delete(p));
    return p;
  };
  const plan = (job: Job, delayMs: number) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      if (stopped) return;
      void track(runJob(ctx, job, new Date())).then(() => {
        if (!stopped) plan(job, (job.everyMinutes ?? intervalMinutes) * 60_000);
      });
    }, delayMs);
    timer.unref();
    timers.add(timer);
  };
  if (intervalMinutes > 0) for (const job of jobs) plan(job, opts.firstRunDelayMs ?? FIRST_RUN_DELAY_MS);
  return {
    async runAll(now = new Date()) {
      for (const job of jobs) await track(runJob(ctx, job, now));
    },
    async stop() {
      stopped = true;
      for (const t of timers) clearTimeout(t);
      timers.clear();
      await Promise.all([...running]);
    },
  };
}
