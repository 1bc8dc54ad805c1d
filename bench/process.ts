import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

export interface ServerProcess {
  child: ChildProcess;
  baseUrl: string;
  exited: Promise<LeaderExit>;
  /**
   * Ctrl-C as a terminal sends it: SIGINT to the whole process group, then waits until every
   * process of the group (npx, tsx, node, postgres) has gone; SIGKILL after `timeoutMs`.
   */
  interrupt(timeoutMs?: number): Promise<{ leader: LeaderExit; timedOut: boolean }>;
  groupAlive(): boolean;
}

export interface LeaderExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/**
 * Starts a server in its own process group (so that the load generator does not share its event
 * loop), with stdout/stderr appended to `logFile`.
 */
export function startServer(command: string, args: string[], env: Record<string, string>, port: number, logFile: string): ServerProcess {
  // The server writes its log straight to the file: piping it through this process would put
  // the log traffic on the load generator's event loop.
  const log = openSync(logFile, 'a');
  const child = spawn(command, args, {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', log, log],
    detached: true,
  });
  closeSync(log);
  const exited = new Promise<LeaderExit>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const pgid = child.pid!;
  const groupAlive = () => {
    try {
      process.kill(-pgid, 0);
      return true;
    } catch {
      return false;
    }
  };
  return {
    child,
    baseUrl: `http://127.0.0.1:${port}`,
    exited,
    groupAlive,
    async interrupt(timeoutMs = 30_000) {
      if (groupAlive()) process.kill(-pgid, 'SIGINT');
      const deadline = performance.now() + timeoutMs;
      while (groupAlive() && performance.now() < deadline) await new Promise((r) => setTimeout(r, 25));
      const timedOut = groupAlive();
      if (timedOut) process.kill(-pgid, 'SIGKILL');
      return { leader: await exited, timedOut };
    },
  };
}

/** Polls `url` until it answers 200; returns the milliseconds since `since`. */
export async function waitFor200(url: string, since: number, server: ServerProcess, timeoutMs = 120_000): Promise<number> {
  let exit: LeaderExit | undefined;
  void server.exited.then((e) => (exit = e));
  while (performance.now() - since < timeoutMs) {
    if (exit) throw new Error(`server exited (${exit.signal ?? `code ${exit.code}`}) before ${url} answered 200`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      await res.arrayBuffer();
      if (res.status === 200) return performance.now() - since;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs} ms`);
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
