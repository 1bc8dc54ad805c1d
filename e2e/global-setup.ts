import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { createApp } from '../server/app.js';
import { seedDemo } from '../server/demo/seed-demo.js';
import { startPlatform } from '../server/platform/bootstrap.js';
import { loadConfig } from '../server/platform/config.js';
import { CHROMIUM_PATH } from './support/browser.js';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** Where the server writes e-mails (no SMTP in these tests): password links are read from here. */
    outboxDir: string;
    /** Owner connection string of the server's database: tests add fixture rows of their own. */
    databaseUrl: string;
  }
}

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

/**
 * The real app for the browser: the staff app built (when stale), a fresh database (embedded
 * PostgreSQL in a temporary directory, or a new database on TEST_DATABASE_URL's server) seeded
 * with the demo tenants, and the server on a free port. Secure cookies on: Chromium accepts them
 * on http://localhost, which is why the browser uses that name and not 127.0.0.1.
 */
export default async function setup(project: TestProject) {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: install it with \`apt-get install -y chromium\``);
  }
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'ensure-web-build.mjs')], { cwd: ROOT, stdio: 'inherit' });

  const dir = mkdtempSync(path.join(os.tmpdir(), 'approdo-e2e-'));
  let dropDatabase: (() => Promise<void>) | null = null;
  const env: Record<string, string> = {
    APPRODO_DATA_DIR: dir,
    APPRODO_COOKIE_SECURE: 'true',
    APPRODO_LOG_LEVEL: 'info',
    APPRODO_DEMO: 'true',
    HOST: '127.0.0.1',
    PORT: '0',
  };
  if (process.env.TEST_DATABASE_URL) {
    const name = `approdo_e2e_${randomBytes(5).toString('hex')}`;
    const admin = new URL(process.env.TEST_DATABASE_URL);
    admin.pathname = '/postgres';
    const run = async (sql: string) => {
      const c = new pg.Client({ connectionString: admin.toString() });
      await c.connect();
      try {
        await c.query(sql);
      } finally {
        await c.end();
      }
    };
    await run(`CREATE DATABASE ${name}`);
    dropDatabase = () => run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    const url = new URL(process.env.TEST_DATABASE_URL);
    url.pathname = `/${name}`;
    env.DATABASE_URL = url.toString();
  }

  const logFile = path.join(dir, 'server.log');
  const log = createWriteStream(logFile);
  const config = loadConfig(env);
  const platform = await startPlatform(config, { logDestination: log });
  await seedDemo(platform.ctx);
  const app = await createApp(platform);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  project.provide('baseUrl', `http://localhost:${port}`);
  project.provide('outboxDir', path.join(dir, 'outbox'));
  project.provide('databaseUrl', platform.ownerUrl);
  console.log(`e2e: Approdo on http://localhost:${port}/app/ (server log: ${logFile})`);

  return async () => {
    await app.close();
    await platform.close();
    log.end();
    if (dropDatabase) await dropDatabase();
    rmSync(dir, { recursive: true, force: true });
  };
}
