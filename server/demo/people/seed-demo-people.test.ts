import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statusSnapshot } from '../../../common/schemas/enrolments.js';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { loginDemo } from '../../../test/sessions.js';
import { romeDate, addDays } from '../../domains/contacts/rome-time.js';
import { identityNames, searchNamesOf } from '../../domains/people/person-matching.js';
import { findTenant } from '../../domains/tenants/commands/create-tenant.js';
import { withTenant } from '../../platform/db/database.js';
import { DEMO_MARK } from '../directory/demo-vocabulary.js';
import { seedDemo } from '../seed-demo.js';
import { DEMO_FRONT_DOORS, seedDemoPeople } from './seed-demo-people.js';

let env: TestEnv;
const POTENZA_APPOINTMENTS_TODAY_AT_CENTRO = DEMO_FRONT_DOORS.potenza!.door.appointments.filter((a) => a.ap === 'centro' && a.day === 0).length;
let owner: pg.Client;
const ids: Record<string, string> = {};
const SCRIPTS: Record<string, RegExp> = { arabic: /\p{Script=Arabic}/u, cyrillic: /\p{Script=Cyrillic}/u, geez: /\p{Script=Ethiopic}/u, bengali: /\p{Script=Bengali}/u, chinese: /\p{Script=Han}/u };

beforeAll(async () => {
  env = await createTestEnv();
  await seedDemo(env.platform.ctx, { frontDoors: true });
  owner = new pg.Client({ connectionString: env.ownerUrl });
  await owner.connect();
  for (const slug of ['aosta', 'potenza']) ids[slug] = (await findTenant(env.platform.ctx.db, slug))!.id;
});
afterAll(async () => {
  await owner?.end();
  await env?.close();
});

const count = async (table: string, tenantId: string, where = 'true') => (await owner.query(`SELECT count(*)::int AS n FROM ${table} WHERE tenant_id = $1 AND ${where}`, [tenantId])).rows[0].n as number;

describe.each(['aosta', 'potenza'] as const)('demo front doors of %s', (slug) => {
  const spec = () => DEMO_FRONT_DOORS[slug]!.door;
  const q = async (text: string, params: unknown[] = []) => (await owner.query(text, [ids[slug], ...params])).rows;

  it('seeds the access points, with the demo front desk and case worker as operators', async () => {
    const aps = await q('SELECT name, kind, latitude::float8 AS lat, opening_hours, languages FROM access_point WHERE tenant_id = $1');
    expect(aps.map((a) => a.name).sort()).toEqual(spec().accessPoints.map((a) => a.name).sort());
    for (const a of aps) {
      expect(a.name).toMatch(/\(demo\)$/);
      expect(a.opening_hours.length).toBeGreaterThan(0);
      expect(a.languages).toEqual(expect.arrayContaining(['it', 'en', 'fr']));
    }
    if (slug === 'aosta') expect(aps.map((a) => a.kind).sort()).toEqual(['outreach', 'sportello']);
    else expect(aps.every((a) => a.kind === 'porta_sociale' && a.lat > 40.62 && a.lat < 40.66)).toBe(true);
    const ops = await q(`SELECT DISTINCT u.email FROM access_point_operator o JOIN app_user u ON u.tenant_id = o.tenant_id AND u.id = o.user_id WHERE o.tenant_id = $1`);
    expect(ops.map((o) => o.email).sort()).toEqual([`case-worker@${slug}.demo.approdo.it`, `front-desk@${slug}.demo.approdo.it`]);
  });

  it('seeds the projects, legal bases and a notice per purpose in every language of the tenant', async () => {
    expect((await q('SELECT code FROM project WHERE tenant_id = $1')).map((p) => p.code).sort()).toEqual(spec().projects.map((p) => p.code).sort());
    expect(await count('processing_purpose', ids[slug]!)).toBe(5);
    const notices = await q('SELECT purpose, version, texts, partner_organisation_id FROM notice WHERE tenant_id = $1');
    expect(notices.map((n) => n.purpose).sort()).toEqual(['contact', 'photos', 'research', 'service_delivery', 'sharing']);
    for (const n of notices) {
      expect(Object.keys(n.texts).sort()).toEqual([...spec().noticeLanguages].sort());
      expect(n.partner_organisation_id !== null).toBe(n.purpose === 'sharing');
      for (const [lang, t] of Object.entries(n.texts as Record<string, { title: string; body: string }>)) {
        expect(t.title.endsWith(DEMO_MARK[lang as keyof typeof DEMO_MARK])).toBe(true);
        expect(t.body).toContain(`rpd@${slug}.demo.approdo.it`);
        expect(t.body).toContain(`Comune di ${slug === 'aosta' ? 'Aosta' : 'Potenza'}`);
        expect(t.body).toContain('garanteprivacy.it');
      }
    }
  });

  it('seeds about thirty people, none protected, with names in their original scripts', async () => {
    const people = await q(`SELECT p.protected, p.status, p.age_band, i.* FROM person p JOIN person_identity i ON i.tenant_id = p.tenant_id AND i.person_id = p.id WHERE p.tenant_id = $1`);
    expect(people.length).toBe(spec().people.length);
    expect(people.length).toBeGreaterThanOrEqual(28);
    expect(people.every((p) => !p.protected && p.status === 'active')).toBe(true);
    const originals = people.map((p) => `${p.given_name_original ?? ''} ${p.family_name_original ?? ''}`).join(' ');
    for (const [script, re] of Object.entries(SCRIPTS)) expect(re.test(originals), script).toBe(true);
    // The rows are what the intake writes: search names recomputed from the stored names match.
    for (const p of people) {
      const names = identityNames({ givenName: p.given_name, familyName: p.family_name, givenNameOriginal: p.given_name_original, familyNameOriginal: p.family_name_original, aliases: p.aliases });
      expect(p.search_names).toBe(searchNamesOf(names));
      expect(p.phonetic.length).toBeGreaterThan(0);
    }
    // Fictitious phone numbers only: the 555 01xx/02xx block.
    for (const p of people.filter((x) => x.phone)) expect(p.phone_key).toMatch(/^\d{2}5550[12]\d\d$/);
  });

  it('enrols everyone in one to three projects, with valid entry snapshots', async () => {
    const rows = await q(`SELECT person_id, count(*)::int AS n FROM enrolment WHERE tenant_id = $1 GROUP BY person_id`);
    expect(rows.length).toBe(spec().people.length);
    for (const r of rows) expect(r.n).toBeGreaterThanOrEqual(1);
    for (const r of rows) expect(r.n).toBeLessThanOrEqual(3);
    for (const e of await q('SELECT entry_status, exit_status, exit_date, entry_date FROM enrolment WHERE tenant_id = $1')) {
      expect(statusSnapshot.safeParse(e.entry_status).success).toBe(true);
      if (e.exit_date) expect(statusSnapshot.safeParse(e.exit_status).success && e.exit_date >= e.entry_date).toBe(true);
    }
    expect(await count('enrolment', ids[slug]!, 'exit_date IS NOT NULL')).toBeGreaterThanOrEqual(1);
    if (slug === 'potenza') expect(rows.some((r) => r.n === 3)).toBe(true);
  });

  it('logs contacts at the access points, anonymous ones too, and some today', async () => {
    const perPerson = await q(`SELECT count(DISTINCT person_id)::int AS n FROM contact WHERE tenant_id = $1 AND person_id IS NOT NULL`);
    expect(perPerson[0].n).toBe(spec().people.length);
    expect(await count('contact', ids[slug]!, 'person_id IS NULL AND anonymous_profile IS NOT NULL')).toBeGreaterThanOrEqual(3);
    expect(await count('contact', ids[slug]!, 'access_point_id IS NULL')).toBe(0);
    expect(await count('contact', ids[slug]!, 'cardinality(suggested_service_ids) > 0')).toBeGreaterThan(10);
    const today = romeDate(new Date());
    const days = await q(`SELECT DISTINCT to_char(starts_at AT TIME ZONE 'Europe/Rome', 'YYYY-MM-DD') AS d FROM appointment WHERE tenant_id = $1`);
    expect(days.map((r) => r.d).sort()).toEqual([today, addDays(today, 1)]);
  });

  it('records consents: one withdrawn, a mediator named where the notice is not in the person’s language', async () => {
    expect(await count('consent', ids[slug]!, 'withdrawn_at IS NOT NULL')).toBe(1);
    expect(await count('consent', ids[slug]!, "decision = 'refused'")).toBeGreaterThan(0);
    expect(await count('consent', ids[slug]!, "explained_how IN ('interpreter','cultural_mediator') AND explained_by IS NULL")).toBe(0);
    const langs = spec().noticeLanguages;
    const unwritten = await q(`SELECT DISTINCT language FROM consent WHERE tenant_id = $1 AND explained_how IN ('read_by_person','read_aloud')`);
    for (const r of unwritten) expect(langs).toContain(r.language);
  });

  it('has likely duplicates the duplicates look-up finds', async () => {
    const pairs = await withTenant(env.platform.ctx.db, ids[slug]!, async (tx) => {
      const { rows } = await sql<{ aId: string; bId: string }>`SELECT * FROM person_duplicate_pairs(${ids[slug]!}::uuid, 500)`.execute(tx);
      return rows;
    });
    const idOf = async (key: string) => {
      const p = spec().people.find((x) => x.key === key)!;
      const [r] = await q('SELECT person_id FROM person_identity WHERE tenant_id = $1 AND search_names = $2', [searchNamesOf(identityNames({ givenName: p.given, familyName: p.family, givenNameOriginal: p.givenOrig, familyNameOriginal: p.familyOrig, aliases: p.aliases }))]);
      return r.person_id as string;
    };
    for (const [a, b] of spec().duplicates) {
      const [ia, ib] = [await idOf(a), await idOf(b)];
      expect(pairs.some((x) => (x.aId === ia && x.bId === ib) || (x.aId === ib && x.bId === ia)), `${a}/${b}`).toBe(true);
    }
  });

  it('is seeded once: a second run adds nothing', async () => {
    const before = await count('person', ids[slug]!);
    await seedDemo(env.platform.ctx, { frontDoors: true });
    const again = await withTenant(env.platform.ctx.db, ids[slug]!, (tx) => seedDemoPeople(tx, { kind: 'system', tenantId: ids[slug]!, label: 'test' }, slug));
    expect(again).toBeNull();
    expect(await count('person', ids[slug]!)).toBe(before);
    expect(await count('access_point', ids[slug]!)).toBe(spec().accessPoints.length);
  });
});

describe('demo front doors of Potenza through the app', () => {
  it('shows the front desk its people (in reach) and its two access points', async () => {
    const s = await loginDemo(env.app, 'front_desk', 'potenza');
    const res = await env.app.inject({ method: 'GET', url: `/api/people?q=${encodeURIComponent('Blessing Okafor')}&birthYear=${1994 + Number(romeDate(new Date()).slice(0, 4)) - 2026}`, headers: s.headers });
    expect(res.statusCode).toBe(200);
    const top = res.json().items[0];
    expect(top).toMatchObject({ reachable: true, displayName: 'Blessing Okafor' });
    // Same name and birth year, nothing else searched: the name's full weight and the year's.
    expect(top.score).toBeGreaterThanOrEqual(70);
    const aps = await env.app.inject({ method: 'GET', url: '/api/access-points', headers: s.headers });
    expect(aps.statusCode).toBe(200);
    const mine = aps.json().items.filter((a: { assignedToMe: boolean }) => a.assignedToMe);
    expect(mine.length).toBe(2);
    // The day view of the Centro Storico door: today's visits and appointments.
    const centro = mine.find((a: { name: string }) => a.name.startsWith('Porta Sociale Centro Storico'));
    const day = await env.app.inject({ method: 'GET', url: `/api/access-points/${centro.id}/day`, headers: s.headers });
    expect(day.statusCode).toBe(200);
    expect(day.json().contacts.length).toBeGreaterThanOrEqual(1);
    expect(day.json().appointments.length).toBe(POTENZA_APPOINTMENTS_TODAY_AT_CENTRO);
  });

  it('gives the coordinator the typed-twice people on the duplicates screen', async () => {
    const s = await loginDemo(env.app, 'coordinator', 'potenza');
    const res = await env.app.inject({ method: 'GET', url: '/api/people/duplicates', headers: s.headers });
    expect(res.statusCode).toBe(200);
    const pairs = (res.json().items as { a: { displayName: string }; b: { displayName: string } }[]).map((p) => [p.a.displayName, p.b.displayName].sort().join(' / '));
    expect(pairs).toEqual(expect.arrayContaining(['Mohamed Abdelrahman / Mohammed Abd Elrahman', 'Yohanes Tesfamaryam / Yohannes Tesfamariam']));
  });

  it('has NEET youths aged 18-24 and a 16-year-old whose consents a guardian gave', async () => {
    const q = async (text: string) => (await owner.query(text, [ids.potenza])).rows;
    const [neet] = await q(`SELECT count(*)::int AS n FROM person WHERE tenant_id = $1 AND age_band = '18_24' AND labour_status IN ('unemployed','inactive')`);
    expect(neet.n).toBeGreaterThanOrEqual(4);
    const minors = await q(`SELECT p.id, count(c.*) FILTER (WHERE c.guardian IS NOT NULL)::int AS with_guardian, count(c.*)::int AS consents
      FROM person p JOIN consent c ON c.tenant_id = p.tenant_id AND c.person_id = p.id WHERE p.tenant_id = $1 AND p.age_band = '15_17' GROUP BY p.id`);
    expect(minors.length).toBe(1);
    expect(minors[0].with_guardian).toBe(minors[0].consents);
  });
});
