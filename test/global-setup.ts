import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../server/platform/db/embedded.js';
import { migrate } from '../server/platform/db/migrate.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
  }
}

/**
 * One real PostgreSQL for the whole run: the embedded one in a temporary directory, or the server
 * named by TEST_DATABASE_URL (CI runs the suite against Debian's PostgreSQL 15 too). Migrations are
 * applied once to a template database; each test file gets its own copy (test/harness.ts).
 */
export default async function setup(project: TestProject) {
  let embedded: EmbeddedDatabase | null = null;
  let dir: string | null = null;
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    dir = mkdtempSync(path.join(os.tmpdir(), 'approdo-test-pg-'));
    embedded = await startEmbeddedPostgres(dir);
    adminUrl = embedded.url;
  }
  const root = new URL(adminUrl);
  root.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: root.toString() });
  await admin.connect();
  await admin.query('DROP DATABASE IF EXISTS approdo_template');
  await admin.query('CREATE DATABASE approdo_template');
  const tpl = new URL(adminUrl);
  tpl.pathname = '/approdo_template';
  await migrate(tpl.toString());
  await admin.end();
  project.provide('pgAdminUrl', adminUrl);
  return async () => {
    if (embedded) await embedded.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  };
}
