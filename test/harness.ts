import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { Writable } from 'node:stream';
import { inject } from 'vitest';
import { createApp } from '../server/app.js';
import { startPlatform, type Platform } from '../server/platform/bootstrap.js';
import { loadConfig, type Config } from '../server/platform/config.js';
import type { App } from '../server/platform/http/app.js';

export interface TestEnv {
  app: App;
  platform: Platform;
  config: Config;
  /** Owner connection string of this file's own database (for SQL-level checks). */
  ownerUrl: string;
  /** Every log line the app wrote, as parsed JSON. */
  logs: Record<string, unknown>[];
  close(): Promise<void>;
}

function urlFor(db: string): string {
  const u = new URL(inject('pgAdminUrl'));
  u.pathname = `/${db}`;
  return u.toString();
}

/** A fresh database copied from the migrated template, and the app over it. */
export async function createTestEnv(env: Record<string, string> = {}): Promise<TestEnv> {
  const name = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: urlFor('postgres') });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE approdo_template`);
  await admin.end();
  const ownerUrl = urlFor(name);
  const config = loadConfig({ DATABASE_URL: ownerUrl, APPRODO_LOG_LEVEL: 'info', APPRODO_DB_POOL_SIZE: '5', APPRODO_DATA_DIR: `./data/test-${name}`, ...env });
  const logs: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _enc, cb) {
      for (const line of String(chunk).split('\n')) if (line.trim()) logs.push(JSON.parse(line));
      cb();
    },
  });
  const platform = await startPlatform(config, { logDestination: sink });
  const app = await createApp(platform);
  await app.ready();
  return {
    app,
    platform,
    config,
    ownerUrl,
    logs,
    async close() {
      await app.close();
      await platform.close();
      const a = new pg.Client({ connectionString: urlFor('postgres') });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}
