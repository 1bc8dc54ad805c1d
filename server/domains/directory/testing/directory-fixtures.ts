import type { Role } from '../../../../common/permissions.js';
import { DEMO_PASSWORD } from '../../../demo/demo-data.js';
import { demoTotpSecret } from '../../../demo/seed-demo.js';
import { seedDemo } from '../../../demo/seed-demo.js';
import { withTenant } from '../../../platform/db/database.js';
import { createTestEnv, type TestEnv } from '../../../../test/harness.js';
import { login, loginDemo, type Session } from '../../../../test/sessions.js';
import { ownerQuery } from '../../../../test/owner-sql.js';
import { createUser } from '../../users/commands/create-user.js';

// Shared set-up of the directory tests: the demo tenants, a session per role, and a coordinator
// who is also a protection specialist (the only kind of editor who sees shelters).

export interface DirectoryEnv {
  env: TestEnv;
  s: Record<Role | 'shelterCoordinator', Session>;
  /** The Approdo organisation of the demo partner operator, and the directory organisation linked to it. */
  partnerOrganisationId: string;
  call(who: Session, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown): Promise<{ status: number; body: any }>;
  sql<R extends Record<string, unknown> = Record<string, any>>(text: string, params?: unknown[]): Promise<R[]>;
}

const ROLES_USED: Role[] = ['tenant_admin', 'coordinator', 'front_desk', 'protection_specialist', 'partner_operator', 'analyst', 'funder_viewer', 'case_worker'];

export async function directoryEnv(): Promise<DirectoryEnv> {
  const env = await createTestEnv();
  await seedDemo(env.platform.ctx);
  const s = {} as DirectoryEnv['s'];
  for (const r of ROLES_USED) s[r] = await loginDemo(env.app, r, 'aosta');
  const [tenant] = await ownerQuery<{ id: string }>(env, `SELECT id FROM tenant WHERE slug = 'aosta'`);
  const [lib] = await ownerQuery<{ id: string }>(env, `SELECT id FROM organisation WHERE slug = 'la-libellula' AND tenant_id = $1`, [tenant!.id]);
  const email = 'coordinatrice-rifugi@aosta.demo.approdo.it';
  await withTenant(env.platform.ctx.db, tenant!.id, (tx) =>
    createUser(
      tx,
      { kind: 'system', tenantId: tenant!.id, label: 'test' },
      { email, displayName: 'Coordinatrice rifugi', organisationId: lib!.id, roles: ['coordinator', 'protection_specialist'], locale: 'it', password: DEMO_PASSWORD },
      { mfaSecret: demoTotpSecret(email) },
    ),
  );
  s.shelterCoordinator = await login(env.app, email, DEMO_PASSWORD, demoTotpSecret(email));
  const me = await env.app.inject({ method: 'GET', url: '/api/me', headers: s.partner_operator.headers });
  const partnerOrganisationId = me.json().organisation.id as string;
  return {
    env,
    s,
    partnerOrganisationId,
    async call(who, method, url, payload) {
      const res = await env.app.inject({ method, url, headers: { ...who.headers, 'accept-language': 'it' }, ...(payload !== undefined ? { payload: payload as object } : {}) });
      return { status: res.statusCode, body: res.body ? res.json() : null };
    },
    sql: (text, params = []) => ownerQuery(env, text, params) as never,
  };
}

/** A directory organisation, optionally linked to an Approdo organisation. */
export async function makeOrganization(d: DirectoryEnv, name: string, approdoOrganisationId?: string): Promise<string> {
  const res = await d.call(d.s.coordinator, 'POST', '/api/directory/organizations', { name, ...(approdoOrganisationId ? { approdoOrganisationId } : {}) });
  if (res.status !== 201) throw new Error(`organization: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id;
}

export async function makeLocation(d: DirectoryEnv, who: Session, body: Record<string, unknown>): Promise<string> {
  const res = await d.call(who, 'POST', '/api/directory/locations', body);
  if (res.status !== 201) throw new Error(`location: ${res.status} ${JSON.stringify(res.body)} ${JSON.stringify(d.env.logs.filter((l) => Number(l.level) >= 50).slice(-1))}`);
  return res.body.id;
}

/** The directory organisation linked to the partner operator's organisation (the demo may have made it). */
export async function partnerDirOrganization(d: DirectoryEnv): Promise<string> {
  const [row] = await d.sql<{ id: string }>('SELECT id FROM dir_organization WHERE approdo_organisation_id = $1', [d.partnerOrganisationId]);
  return row?.id ?? makeOrganization(d, 'ENAIP Valle d’Aosta (test)', d.partnerOrganisationId);
}

export async function auditCount(d: DirectoryEnv, action: string): Promise<number> {
  const [r] = await d.sql<{ n: number }>('SELECT count(*)::int AS n FROM audit_event WHERE action = $1', [action]);
  return r!.n;
}
