import { sql } from 'kysely';
import client from 'prom-client';
import type { AppContext } from '../../platform/context.js';
import { pendingMigrations } from '../../platform/db/migrate.js';
import type { App } from '../../platform/http/app.js';
import { csrfMatches } from '../../platform/http/session.js';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

export async function healthRoutes(app: App, ctx: AppContext) {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry, prefix: 'approdo_' });
  const requests = new client.Histogram({
    name: 'approdo_http_request_duration_seconds',
    help: 'HTTP request duration by route and status',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  new client.Gauge({
    name: 'approdo_db_pool_connections',
    help: 'Database pool connections by state',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      this.set({ state: 'total' }, ctx.pool.totalCount);
      this.set({ state: 'idle' }, ctx.pool.idleCount);
      this.set({ state: 'waiting' }, ctx.pool.waitingCount);
    },
  });
  app.addHook('onResponse', async (request, reply) => {
    requests.observe(
      { method: request.method, route: request.routeOptions.url ?? 'unmatched', status: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
  });

  app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { schema: { hide: true } }, async (_request, reply) => {
    try {
      await sql`SELECT 1`.execute(ctx.db);
      const pending = await pendingMigrations((q) => ctx.pool.query(q));
      if (pending.length) return reply.code(503).send({ status: 'migrations_pending', pending });
      return { status: 'ready' };
    } catch {
      return reply.code(503).send({ status: 'database_unreachable' });
    }
  });
  // Metrics reveal little, but still only to loopback scrapers or holders of the token.
  app.get('/metrics', { schema: { hide: true } }, async (request, reply) => {
    const token = ctx.config.APPRODO_METRICS_TOKEN;
    const bearer = request.headers.authorization?.replace(/^Bearer /, '');
    const allowed = token ? csrfMatches(token, bearer) : LOOPBACK.has(request.socket.remoteAddress ?? '');
    if (!allowed) return reply.code(404).send();
    return reply.type(registry.contentType).send(await registry.metrics());
  });
}
