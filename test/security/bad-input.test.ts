import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../server/demo/seed-demo.js';
import { createTestEnv, type TestEnv } from '../harness.js';
import { loginDemo, type Session } from '../sessions.js';
import { loadOperations, type Operation } from './api-surface.js';
import { auditActionsSince, auditCount, changedTables, dbFingerprint } from './db-state.js';
import { hostileCases, type HostileCase } from './hostile-inputs.js';

// Every documented operation, fed hostile input, as a signed-in tenant admin and anonymously:
// always a 4xx with our error body, translated, with no internals in it, and nothing written.

const SEED = 20260;
/** Stack frames, source paths, SQL and driver text: none may reach a client. */
const INTERNALS = /\n\s+at |\bat [\w$.<>]+ \(|\.ts:\d|\.js:\d|node_modules|\/work\/|SELECT |INSERT INTO|syntax error|violates|relation "|pg_|Kysely|ZodError|FST_/;

let env: TestEnv;
let ops: Operation[];
let admin: Session;
let before: Record<string, string>;
let auditBefore: number;
const AUDIT = ['audit_event', 'audit_chain'];
const tally = { requests: 0, cases: 0 };

beforeAll(async () => {
  env = await createTestEnv();
  await seedDemo(env.platform.ctx);
  ops = await loadOperations(env.app);
  admin = await loginDemo(env.app, 'tenant_admin', 'aosta');
  before = await dbFingerprint(env.ownerUrl, 'true', AUDIT);
  auditBefore = await auditCount(env.ownerUrl);
}, 120_000);
afterAll(() => env?.close());

interface Answer {
  status: number;
  code?: string;
  message?: string;
}

async function send(op: Operation, c: HostileCase, who: Session | null, lang: 'ar' | 'en'): Promise<Answer> {
  // A signed-in user's own locale wins over Accept-Language, so the language also travels as ?lang.
  const url = who ? `${c.url}${c.url.includes('?') ? '&' : '?'}lang=${lang}` : c.url;
  const headers: Record<string, string> = { 'accept-language': lang, ...(who?.headers ?? {}) };
  if (c.contentType && c.payload !== undefined) headers['content-type'] = c.contentType;
  const res = await env.app.inject({ method: op.method as 'GET', url, headers, ...(c.payload !== undefined ? { payload: c.payload } : {}) });
  tally.requests++;
  const where = `${who ? 'admin' : 'anonymous'} ${op.label} [${c.name}] (${lang}) → ${res.statusCode} ${res.body.slice(0, 300)}`;
  expect(res.statusCode, where).toBeLessThan(500);
  if (c.mustFail) expect(res.statusCode, where).toBeGreaterThanOrEqual(400);
  if (res.statusCode < 400) {
    expect(op.method, `${where}: only a read may ignore junk`).toBe('GET');
    return { status: res.statusCode };
  }
  expect(res.headers['content-type'], where).toMatch(/^application\/json/);
  expect(INTERNALS.test(res.body), where).toBe(false);
  const body = res.json() as { error?: { code?: unknown; message?: unknown; requestId?: unknown } };
  expect(Object.keys(body), where).toEqual(['error']);
  expect(body.error, where).toMatchObject({ code: expect.stringMatching(/^[A-Z_]+$/), message: expect.any(String), requestId: expect.any(String) });
  expect((body.error!.message as string).trim().length, where).toBeGreaterThan(0);
  if (c.expectStatus && ![401, 403].includes(res.statusCode)) expect(res.statusCode, where).toBe(c.expectStatus);
  return { status: res.statusCode, code: body.error!.code as string, message: body.error!.message as string };
}

async function attack(op: Operation, who: Session | null): Promise<void> {
  for (const c of hostileCases(op, SEED)) {
    const ar = await send(op, c, who, 'ar');
    const en = await send(op, c, who, 'en');
    tally.cases++;
    expect(en.status, `${op.label} [${c.name}]`).toBe(ar.status);
    if (ar.status >= 400) {
      expect(en.code, `${op.label} [${c.name}]`).toBe(ar.code);
      expect(en.message, `${op.label} [${c.name}]: not translated`).not.toBe(ar.message);
      expect(ar.message, `${op.label} [${c.name}]: Arabic message`).toMatch(/[\u0600-\u06FF]/);
    }
  }
}

// Generous time budgets: the number of routes grows with every issue, and these suites send
// thousands of requests one after the other on a 2-core CI machine.
describe('hostile input on every documented operation', { timeout: 600_000 }, () => {
  it('finds the operations to attack', () => {
    expect(ops.length).toBeGreaterThanOrEqual(10);
    expect(ops.some((o) => o.body)).toBe(true);
    expect(ops.some((o) => o.pathParams.length)).toBe(true);
    expect(ops.some((o) => o.queryParams.length)).toBe(true);
  });

  it('as a signed-in tenant admin', { timeout: 400_000 }, async () => {
    for (const op of ops) await attack(op, admin);
    // The admin's session survived everything (no request was accidentally valid, e.g. a logout).
    const me = await env.app.inject({ method: 'GET', url: '/api/me', headers: admin.headers });
    expect(me.statusCode).toBe(200);
  });

  it('anonymously', { timeout: 400_000 }, async () => {
    for (const op of ops) await attack(op, null);
  });

  it('changed nothing and polluted no prototype', async () => {
    expect(changedTables(before, await dbFingerprint(env.ownerUrl, 'true', AUDIT))).toEqual([]);
    // The only trail a refused request may leave is the record of a failed security check.
    const written = await auditActionsSince(env.ownerUrl, auditBefore);
    expect(written.filter((a) => !/_failed$/.test(a))).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(tally.cases).toBeGreaterThan(300);
    console.info(`bad-input: ${ops.length} operations, ${tally.cases} cases, ${tally.requests} requests`);
  });
});
