import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { withTenant } from '../../platform/db/database.js';
import { NEEDS_TERMS } from '../../domains/directory/needs-taxonomy.js';
import { findTenant } from '../../domains/tenants/commands/create-tenant.js';
import { seedDemo } from '../seed-demo.js';
import { DEMO_DIRECTORIES, seedDemoDirectory } from './seed-demo-directory.js';
import { DEMO_MARK } from './demo-vocabulary.js';

let env: TestEnv;
let owner: pg.Client;
const ids: Record<string, string> = {};
// Rough boxes around the two cities: real coordinates, not a point in the sea.
const BOX = { aosta: { lat: [45.72, 45.75], lon: [7.29, 7.35] }, potenza: { lat: [40.62, 40.66], lon: [15.77, 15.85] } } as const;

beforeAll(async () => {
  env = await createTestEnv();
  await seedDemo(env.platform.ctx);
  owner = new pg.Client({ connectionString: env.ownerUrl });
  await owner.connect();
  for (const slug of ['aosta', 'potenza']) ids[slug] = (await findTenant(env.platform.ctx.db, slug))!.id;
});
afterAll(async () => {
  await owner?.end();
  await env?.close();
});

describe.each(['aosta', 'potenza'] as const)('demo directory of %s', (slug) => {
  const q = async (text: string) => (await owner.query(text, [ids[slug]])).rows;

  it('has a realistic number of services covering every need of the taxonomy', async () => {
    const [{ n }] = await q('SELECT count(*)::int AS n FROM dir_service WHERE tenant_id = $1');
    expect(n).toBe(DEMO_DIRECTORIES[slug]!.services.length);
    expect(n).toBeGreaterThanOrEqual(25);
    expect(n).toBeLessThanOrEqual(35);
    const needs = await q(`SELECT DISTINCT t.code FROM dir_attribute a JOIN dir_taxonomy_term t ON t.tenant_id = a.tenant_id AND t.id = a.taxonomy_term_id
      WHERE a.tenant_id = $1 AND a.link_entity = 'service'`);
    expect(needs.map((r) => r.code).sort()).toEqual(NEEDS_TERMS.map((t) => t.code).sort());
  });

  it('marks every description as demo data, in every language it is written in', async () => {
    for (const r of await q('SELECT description, translations FROM dir_service WHERE tenant_id = $1')) {
      expect(r.description.endsWith(DEMO_MARK.it)).toBe(true);
      for (const [lang, tr] of Object.entries(r.translations as Record<string, { description: string }>)) {
        expect(tr.description.endsWith(DEMO_MARK[lang as keyof typeof DEMO_MARK]), `${lang}: ${tr.description}`).toBe(true);
      }
    }
    for (const r of await q('SELECT description FROM dir_organization WHERE tenant_id = $1')) expect(r.description.endsWith(DEMO_MARK.it)).toBe(true);
  });

  it('is multilingual: translations, languages spoken and weekly schedules', async () => {
    const rows = await q('SELECT translations FROM dir_service WHERE tenant_id = $1');
    const withCore = rows.filter((r) => ['en', 'fr', 'ar'].every((l) => r.translations[l]?.name));
    expect(withCore.length / rows.length).toBeGreaterThan(0.8);
    expect(rows.some((r) => r.translations.uk) && rows.some((r) => r.translations.es)).toBe(true);
    const langs = (await q('SELECT DISTINCT code FROM dir_language WHERE tenant_id = $1')).map((r) => r.code);
    expect(langs).toEqual(expect.arrayContaining(['it', 'en', 'fr', 'ar', 'uk', 'ti']));
    const sched = await q(`SELECT byday, opens_at, closes_at, freq FROM dir_schedule WHERE tenant_id = $1`);
    expect(sched.length).toBeGreaterThan(rows.length);
    for (const s of sched) {
      expect(s.freq).toBe('WEEKLY');
      expect(s.byday).toMatch(/^(MO|TU|WE|TH|FR|SA|SU)(,(MO|TU|WE|TH|FR|SA|SU))*$/);
      expect(s.opens_at < s.closes_at).toBe(true);
    }
  });

  it('places public locations inside the city, in named neighbourhoods', async () => {
    const box = BOX[slug];
    const locs = await q('SELECT latitude::float8 AS lat, longitude::float8 AS lon, neighbourhood, confidential FROM dir_location WHERE tenant_id = $1');
    const open = locs.filter((l) => !l.confidential);
    expect(new Set(open.map((l) => l.neighbourhood)).size).toBeGreaterThanOrEqual(5);
    for (const l of open) {
      expect(l.lat).toBeGreaterThan(box.lat[0]);
      expect(l.lat).toBeLessThan(box.lat[1]);
      expect(l.lon).toBeGreaterThan(box.lon[0]);
      expect(l.lon).toBeLessThan(box.lon[1]);
    }
  });

  it('links the network’s own organisations to their Approdo organisation', async () => {
    const linked = await q(`SELECT d.name, o.slug FROM dir_organization d JOIN organisation o ON o.tenant_id = d.tenant_id AND o.id = d.approdo_organisation_id
      WHERE d.tenant_id = $1`);
    const expected = DEMO_DIRECTORIES[slug]!.organisations.filter((o) => o.approdoSlug);
    expect(linked.map((r) => r.slug).sort()).toEqual(expected.map((o) => o.approdoSlug).sort());
  });

  it('spreads verification dates, some overdue for a re-check', async () => {
    const [r] = await q(`SELECT count(*) FILTER (WHERE next_check_due < current_date)::int AS overdue,
      count(*) FILTER (WHERE next_check_due >= current_date)::int AS current FROM dir_service WHERE tenant_id = $1`);
    expect(r.overdue).toBeGreaterThan(2);
    expect(r.current).toBeGreaterThan(r.overdue);
  });

  it('keeps the shelter confidential: no coordinates, invisible without the protection permission', async () => {
    const shelters = await q('SELECT id, latitude, neighbourhood FROM dir_location WHERE tenant_id = $1 AND confidential');
    expect(shelters.length).toBeGreaterThanOrEqual(1);
    for (const s of shelters) expect([s.latitude, s.neighbourhood]).toEqual([null, null]);
    const db = env.platform.ctx.db;
    const visible = (protectionAccess: boolean) =>
      withTenant(db, ids[slug]!, (tx) => tx.selectFrom('dirService').select('name').where('confidential', '=', true).execute(), { protectionAccess });
    expect(await visible(false)).toEqual([]);
    expect((await visible(true)).length).toBeGreaterThanOrEqual(1);
    const [cav] = await q(`SELECT description FROM dir_service WHERE tenant_id = $1 AND NOT confidential AND description LIKE '%1522%'`);
    expect(cav).toBeDefined();
  });

  it('is seeded once: a second run adds nothing', async () => {
    const before = (await q('SELECT count(*)::int AS n FROM dir_location WHERE tenant_id = $1'))[0].n;
    const again = await withTenant(env.platform.ctx.db, ids[slug]!, (tx) => seedDemoDirectory(tx, { kind: 'system', tenantId: ids[slug]!, label: 'test' }, slug), { protectionAccess: true });
    expect(again).toBeNull();
    expect((await q('SELECT count(*)::int AS n FROM dir_location WHERE tenant_id = $1'))[0].n).toBe(before);
  });
});
