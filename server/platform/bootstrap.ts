import pino from 'pino';
import type { Config } from './config.js';
import type { AppContext } from './context.js';
import { openAppDatabase } from './db/database.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './db/embedded.js';
import { migrate } from './db/migrate.js';
import { startScheduler, type Job, type Scheduler } from './jobs/scheduler.js';
import { createLogger } from './http/logging.js';
import { createMailer } from './mail/mailer.js';

export interface Platform {
  ctx: AppContext;
  ownerUrl: string;
  embedded: EmbeddedDatabase | null;
  /** Starts the background jobs (server/jobs.ts) every APPRODO_JOBS_MINUTES; close() stops them. */
  startJobs(jobs: Job[]): Scheduler;
  close(): Promise<void>;
}

/**
 * Starts what the app stands on: the database (embedded unless DATABASE_URL is set), migrations,
 * the app-role pool, logger and mailer. Used by `npm start`, the CLI, tests and benchmarks alike.
 */
export async function startPlatform(config: Config, opts: { logDestination?: pino.DestinationStream; migrate?: boolean } = {}): Promise<Platform> {
  const log = createLogger(config.APPRODO_LOG_LEVEL, opts.logDestination);
  let embedded: EmbeddedDatabase | null = null;
  let ownerUrl = config.DATABASE_URL;
  if (!ownerUrl) {
    embedded = await startEmbeddedPostgres(config.APPRODO_DATA_DIR, {
      port: config.APPRODO_PG_PORT || undefined,
      log: (m) => log.debug({ component: 'postgres' }, m.trim()),
    });
    ownerUrl = embedded.url;
  }
  try {
    if (opts.migrate !== false) {
      const applied = await migrate(ownerUrl);
      if (applied.length) log.info({ applied }, 'migrations applied');
    }
    const { db, pool } = openAppDatabase(config.DATABASE_APP_URL ?? ownerUrl, config.APPRODO_DB_POOL_SIZE);
    // Log the code only: the error object carries the connection's client, which must not reach logs.
    pool.on('error', (err: Error & { code?: string }) => log.warn({ code: err.code, reason: err.message }, 'idle database connection lost'));
    const ctx: AppContext = { config, db, pool, log, mailer: createMailer(config) };
    let scheduler: Scheduler | null = null;
    return {
      ctx,
      ownerUrl,
      embedded,
      startJobs(jobs) {
        scheduler = startScheduler(ctx, jobs, config.APPRODO_JOBS_MINUTES);
        return scheduler;
      },
      async close() {
        // Let a job in progress finish its transaction before the pool goes away.
        await scheduler?.stop();
        await db.destroy();
        if (embedded) await embedded.stop();
      },
    };
  } catch (err) {
    if (embedded) await embedded.stop();
    throw err;
  }
}
