import pg from 'pg';
import type { TestEnv } from './harness.js';

/**
 * Runs one statement as the database owner (outside RLS): for tests that inspect stored rows or
 * age them (sessions, links), which the app role deliberately cannot do.
 */
export async function ownerQuery<R extends pg.QueryResultRow = Record<string, unknown>>(env: TestEnv, text: string, params: unknown[] = []): Promise<R[]> {
  const client = new pg.Client({ connectionString: env.ownerUrl });
  await client.connect();
  try {
    return (await client.query<R>(text, params)).rows;
  } finally {
    await client.end();
  }
}
