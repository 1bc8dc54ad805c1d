import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '../server/platform/db/embedded.js';

// The database of a benchmark run: a database of its own on DATABASE_URL's server (created and
// dropped; needs CREATEDB), else an embedded PostgreSQL in a temporary directory.

export interface BenchDatabase {
  url: string;
  label: string;
  cleanup(): Promise<void>;
}

export async function openBenchDatabase(name: string): Promise<BenchDatabase> {
  const external = process.env.DATABASE_URL;
  if (external) {
    const db = `${name}_${randomBytes(4).toString('hex')}`;
    const admin = new URL(external);
    admin.pathname = '/postgres';
    const run = async (statement: string) => {
      const c = new pg.Client({ connectionString: admin.toString() });
      await c.connect();
      try {
        await c.query(statement);
      } finally {
        await c.end();
      }
    };
    await run(`CREATE DATABASE ${db}`);
    const url = new URL(external);
    url.pathname = `/${db}`;
    return { url: url.toString(), label: `external PostgreSQL (database ${db}, dropped afterwards)`, cleanup: () => run(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`) };
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), `${name.replace(/_/g, '-')}-`));
  const embedded = await startEmbeddedPostgres(dir);
  return {
    url: embedded.url,
    label: 'embedded PostgreSQL (default settings)',
    async cleanup() {
      await embedded.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function serverVersion(url: string): Promise<string> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<{ server_version: string }>('SHOW server_version')).rows[0]!.server_version;
  } finally {
    await c.end();
  }
}

export function machineFacts(): string {
  const cpus = os.cpus();
  return `${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${cpus.length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()}; Node.js ${process.version}; load average at start ${os.loadavg()[0]?.toFixed(2)}`;
}
