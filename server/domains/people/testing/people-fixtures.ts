import type { Role } from '../../../../common/permissions.js';
import { seedDemo } from '../../../demo/seed-demo.js';
import { createTestEnv, type TestEnv } from '../../../../test/harness.js';
import { ownerQuery } from '../../../../test/owner-sql.js';
import { loginDemo, type Session } from '../../../../test/sessions.js';

// Shared set-up of the person registry tests: the demo tenants, a session per aosta role (and
// potenza's coordinator and front desk), and helpers that go through the real API.

export interface PeopleEnv {
  env: TestEnv;
  s: Record<Role, Session>;
  potenza: { coordinator: Session; front_desk: Session };
  tenantId: string;
  call(who: Session, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown, headers?: Record<string, string>): Promise<Reply>;
  sql<R extends Record<string, unknown> = Record<string, any>>(text: string, params?: unknown[]): Promise<R[]>;
}

export interface Reply {
  status: number;
  body: any;
  headers: Record<string, unknown>;
}

const ROLES: Role[] = ['tenant_admin', 'coordinator', 'front_desk', 'case_worker', 'protection_specialist', 'partner_operator', 'analyst', 'funder_viewer'];

export async function peopleEnv(): Promise<PeopleEnv> {
  const env = await createTestEnv();
  await seedDemo(env.platform.ctx);
  const s = {} as PeopleEnv['s'];
  for (const r of ROLES) s[r] = await loginDemo(env.app, r, 'aosta');
  const potenza = { coordinator: await loginDemo(env.app, 'coordinator', 'potenza'), front_desk: await loginDemo(env.app, 'front_desk', 'potenza') };
  const [tenant] = await ownerQuery<{ id: string }>(env, `SELECT id FROM tenant WHERE slug = 'aosta'`);
  return {
    env,
    s,
    potenza,
    tenantId: tenant!.id,
    async call(who, method, url, payload, headers = {}) {
      const res = await env.app.inject({
        method,
        url,
        headers: { ...who.headers, 'accept-language': 'it', ...headers },
        ...(payload !== undefined ? { payload: payload as object } : {}),
      });
      return { status: res.statusCode, body: res.body ? res.json() : null, headers: res.headers };
    },
    sql: (text, params = []) => ownerQuery(env, text, params) as never,
  };
}

/** Registers a person through the API and returns the created record. */
export async function register(p: PeopleEnv, who: Session, body: Record<string, unknown>): Promise<any> {
  const res = await p.call(who, 'POST', '/api/people', { ageBand: '25_29', needs: ['housing'], ...body });
  if (res.status !== 201) throw new Error(`register: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** The demo user of `role` in aosta. */
export async function userId(p: PeopleEnv, role: Role): Promise<{ id: string; organisationId: string }> {
  const email = `${role.replace(/_/g, '-')}@aosta.demo.approdo.it`;
  const [u] = await p.sql<{ id: string; organisation_id: string }>('SELECT id, organisation_id FROM app_user WHERE email = $1', [email]);
  return { id: u!.id, organisationId: u!.organisation_id };
}

/** An access point of the user's organisation with the user assigned to it (owner SQL: another helper's area). */
export async function accessPointFor(p: PeopleEnv, role: Role, name: string): Promise<string> {
  const u = await userId(p, role);
  const [ap] = await p.sql<{ id: string }>(
    `INSERT INTO access_point (tenant_id, organisation_id, kind, name) VALUES ($1, $2, 'porta_sociale', $3) RETURNING id`,
    [p.tenantId, u.organisationId, name],
  );
  await p.sql('INSERT INTO access_point_operator (tenant_id, access_point_id, user_id) VALUES ($1, $2, $3)', [p.tenantId, ap!.id, u.id]);
  return ap!.id;
}

export async function auditEvents(p: PeopleEnv, action: string, entityId?: string): Promise<{ diff: any; actor_user_id: string }[]> {
  return p.sql(
    `SELECT diff, actor_user_id FROM audit_event WHERE action = $1 ${entityId ? 'AND entity_id = $2' : ''} ORDER BY seq`,
    entityId ? [action, entityId] : [action],
  );
}
