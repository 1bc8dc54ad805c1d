import { setTimeout as sleep } from 'node:timers/promises';
import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import type { AppContext } from '../context.js';
import { romeDay } from './calendar.js';
import { startScheduler, type Job } from './scheduler.js';

// The scheduler needs only the logger of the context: the jobs here are plain functions that
// record their runs (the database-backed jobs have their own suites).
function contextWithLog(): { ctx: AppContext; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _e, cb) {
      for (const l of String(chunk).split('\n')) if (l.trim()) lines.push(JSON.parse(l));
      cb();
    },
  });
  return { ctx: { log: pino({ level: 'debug' }, sink) } as unknown as AppContext, lines };
}

describe('job scheduler', () => {
  it('runs each job on its own interval, never two runs of a job at once, and stops cleanly', async () => {
    const { ctx } = contextWithLog();
    const runs: string[] = [];
    let inFlight = 0;
    let maxInFlight = 0;
    const slow: Job = {
      name: 'slow',
      everyMinutes: 0.0005, // 30 ms, shorter than a run
      async run() {
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        await sleep(60);
        runs.push('slow');
        inFlight--;
      },
    };
    const daily: Job = { name: 'daily', everyMinutes: 24 * 60, run: async () => runs.push('daily') };
    const scheduler = startScheduler(ctx, [slow, daily], 10, { firstRunDelayMs: 5 });
    await sleep(400);
    await scheduler.stop();
    const count = runs.length;
    await sleep(150);
    expect(runs.length).toBe(count);
    expect(runs.filter((r) => r === 'daily')).toHaveLength(1);
    expect(runs.filter((r) => r === 'slow').length).toBeGreaterThanOrEqual(2);
    expect(maxInFlight).toBe(1);
  });

  it('logs a failing job without its error object and keeps the others going', async () => {
    const { ctx, lines } = contextWithLog();
    const ran: string[] = [];
    const failing: Job = { name: 'failing', run: async () => Promise.reject(Object.assign(new Error('boom'), { code: '57P01', client: { password: 'secret' } })) };
    const fine: Job = { name: 'fine', run: async () => ran.push('fine') };
    const scheduler = startScheduler(ctx, [failing, fine], 0);
    await scheduler.runAll(new Date());
    await scheduler.stop();
    expect(ran).toEqual(['fine']);
    const failed = lines.find((l) => l.msg === 'job failed')!;
    expect(failed).toMatchObject({ job: 'failing', code: '57P01', reason: 'boom' });
    expect(JSON.stringify(lines)).not.toContain('secret');
  });

  it('with an interval of 0 schedules nothing on this instance', async () => {
    const { ctx } = contextWithLog();
    const ran: string[] = [];
    const scheduler = startScheduler(ctx, [{ name: 'x', run: async () => ran.push('x') }], 0, { firstRunDelayMs: 1 });
    await sleep(50);
    await scheduler.stop();
    expect(ran).toEqual([]);
  });

  it('counts days on the wall in Rome', () => {
    // 23:30 UTC on 31 December is already 1 January in Rome.
    expect(romeDay(new Date('2025-12-31T23:30:00Z'))).toBe('2026-01-01');
    expect(romeDay(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
  });
});
