import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import { startPlatform, type Platform } from '../platform/bootstrap.js';
import { ConfigError, loadConfig } from '../platform/config.js';
import { CliError } from './cli-context.js';

const HINT = 'Stop the Approdo server first, or point the CLI at the database with DATABASE_URL.';

/**
 * Opens the platform for one CLI run: DATABASE_URL when set, otherwise the embedded PostgreSQL
 * under APPRODO_DATA_DIR. Logs go to stderr (warnings only, unless APPRODO_LOG_LEVEL says more) so
 * that stdout carries only the command's output. Migrations are not applied implicitly.
 */
export async function openCliPlatform(env: NodeJS.ProcessEnv): Promise<Platform> {
  let config;
  try {
    config = loadConfig({ ...env, APPRODO_LOG_LEVEL: env.APPRODO_LOG_LEVEL ?? 'warn' });
  } catch (err) {
    if (err instanceof ConfigError) throw new CliError(err.message, 2);
    throw err;
  }
  if (!config.DATABASE_URL) assertEmbeddedFree(config.APPRODO_DATA_DIR);
  try {
    return await startPlatform(config, { migrate: false, logDestination: pino.destination({ dest: 2, sync: true }) });
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new CliError(
      config.DATABASE_URL
        ? `Could not connect to the database named by DATABASE_URL: ${reason}`
        : `Could not start the embedded database in ${path.resolve(config.APPRODO_DATA_DIR)}: ${reason}\n${HINT}`,
    );
  }
}

/**
 * The embedded cluster can be opened by one process at a time. PostgreSQL's own lock file names
 * the postmaster; if that process is alive (a running server), say so instead of failing obscurely.
 */
function assertEmbeddedFree(dataDir: string): void {
  const pidFile = path.join(path.resolve(dataDir), 'postgres', 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return; // stale lock: PostgreSQL clears it itself
  throw new CliError(`The embedded database in ${path.resolve(dataDir)} is in use by another process (PostgreSQL PID ${pid}), most likely a running Approdo server.\n${HINT}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to another user (PostgreSQL runs as "postgres" under root).
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
