import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../common/permissions.js';
import { seedDemo } from '../../server/demo/seed-demo.js';
import { createTestEnv, type TestEnv } from '../harness.js';
import { loginDemo, type Session } from '../sessions.js';
import { hasBody, loadOperations, urlOf, validValue, violatesParam, type Operation } from './api-surface.js';
import { dbFingerprint } from './db-state.js';
import { idProperties, populate, readTenant, tableFor, tableForPath, type TenantRecords } from './tenant-fixtures.js';

// Rule under test: another tenant's records answer exactly like records that do not exist.
// A role without the route's permission gets 403 whatever the id (the guard decides before any
// look-up, so that leaks nothing); a role with it gets the same 404 a made-up id gets.

let env: TestEnv;
let ops: Operation[];
let aosta: TenantRecords;
let potenza: TenantRecords;
let potenzaBefore: Record<string, string>;
const sessions = new Map<Role, Session>();

beforeAll(async () => {
  env = await createTestEnv();
  await seedDemo(env.platform.ctx);
  ops = await loadOperations(env.app);
  // One sign-in per demo user: a TOTP code is accepted only once.
  for (const role of ROLES) sessions.set(role, await loginDemo(env.app, role, 'aosta'));
  await populate(env.app, sessions.get('tenant_admin')!, ops, await readTenant(env.ownerUrl, 'aosta'), 11);
  await populate(env.app, await loginDemo(env.app, 'tenant_admin', 'potenza'), ops, await readTenant(env.ownerUrl, 'potenza'), 23);
  aosta = await readTenant(env.ownerUrl, 'aosta');
  potenza = await readTenant(env.ownerUrl, 'potenza');
  potenzaBefore = await dbFingerprint(env.ownerUrl, `tenant_id = '${potenza.tenantId}'`);
}, 120_000);
afterAll(() => env?.close());

function leaked(body: string): string[] {
  return potenza.needles.filter((n) => body.toLowerCase().includes(n.toLowerCase()));
}

/** Potenza identifiers to try on a path parameter, each with a made-up look-alike as control. */
function identifiers(): { value: string; control: string }[] {
  const out: { value: string; control: string }[] = [...potenza.idsByTable.values()].map((ids) => ({ value: ids[0]!, control: randomUUID() }));
  out.push({ value: potenza.slugs[0]!, control: 'organizzazione-che-non-esiste' });
  out.push({ value: potenza.emails[0]!, control: 'nessuno-qui@example.org' });
  return out;
}

async function send(op: Operation, s: Session, url: string, body?: unknown) {
  const res = await env.app.inject({ method: op.method as 'GET', url, headers: s.headers, ...(hasBody(op) ? { payload: (body ?? {}) as object } : {}) });
  return { status: res.statusCode, code: res.statusCode >= 400 ? (res.json().error?.code as string) : 'OK', body: res.body };
}

// These suites grow with every route: give them room on a loaded 2-core machine.
// Generous time budgets: the number of routes grows with every issue, and these suites send
// thousands of requests one after the other on a 2-core CI machine.
describe('another tenant’s records through the API', { timeout: 600_000 }, () => {
  it('every route with a path parameter treats potenza’s ids, slugs and e-mails as non-existent, for every aosta role', async () => {
    const withParams = ops.filter((op) => op.pathParams.length > 0);
    expect(withParams.length).toBeGreaterThan(0);
    let checked = 0;
    for (const op of withParams) {
      const body = op.body ? validValue(op.body) : undefined;
      const notFoundFor = new Set<string>();
      for (const role of ROLES) {
        const s = sessions.get(role)!;
        for (const { value, control } of identifiers()) {
          const fill = (v: string) => Object.fromEntries(op.pathParams.map((p) => [p.name, v]));
          const attack = await send(op, s, urlOf(op, fill(value)), body);
          const baseline = await send(op, s, urlOf(op, fill(control)), body);
          const where = `${role} ${op.label} with ${value}`;
          expect(attack.status, where).toBeGreaterThanOrEqual(400);
          expect([attack.status, attack.code], where).toEqual([baseline.status, baseline.code]);
          expect(leaked(attack.body), where).toEqual([]);
          if (attack.code === 'VALIDATION_FAILED') {
            expect(op.pathParams.some((p) => violatesParam(p.schema, value)), `${where}: 400 only for a malformed id`).toBe(true);
          } else {
            expect(['NOT_FOUND', 'FORBIDDEN', 'AUTH_MFA_SETUP_REQUIRED'], where).toContain(attack.code);
          }
          if (attack.code === 'NOT_FOUND') notFoundFor.add(role);
          checked++;
        }
      }
      // Some aosta role holds the route's permission, and for it the answer is a plain 404.
      expect(notFoundFor.size, `${op.label}: no role got past the permission check`).toBeGreaterThan(0);
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('ids of potenza’s records in a request body behave like made-up ids', async () => {
    const tables = [...potenza.idsByTable.keys()];
    let checked = 0;
    for (const op of ops.filter((o) => idProperties(o.body).length > 0)) {
      const pathTable = tableForPath(op, tables);
      const ownId = (pathTable && aosta.idsByTable.get(pathTable)?.[0]) || randomUUID();
      const url = urlOf(op, Object.fromEntries(op.pathParams.map((p) => [p.name, ownId])));
      for (const ref of idProperties(op.body)) {
        const table = tableFor(ref.name, tables);
        const targets = table ? potenza.idsByTable.get(table) ?? [] : [...potenza.idsByTable.values()].map((v) => v[0]!);
        for (const target of targets) {
          for (const role of ['tenant_admin', 'coordinator'] as const) {
            const base = validValue(op.body!) as Record<string, unknown>;
            const attack = await send(op, sessions.get(role)!, url, { ...base, [ref.name]: ref.array ? [target] : target });
            const baseline = await send(op, sessions.get(role)!, url, { ...base, [ref.name]: ref.array ? [randomUUID()] : randomUUID() });
            const where = `${role} ${op.label} ${ref.name}=${target}`;
            expect([attack.status, attack.code], where).toEqual([baseline.status, baseline.code]);
            expect(leaked(attack.body), where).toEqual([]);
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('no list or read without a path parameter ever shows potenza’s ids, slugs or e-mails', async () => {
    const reads = ops.filter((op) => op.method === 'GET' && op.pathParams.length === 0);
    const tables = [...potenza.idsByTable.keys()];
    let ok = 0;
    for (const op of reads) {
      const required = op.queryParams.filter((p) => p.required).map((p) => `${p.name}=${encodeURIComponent(String(validValue(p.schema)))}`);
      const variants = [required.join('&')];
      // Filters that name potenza's records must find nothing either.
      for (const p of op.queryParams.filter((q) => q.schema.format === 'uuid' || /Id$/.test(q.name))) {
        const table = tableFor(p.name, tables);
        for (const id of table ? potenza.idsByTable.get(table) ?? [] : [potenza.emails[0]!]) variants.push([...required, `${p.name}=${id}`].join('&'));
      }
      for (const role of ROLES) {
        for (const query of variants) {
          const res = await env.app.inject({ method: 'GET', url: query ? `${op.path}?${query}` : op.path, headers: sessions.get(role)!.headers });
          expect(res.statusCode, `${role} ${op.label}?${query}`).toBeLessThan(500);
          expect(leaked(res.body), `${role} ${op.label}?${query}`).toEqual([]);
          if (res.statusCode === 200) ok++;
        }
      }
    }
    expect(ok).toBeGreaterThan(reads.length);
  });

  it('aosta’s own records do answer, so the 404s above are not a broken route', async () => {
    const admin = sessions.get('tenant_admin')!;
    const org = await env.app.inject({ method: 'GET', url: `/api/organisations/${aosta.slugs[0]}`, headers: admin.headers });
    expect(org.statusCode).toBe(200);
    const user = await env.app.inject({ method: 'GET', url: `/api/users/${encodeURIComponent(aosta.emails[0]!)}`, headers: admin.headers });
    expect(user.statusCode).toBe(200);
  });

  it('left every potenza row exactly as it was', async () => {
    expect(await dbFingerprint(env.ownerUrl, `tenant_id = '${potenza.tenantId}'`)).toEqual(potenzaBefore);
  });
});

describe('the tenant comes only from the session', () => {
  it('headers, query parameters and Host naming potenza change nothing', async () => {
    const s = sessions.get('tenant_admin')!;
    const tricks: Record<string, string>[] = [
      { 'x-tenant': 'potenza' },
      { 'x-tenant-id': potenza.tenantId },
      { 'x-tenant-slug': 'potenza' },
      { 'x-approdo-tenant': potenza.tenantId },
      { host: 'potenza.approdo.localhost' },
      { 'x-forwarded-host': 'potenza.approdo.localhost' },
    ];
    const plain = await env.app.inject({ method: 'GET', url: '/api/users?limit=200', headers: s.headers });
    for (const extra of tricks) {
      const me = await env.app.inject({ method: 'GET', url: `/api/me?tenant=potenza&tenantId=${potenza.tenantId}`, headers: { ...s.headers, ...extra } });
      expect(me.statusCode).toBe(200);
      expect(me.json().tenant.id).toBe(aosta.tenantId);
      const users = await env.app.inject({ method: 'GET', url: '/api/users?limit=200', headers: { ...s.headers, ...extra } });
      expect(users.json().items.map((u: { id: string }) => u.id)).toEqual(plain.json().items.map((u: { id: string }) => u.id));
      expect(leaked(users.body)).toEqual([]);
    }
  });
});
