import type pg from 'pg';
import type { Role } from '../../../common/permissions.js';
import { DEMO_PASSWORD } from '../../demo/demo-data.js';
import { demoTotpSecret } from '../../demo/seed-demo.js';
import type { AppContext } from '../../platform/context.js';
import { withTenant } from '../../platform/db/database.js';
import { createOrganisation } from '../organisations/commands/create-organisation.js';
import { createTenant } from '../tenants/commands/create-tenant.js';
import { createUser } from '../users/commands/create-user.js';

// A small tenant whose directory makes every rule of the network view observable (tests only):
//   Borgo Nord: two morning Italian courses 100 m apart that share Wednesday 10–12 (an overlap),
//   an evening course (same place, other hours), a women-only course (same hours, other people),
//   a draft duplicate and a confidential duplicate (neither may show);
//   Borgo Sud: one job desk speaking Italian only (so "work × Borgo Sud × en" is a gap);
//   Borgo Segreto: only a confidential shelter speaking Tigrinya (must not show anywhere).

export const FIXTURE_SLUG = 'rete-test';
export const FIXTURE_USERS: Record<string, Role[]> = {
  coordinator: ['coordinator'],
  admin: ['tenant_admin'],
  desk: ['front_desk'],
  analyst: ['analyst'],
  both: ['coordinator', 'protection_specialist'],
};
export const fixtureEmail = (key: string) => `${key}@${FIXTURE_SLUG}.test.approdo.it`;

export interface Fixture {
  tenantId: string;
  services: Record<string, string>;
}

export async function seedNetworkFixture(ctx: AppContext, owner: pg.Client): Promise<Fixture> {
  const tenant = await createTenant(ctx.db, { slug: FIXTURE_SLUG, name: 'Rete di verifica', settings: { languages: ['it', 'en'] } }, 'test');
  const tenantId = tenant.id;
  await withTenant(ctx.db, tenantId, async (tx) => {
    const actor = { kind: 'system' as const, tenantId, label: 'test' };
    const org = await createOrganisation(tx, actor, { slug: 'capofila', name: 'Capofila', kind: 'cooperative', isLead: true, address: null });
    for (const [key, roles] of Object.entries(FIXTURE_USERS)) {
      const email = fixtureEmail(key);
      await createUser(tx, actor, { email, displayName: `Prova ${key}`, organisationId: org.id, roles, locale: 'en', password: DEMO_PASSWORD }, { mfaSecret: demoTotpSecret(email) });
    }
  });
  const one = async (text: string, values: unknown[]) => (await owner.query(text, values)).rows[0].id as string;
  const org = (name: string) => one('INSERT INTO dir_organization (tenant_id, name) VALUES ($1, $2) RETURNING id', [tenantId, name]);
  const orgA = await org('Associazione Alfa (test)');
  const orgB = await org('+Associazione Beta (test)');
  const loc = (name: string, hood: string, lat: number | null, lon: number | null, confidential = false) =>
    one('INSERT INTO dir_location (tenant_id, organization_id, name, neighbourhood, latitude, longitude, confidential) VALUES ($1,$2,$3,$4,$5,$6,$7) RETURNING id', [tenantId, orgA, name, hood, lat, lon, confidential]);
  const nord1 = await loc('Sala Nord 1', 'Borgo Nord', 45.0, 7.0);
  const nord2 = await loc('Sala Nord 2', 'Borgo Nord', 45.0009, 7.0);
  const sud = await loc('Sala Sud', 'Borgo Sud', 45.05, 7.0);
  const secret = await loc('Rifugio', 'Borgo Segreto', null, null, true);
  const terms = new Map((await owner.query('SELECT code, id FROM dir_taxonomy_term WHERE tenant_id = $1', [tenantId])).rows.map((r) => [r.code, r.id]));

  const services: Record<string, string> = {};
  const service = async (key: string, s: { org?: string; need: string; loc: string; hours: [string, string, string][]; langs: string[]; tg?: string[]; state?: string; confidential?: boolean }) => {
    const id = await one(
      `INSERT INTO dir_service (tenant_id, organization_id, name, target_groups, publication_state, confidential) VALUES ($1,$2,$3,$4,$5,$6) RETURNING id`,
      [tenantId, s.org ?? orgA, `Servizio ${key}`, s.tg ?? [], s.state ?? 'published', s.confidential ?? false],
    );
    services[key] = id;
    await owner.query('INSERT INTO dir_service_at_location (tenant_id, service_id, location_id) VALUES ($1,$2,$3)', [tenantId, id, s.loc]);
    await owner.query(`INSERT INTO dir_attribute (tenant_id, link_id, link_entity, taxonomy_term_id) VALUES ($1,$2,'service',$3)`, [tenantId, id, terms.get(s.need)]);
    for (const [byday, opens, closes] of s.hours) {
      await owner.query(`INSERT INTO dir_schedule (tenant_id, service_id, freq, byday, opens_at, closes_at) VALUES ($1,$2,'WEEKLY',$3,$4,$5)`, [tenantId, id, byday, opens, closes]);
    }
    for (const code of s.langs) await owner.query('INSERT INTO dir_language (tenant_id, service_id, code) VALUES ($1,$2,$3)', [tenantId, id, code]);
  };
  await service('morningA', { need: 'language', loc: nord1, hours: [['MO,WE', '09:00', '12:00']], langs: ['it', 'ar'] });
  await service('morningB', { org: orgB, need: 'language', loc: nord2, hours: [['WE,FR', '10:00', '13:00']], langs: ['it', 'en'] });
  await service('evening', { need: 'language', loc: nord1, hours: [['MO,WE', '18:00', '20:00']], langs: ['it'] });
  await service('women', { need: 'language', loc: nord1, hours: [['MO', '09:00', '12:00']], langs: ['it'], tg: ['women'] });
  await service('draft', { need: 'language', loc: nord1, hours: [['MO,WE', '09:00', '12:00']], langs: ['it', 'fr'], state: 'draft' });
  await service('hidden', { need: 'language', loc: nord1, hours: [['MO,WE', '09:00', '12:00']], langs: ['it', 'ti'], confidential: true });
  await service('shelter', { need: 'anti-violence', loc: secret, hours: [['MO,TU,WE,TH,FR,SA,SU', '00:00', '23:59']], langs: ['it', 'ti'], confidential: true });
  await service('jobs', { need: 'work-training', loc: sud, hours: [['TU', '09:00', '12:00']], langs: ['it'] });

  const day = (ago: number) => new Date(Date.now() - ago * 86_400_000).toISOString().slice(0, 10);
  const misses: [number, string, string, string, number][] = [
    [1, 'housing', 'ar', 'Borgo Nord', 3],
    [2, 'housing', 'ar', 'Borgo Nord', 2],
    [1, '', 'en', '', 4],
    [200, 'housing', 'ar', 'Borgo Nord', 50],
  ];
  for (const [ago, category, language, area, n] of misses) {
    await owner.query('INSERT INTO dir_search_miss (tenant_id, day, category, language, area, misses) VALUES ($1,$2,$3,$4,$5,$6)', [tenantId, day(ago), category, language, area, n]);
  }
  return { tenantId, services };
}
