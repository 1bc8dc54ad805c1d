import type { Role } from '../../../../common/permissions.js';
import { seedDemo } from '../../../demo/seed-demo.js';
import { withTenant } from '../../../platform/db/database.js';
import { identityNames, searchNamesOf } from '../../people/person-matching.js';
import { createTestEnv, type TestEnv } from '../../../../test/harness.js';
import { loginDemo, type Session } from '../../../../test/sessions.js';
import { ownerQuery } from '../../../../test/owner-sql.js';

// Shared set-up of the front-door tests: the demo tenants, one session per role (a TOTP code is
// accepted once, so each demo user signs in once per file), and people written through the app
// role (RLS checks every row) until the person API of issue 4 gives them a command to call.

export interface FrontDoorEnv {
  env: TestEnv;
  s: Record<Role, Session>;
  /** Potenza sessions, for cross-tenant checks. */
  potenza: { coordinator: Session; front_desk: Session };
  tenantId: string;
  potenzaTenantId: string;
  /** Aosta organisation ids by slug, and demo user ids by role. */
  org: Record<string, string>;
  user: Record<Role, string>;
  call(who: Session, method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, payload?: unknown, headers?: Record<string, string>): Promise<{ status: number; body: any; headers: Record<string, unknown> }>;
  sql<R extends Record<string, unknown> = Record<string, any>>(text: string, params?: unknown[]): Promise<R[]>;
}

const ROLES_USED: Role[] = ['tenant_admin', 'coordinator', 'front_desk', 'case_worker', 'protection_specialist', 'partner_operator', 'analyst', 'funder_viewer'];

export async function frontDoorEnv(vars: Record<string, string> = {}): Promise<FrontDoorEnv> {
  const env = await createTestEnv(vars);
  await seedDemo(env.platform.ctx);
  const s = {} as Record<Role, Session>;
  for (const r of ROLES_USED) s[r] = await loginDemo(env.app, r, 'aosta');
  const potenza = { coordinator: await loginDemo(env.app, 'coordinator', 'potenza'), front_desk: await loginDemo(env.app, 'front_desk', 'potenza') };
  const sql = <R extends Record<string, unknown>>(text: string, params: unknown[] = []) => ownerQuery(env, text, params) as Promise<R[]>;
  const [t] = await sql<{ id: string }>(`SELECT id FROM tenant WHERE slug = 'aosta'`);
  const [p] = await sql<{ id: string }>(`SELECT id FROM tenant WHERE slug = 'potenza'`);
  const orgs = await sql<{ slug: string; id: string }>('SELECT slug, id FROM organisation WHERE tenant_id = $1', [t!.id]);
  const users = await sql<{ email: string; id: string }>('SELECT email::text AS email, id FROM app_user WHERE tenant_id = $1', [t!.id]);
  const user = Object.fromEntries(ROLES_USED.map((r) => [r, users.find((u) => u.email.startsWith(`${r.replace(/_/g, '-')}@`))!.id])) as Record<Role, string>;
  return {
    env,
    s,
    potenza,
    tenantId: t!.id,
    potenzaTenantId: p!.id,
    org: Object.fromEntries(orgs.map((o) => [o.slug, o.id])),
    user,
    async call(who, method, url, payload, headers = {}) {
      const res = await env.app.inject({ method, url, headers: { ...who.headers, 'accept-language': 'it', ...headers }, ...(payload !== undefined ? { payload: payload as object } : {}) });
      return { status: res.statusCode, body: res.body ? res.json() : null, headers: res.headers };
    },
    sql,
  };
}

/** Open every day 08:00-18:00, so that tomorrow always has slots whatever day the tests run. */
export const EVERY_DAY = (['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const).map((day) => ({ day, opens: '08:00', closes: '18:00' }));

export async function makeAccessPoint(fd: FrontDoorEnv, body: Record<string, unknown>, who: Session = fd.s.coordinator): Promise<string> {
  const res = await fd.call(who, 'POST', '/api/access-points', { kind: 'porta_sociale', organisationId: fd.org['la-sorgente'], openingHours: EVERY_DAY, ...body });
  if (res.status !== 201) throw new Error(`access point: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id;
}

export async function assignOperators(fd: FrontDoorEnv, accessPointId: string, userIds: string[]): Promise<void> {
  const res = await fd.call(fd.s.coordinator, 'PUT', `/api/access-points/${accessPointId}/operators`, { userIds });
  if (res.status !== 200) throw new Error(`operators: ${res.status} ${JSON.stringify(res.body)}`);
}

export interface TestPerson {
  code: string;
  organisationId: string;
  givenName?: string;
  familyName?: string;
  aliases?: string[];
  protected?: boolean;
  /** Workers assigned (case workers reach their own people). */
  workers?: string[];
}

/** A person record with its identity, linked to `organisationId` (registered there). */
export async function makePerson(fd: FrontDoorEnv, p: TestPerson, tenantId = fd.tenantId): Promise<string> {
  return withTenant(fd.env.platform.ctx.db, tenantId, async (tx) => {
    const { id } = await tx
      .insertInto('person')
      .values({ tenantId, code: p.code, organisationId: p.organisationId, ageBand: '30_54', protected: p.protected ?? false })
      .returning('id')
      .executeTakeFirstOrThrow();
    const names = searchNamesOf(identityNames(p));
    await tx
      .insertInto('personIdentity')
      .values({ tenantId, personId: id, givenName: p.givenName ?? null, familyName: p.familyName ?? null, aliases: p.aliases ?? [], searchNames: names })
      .execute();
    await tx.insertInto('personOrganisation').values({ tenantId, personId: id, organisationId: p.organisationId, reason: 'registered' }).execute();
    for (const userId of p.workers ?? []) await tx.insertInto('personWorker').values({ tenantId, personId: id, userId, role: 'case_worker' }).execute();
    return id;
  });
}

export async function auditEvents(fd: FrontDoorEnv, action: string, entityId?: string): Promise<{ entity_id: string; diff: any; actor_user_id: string | null }[]> {
  return entityId
    ? fd.sql('SELECT entity_id, diff, actor_user_id FROM audit_event WHERE action = $1 AND entity_id = $2 ORDER BY seq', [action, entityId])
    : fd.sql('SELECT entity_id, diff, actor_user_id FROM audit_event WHERE action = $1 ORDER BY seq', [action]);
}
