// The two yardsticks /api/me is compared with, served from a child process like the app:
//   GET /bare     Fastify with no plugins, no logger, answering {ok:true}
//   GET /raw-sql  the same, plus the one SQL statement the app's session look-up runs, on a pg pool
//                 of the app's size connected the way the app connects (as role approdo_app).
import { createHash } from 'node:crypto';
import Fastify from 'fastify';
import pg from 'pg';

const env = (name: string): string => {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set`);
  return v;
};

const pool = new pg.Pool({
  connectionString: env('BENCH_PG_URL'),
  max: Number(env('BENCH_POOL_SIZE')),
  // Same start-up options as openAppDatabase() in server/platform/db/database.ts.
  options: '-c role=approdo_app -c statement_timeout=30000 -c idle_in_transaction_session_timeout=60000',
});
const tokenHash = createHash('sha256').update(env('BENCH_SESSION_TOKEN')).digest();
const idleSeconds = Number(env('BENCH_IDLE_SECONDS'));

const app = Fastify({ logger: false });
app.get('/bare', async () => ({ ok: true }));
app.get('/raw-sql', async (_request, reply) => {
  const { rows } = await pool.query('SELECT * FROM auth_resolve_session($1, $2)', [tokenHash, idleSeconds]);
  const row = rows[0] as { user_id: string } | undefined;
  if (!row) return reply.code(401).send({ ok: false });
  return { ok: true, userId: row.user_id };
});
app.get('/readyz', async () => {
  await pool.query('SELECT 1');
  return { ok: true };
});

await app.listen({ port: Number(env('PORT')), host: '127.0.0.1' });

const stop = async () => {
  await app.close();
  await pool.end();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
