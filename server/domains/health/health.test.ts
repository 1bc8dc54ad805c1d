import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';

const TOKEN = 'metrics-token-for-tests-0123456789';

let env: TestEnv;
let withToken: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
  withToken = await createTestEnv({ APPRODO_METRICS_TOKEN: TOKEN });
});
afterAll(async () => {
  await env?.close();
  await withToken?.close();
});

describe('health endpoints', () => {
  it('/healthz answers while the process lives', async () => {
    const res = await env.app.inject({ method: 'GET', url: '/healthz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
  });

  it('/readyz is 200 when migrated and 503 when a shipped migration is not applied', async () => {
    const ready = await env.app.inject({ method: 'GET', url: '/readyz' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ready' });

    const owner = new pg.Client({ connectionString: env.ownerUrl });
    await owner.connect();
    try {
      const { rows } = await owner.query("DELETE FROM schema_migration WHERE name LIKE '0001_%' RETURNING name, checksum");
      expect(rows).toHaveLength(1);
      const res = await env.app.inject({ method: 'GET', url: '/readyz' });
      expect(res.statusCode).toBe(503);
      expect(res.json()).toEqual({ status: 'migrations_pending', pending: [rows[0].name] });
      await owner.query('INSERT INTO schema_migration (name, checksum) VALUES ($1, $2)', [rows[0].name, rows[0].checksum]);
    } finally {
      await owner.end();
    }
    expect((await env.app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(200);
  });
});

describe('/metrics', () => {
  it('serves Prometheus metrics to loopback scrapers when no token is configured', async () => {
    await env.app.inject({ method: 'GET', url: '/healthz' });
    const res = await env.app.inject({ method: 'GET', url: '/metrics', remoteAddress: '127.0.0.1' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.body).toMatch(/approdo_http_request_duration_seconds_count\{method="GET",route="\/healthz",status="200"\} \d+/);
    expect(res.body).toMatch(/approdo_db_pool_connections\{state="total"\}/);
  });

  it('hides metrics from other addresses', async () => {
    const res = await env.app.inject({ method: 'GET', url: '/metrics', remoteAddress: '203.0.113.9' });
    expect(res.statusCode).toBe(404);
    expect(res.body).not.toMatch(/approdo_/);
  });

  it('with a token configured, requires the bearer even from loopback', async () => {
    const none = await withToken.app.inject({ method: 'GET', url: '/metrics', remoteAddress: '127.0.0.1' });
    expect(none.statusCode).toBe(404);
    const wrong = await withToken.app.inject({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${TOKEN.replace(/0/g, '1')}` } });
    expect(wrong.statusCode).toBe(404);
    const right = await withToken.app.inject({ method: 'GET', url: '/metrics', remoteAddress: '203.0.113.9', headers: { authorization: `Bearer ${TOKEN}` } });
    expect(right.statusCode).toBe(200);
    expect(right.body).toMatch(/approdo_process_cpu_seconds_total/);
  });
});
