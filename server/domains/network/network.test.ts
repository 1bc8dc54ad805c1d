import { parse } from 'csv-parse/sync';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { needsMfa } from '../../../common/permissions.js';
import type { GapsResponse, OverlapsResponse } from '../../../common/schemas/network.js';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { login, loginDemo, type Session } from '../../../test/sessions.js';
import { DEMO_PASSWORD } from '../../demo/demo-data.js';
import { demoTotpSecret, seedDemo } from '../../demo/seed-demo.js';
import { withTenant } from '../../platform/db/database.js';
import { buildGapReport, buildOverlapReport } from './network-reports.js';
import { FIXTURE_USERS, fixtureEmail, seedNetworkFixture, type Fixture } from './network-test-fixtures.js';

let env: TestEnv;
let owner: pg.Client;
let fx: Fixture;
const s: Record<string, Session> = {};

beforeAll(async () => {
  env = await createTestEnv();
  await seedDemo(env.platform.ctx);
  owner = new pg.Client({ connectionString: env.ownerUrl });
  await owner.connect();
  fx = await seedNetworkFixture(env.platform.ctx, owner);
  for (const [key, roles] of Object.entries(FIXTURE_USERS)) {
    const email = fixtureEmail(key);
    s[key] = await login(env.app, email, DEMO_PASSWORD, needsMfa(roles) ? demoTotpSecret(email) : null);
  }
});
afterAll(async () => {
  await owner?.end();
  await env?.close();
});

let potenzaSession: Session | undefined;
/** One sign-in per file: a second one in the same TOTP window would be refused as a replay. */
const potenzaAdmin = async () => (potenzaSession ??= await loginDemo(env.app, 'tenant_admin', 'potenza'));
const get = (who: Session | null, url: string) => env.app.inject({ method: 'GET', url, headers: who ? { cookie: who.cookie } : {} });
const overlaps = async (who: Session, query = '') => {
  const res = await get(who, `/api/network/overlaps?lang=en${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as OverlapsResponse;
};
const gaps = async (who: Session, query = '') => {
  const res = await get(who, `/api/network/gaps?lang=en${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as GapsResponse;
};

describe('overlap report', () => {
  it('finds the two morning courses of Borgo Nord, with the reason', async () => {
    const { items } = await overlaps(s.coordinator!);
    expect(items).toHaveLength(1);
    const [g] = items;
    expect(g!.need).toEqual({ code: 'language', name: 'Learning Italian' });
    expect(g!.services.map((x) => x.id).sort()).toEqual([fx.services.morningA, fx.services.morningB].sort());
    const [pair] = g!.pairs;
    expect(pair!.area).toEqual({ kind: 'neighbourhood', name: 'Borgo Nord', metres: expect.any(Number) });
    expect(pair!.area.metres).toBeGreaterThan(90);
    expect(pair!.area.metres).toBeLessThan(110);
    expect(pair!.days).toEqual(['WE']);
    expect(pair!.overlapMinutesPerWeek).toBe(120);
    // 2 h shared of the 6 h the less open service (each has 6 h a week) opens, same neighbourhood.
    expect(pair!.score).toBe(Math.round((100 * 120) / 360));
  });

  it('leaves out other hours, other people, drafts and confidential services', async () => {
    const ids = (await overlaps(s.coordinator!)).items.flatMap((g) => g.services.map((x) => x.id));
    for (const key of ['evening', 'women', 'draft', 'hidden', 'shelter']) expect(ids).not.toContain(fx.services[key]);
  });

  it('matches by distance when neighbourhoods are not named alike, within the radius only', async () => {
    await owner.query(`UPDATE dir_location SET neighbourhood = 'Nord bis' WHERE tenant_id = $1 AND name = 'Sala Nord 2'`, [fx.tenantId]);
    try {
      const near = (await overlaps(s.coordinator!, '&radiusKm=0.5')).items;
      expect(near[0]!.pairs[0]!.area).toMatchObject({ kind: 'distance', name: null });
      expect(near[0]!.pairs[0]!.score).toBeLessThan(Math.round((100 * 120) / 360));
      expect((await overlaps(s.coordinator!, '&radiusKm=0.05')).items).toEqual([]);
    } finally {
      await owner.query(`UPDATE dir_location SET neighbourhood = 'Borgo Nord' WHERE tenant_id = $1 AND name = 'Sala Nord 2'`, [fx.tenantId]);
    }
  });

  it('filters by need', async () => {
    expect((await overlaps(s.coordinator!, '&need=housing')).items).toEqual([]);
    expect((await overlaps(s.coordinator!, '&need=language')).items).toHaveLength(1);
  });

  it('exports CSV that parses, with formula-looking cells defused', async () => {
    const res = await get(s.coordinator!, '/api/network/overlaps?format=csv&lang=en');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="approdo-overlaps-\d{4}-\d{2}-\d{2}\.csv"$/);
    const rows = parse(res.body, { columns: true, bom: true }) as Record<string, string>[];
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ need_code: 'language', area_reason: 'neighbourhood', area: 'Borgo Nord', days: 'WE', overlap_minutes_per_week: '120' });
    expect([rows[0]!.organization_a, rows[0]!.organization_b]).toContain("'+Associazione Beta (test)");
    expect(res.body).not.toMatch(/shelter|hidden|Segreto/i);
  });

  it('finds the planned overlap of the Aosta demo directory', async () => {
    const aosta = await loginDemo(env.app, 'coordinator', 'aosta');
    const { items } = await overlaps(aosta);
    const cogne = items.find((g) => g.need.code === 'language' && g.pairs.some((p) => p.area.name === 'Quartiere Cogne'));
    expect(cogne?.services.map((x) => x.name)).toEqual(expect.arrayContaining(['Italiano di quartiere — Cogne', 'Scuola di italiano Porte Aperte']));
    expect(JSON.stringify(items)).not.toMatch(/Servizio morning|rifugio/i);
  });
});

describe('gap report', () => {
  it('lists need × neighbourhood × language with no live service', async () => {
    const r = await gaps(s.coordinator!);
    expect(r.neighbourhoods).toEqual(['Borgo Nord', 'Borgo Sud']);
    expect(r.languages.sort()).toEqual(['ar', 'en', 'it']);
    const has = (need: string, hood: string, lang: string) => r.cells.find((c) => c.need.code === need && c.neighbourhood === hood && c.language === lang);
    expect(has('work-training', 'Borgo Sud', 'en')).toMatchObject({ need: { code: 'work-training', name: 'Work and training' }, servicesInOtherLanguages: 1 });
    expect(has('work-training', 'Borgo Sud', 'it')).toBeUndefined();
    expect(has('language', 'Borgo Nord', 'ar')).toBeUndefined();
    expect(has('language', 'Borgo Sud', 'it')).toMatchObject({ servicesInOtherLanguages: 0 });
    // 12 needs × 2 neighbourhoods × 3 languages, less the 4 covered cells (language × Nord × it/ar/en, work × Sud × it).
    expect(r.cells).toHaveLength(r.needs.length * 2 * 3 - 4);
  });

  it('filters the matrix', async () => {
    const r = await gaps(s.coordinator!, '&need=work-training&neighbourhood=borgo%20sud');
    expect(r.cells.map((c) => c.language).sort()).toEqual(['ar', 'en']);
  });

  it('sums the zero-result searches of the period, without any query text', async () => {
    const { searchMisses } = await gaps(s.coordinator!);
    expect(searchMisses.total).toBe(9);
    expect(searchMisses.items).toEqual([
      { need: { code: 'housing', name: 'Housing' }, language: 'ar', area: 'Borgo Nord', misses: 5 },
      { need: null, language: 'en', area: '', misses: 4 },
    ]);
    const older = await gaps(s.coordinator!, `&from=2000-01-01`);
    expect(older.searchMisses.total).toBe(59);
    const res = await get(s.coordinator!, '/api/network/search-misses?format=csv');
    const rows = parse(res.body, { columns: true, bom: true }) as Record<string, string>[];
    expect(rows.map((x) => [x.need_code, x.language, x.area, x.misses])).toEqual([['housing', 'ar', 'Borgo Nord', '5'], ['', 'en', '', '4']]);
  });

  it('exports the gap cells as CSV', async () => {
    const json = await gaps(s.coordinator!);
    const res = await get(s.coordinator!, '/api/network/gaps?format=csv&lang=en');
    const rows = parse(res.body, { columns: true, bom: true }) as Record<string, string>[];
    expect(rows).toHaveLength(json.cells.length);
    expect(rows).toContainEqual({ need_code: 'work-training', need: 'Work and training', neighbourhood: 'Borgo Sud', language: 'en', services_in_other_languages: '1' });
  });

  it('rejects a period that ends before it starts with a 400', async () => {
    const res = await get(s.coordinator!, '/api/network/gaps?from=2026-05-02&to=2026-05-01');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
  });
});

describe('confidential services', () => {
  it('never surface, even to a coordinator who also holds the protection permission', async () => {
    for (const who of [s.coordinator!, s.both!]) {
      const o = await overlaps(who);
      const g = await gaps(who);
      const all = JSON.stringify([o, g]) + (await get(who, '/api/network/gaps?format=csv')).body + (await get(who, '/api/network/overlaps?format=csv')).body;
      expect(all).not.toMatch(/Segreto|Rifugio|shelter|hidden/i);
      // Tigrinya is spoken only by confidential services: it must not even appear as a language.
      expect(g.languages).not.toContain('ti');
      // The shelter does not fill the anti-violence gap: filling it would reveal where it is.
      expect(g.cells.filter((c) => c.need.code === 'anti-violence')).toHaveLength(2 * 3);
    }
  });
});

describe('map data', () => {
  const centre = (r: GapsResponse, hood: string) => r.centres.find((c) => c.neighbourhood === hood);

  it('places each neighbourhood at the centre of its located public places, and each overlapping service at its place', async () => {
    const r = await gaps(s.coordinator!);
    expect(r.centres.map((c) => c.neighbourhood)).toEqual(['Borgo Nord', 'Borgo Sud']);
    expect(centre(r, 'Borgo Nord')!.latitude).toBeCloseTo((45.0 + 45.0009) / 2, 6);
    expect(centre(r, 'Borgo Nord')!.longitude).toBeCloseTo(7.0, 6);
    expect(centre(r, 'Borgo Sud')).toMatchObject({ latitude: 45.05, longitude: 7.0 });
    const [g] = (await overlaps(s.coordinator!)).items;
    const byId = new Map(g!.services.map((x) => [x.id, x]));
    expect(byId.get(fx.services.morningA!)).toMatchObject({ latitude: 45.0, longitude: 7.0 });
    expect(byId.get(fx.services.morningB!)).toMatchObject({ latitude: 45.0009, longitude: 7.0 });
  });

  it('never carries a confidential place, even computed with the protection permission', async () => {
    // The schema refuses to geocode a confidential place at all...
    await expect(
      owner.query(`INSERT INTO dir_location (tenant_id, organization_id, name, latitude, longitude, confidential) SELECT $1, organization_id, 'x', 45.1, 7.1, true FROM dir_service WHERE id = $2`, [fx.tenantId, fx.services.morningA]),
    ).rejects.toThrow(/dir_location_check/);
    // ...and its neighbourhood never reaches the map: one of its own and a public one, linked to a
    // public service and to the shelter service.
    const place = async (name: string, hood: string) =>
      (await owner.query(
        `INSERT INTO dir_location (tenant_id, organization_id, name, neighbourhood, confidential) SELECT $1, organization_id, $2, $3, true FROM dir_service WHERE id = $4 RETURNING id`,
        [fx.tenantId, name, hood, fx.services.morningA],
      )).rows[0].id as string;
    const own = await place('Rifugio isolato', 'Borgo Nascosto');
    const nord = await place('Rifugio mappato', 'Borgo Nord');
    const links: string[] = [];
    for (const [service, location] of [[fx.services.morningA, own], [fx.services.shelter, own], [fx.services.shelter, nord]]) {
      links.push((await owner.query('INSERT INTO dir_service_at_location (tenant_id, service_id, location_id) VALUES ($1,$2,$3) RETURNING id', [fx.tenantId, service, location])).rows[0].id);
    }
    const check = (g: GapsResponse, o: OverlapsResponse) => {
      expect(g.centres.map((c) => c.neighbourhood)).toEqual(['Borgo Nord', 'Borgo Sud']);
      expect(centre(g, 'Borgo Nord')!.latitude).toBeCloseTo((45.0 + 45.0009) / 2, 6);
      const morningA = o.items.flatMap((x) => x.services).find((x) => x.id === fx.services.morningA);
      expect(morningA).toMatchObject({ latitude: 45.0, longitude: 7.0, neighbourhoods: ['Borgo Nord'] });
      expect(JSON.stringify([g, o])).not.toMatch(/Nascosto|Rifugio|shelter|hidden/i);
    };
    try {
      for (const who of [s.coordinator!, s.both!]) check(await gaps(who), await overlaps(who));
      // The routes never open the reports with protection access; the queries hold even if one did.
      const seen = await withTenant(
        env.platform.ctx.db, fx.tenantId,
        async (tx) => {
          expect((await tx.selectFrom('dirLocation').select('id').where('id', '=', own).execute()).length).toBe(1);
          return [await buildGapReport(tx, fx.tenantId, { format: 'json' }, 'en'), await buildOverlapReport(tx, { radiusKm: 1, format: 'json' }, 'en')] as const;
        },
        { protectionAccess: true },
      );
      check(...seen);
    } finally {
      await owner.query('DELETE FROM dir_service_at_location WHERE id = ANY($1::uuid[])', [links]);
      await owner.query('DELETE FROM dir_location WHERE id = ANY($1::uuid[])', [[own, nord]]);
    }
  });

  it('draws on the configured tiles, else on the comune outline the finder bundles', async () => {
    const res = await get(s.coordinator!, '/api/network/map');
    expect(res.statusCode).toBe(200);
    // No tile server in tests, and no outline for the test tenant: a plain background.
    expect(res.json()).toEqual({ tileUrl: null, attribution: '', outlineUrl: null });
    const potenza = await get(await potenzaAdmin(), '/api/network/map');
    expect(potenza.json().outlineUrl).toMatch(/^\/assets\/finder\/outline-potenza\.[0-9a-f]{10}\.json$/);
    expect((await get(null, potenza.json().outlineUrl)).statusCode).toBe(200);
  });
});

describe('permissions', () => {
  it('is for coordinators and tenant admins only', async () => {
    for (const url of ['/api/network/overlaps', '/api/network/gaps', '/api/network/search-misses', '/api/network/map']) {
      expect((await get(s.admin!, url)).statusCode).toBe(200);
      for (const who of [s.desk!, s.analyst!]) {
        const res = await get(who, url);
        expect(res.statusCode).toBe(403);
        expect(res.json().error.code).toBe('FORBIDDEN');
      }
      expect((await get(null, url)).statusCode).toBe(401);
    }
  });

  it('keeps each tenant to its own directory', async () => {
    const g = await gaps(await potenzaAdmin());
    expect(g.neighbourhoods).not.toContain('Borgo Nord');
    expect(g.neighbourhoods).toEqual(expect.arrayContaining(['Bucaletto', 'Cocuzzo', 'Macchia Romana']));
  });
});
