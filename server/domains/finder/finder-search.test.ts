import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { ownerQuery } from '../../../test/owner-sql.js';
import { sql } from 'kysely';
import { withTenant } from '../../platform/db/database.js';
import { createTenant } from '../tenants/commands/create-tenant.js';
import { searchServices } from './finder-search.queries.js';
import { AOSTA_FIXTURES, seedFinderFixtures } from './finder-test-fixtures.js';
import { isOpenAt, romeWallClock } from './open-now.js';
import { parseFilters } from './search-filters.js';

let env: TestEnv;
let tenantId: string;
let ids: Record<string, string>;

beforeAll(async () => {
  env = await createTestEnv();
  const aosta = await createTenant(env.platform.ctx.db, { slug: 'aosta', name: 'Comune di Aosta', settings: {} }, 'test');
  tenantId = aosta.id;
  ids = await seedFinderFixtures(env.platform.ctx.db, tenantId, AOSTA_FIXTURES);
  // Another tenant's service must never appear in Aosta's finder.
  const potenza = await createTenant(env.platform.ctx.db, { slug: 'potenza', name: 'Comune di Potenza', settings: {} }, 'test');
  await seedFinderFixtures(env.platform.ctx.db, potenza.id, [{ name: 'Corso di italiano a Potenza', needs: ['language'], free: true }]);
});
afterAll(() => env?.close());

/** Names of the results of a search, in order, read from the rendered list. */
async function names(query: string): Promise<string[]> {
  const res = await env.app.inject({ method: 'GET', url: `/aosta/search?hl=it&${query}` });
  expect(res.statusCode, query).toBe(200);
  return [...res.body.matchAll(/<h2 class="result-title"><a [^>]*>([^<]+)<\/a>/g)].map((m) => m[1]!);
}

describe('public search', () => {
  it('lists every public service and only those, with the count', async () => {
    const res = await env.app.inject({ method: 'GET', url: '/aosta/search?hl=en' });
    expect(res.body).toContain('4 services found');
    expect((await names('')).sort()).toEqual(['Aiuto digitale online', 'Centro antiviolenza Aosta', 'Corso di italiano per donne', 'Sportello legale permessi di soggiorno']);
  });

  it('never shows confidential or unpublished services, whatever the search', async () => {
    for (const q of ['q=rifugio', 'q=riservata', 'need=anti-violence', 'group=survivors', 'q=bozza', 'near=45.73,7.31']) {
      const res = await env.app.inject({ method: 'GET', url: `/aosta/search?${q}` });
      expect(res.body, q).not.toContain('Casa rifugio');
      expect(res.body, q).not.toContain('Indirizzo segreto');
      expect(res.body, q).not.toContain('Servizio in bozza');
    }
    expect(await names('need=anti-violence')).toEqual(['Centro antiviolenza Aosta']);
    for (const name of ['Casa rifugio riservata', 'Servizio in bozza']) {
      expect((await env.app.inject({ method: 'GET', url: `/aosta/services/${ids[name]}` })).statusCode).toBe(404);
      expect((await env.app.inject({ method: 'GET', url: `/aosta/services/${ids[name]}/report` })).statusCode).toBe(404);
    }
    const map = await env.app.inject({ method: 'GET', url: '/aosta/map' });
    expect(map.body.match(/data-lat=/g)?.length).toBe(3);
    expect(map.body).not.toContain('Casa rifugio');
  });

  it('keeps its index look-ups (run as the owner) inside the tenant and away from confidential services', async () => {
    const words = await ownerQuery<{ word: string }>(env, 'SELECT word FROM dir_search_word WHERE tenant_id = $1', [tenantId]);
    expect(words.map((w) => w.word)).toContain('avvocato');
    expect(words.map((w) => w.word)).not.toContain('rifugio');
    const db = env.platform.ctx.db;
    const potenza = (await db.selectFrom('tenant').select('id').where('slug', '=', 'potenza').executeTakeFirstOrThrow()).id;
    const run = (bound: string, asked: string, q: string) =>
      withTenant(db, bound, async (tx) => (await sql<{ id: string }>`SELECT id FROM finder_text_search(${asked}, to_tsquery('simple', ${q}))`.execute(tx)).rows);
    expect(await run(tenantId, tenantId, 'corso')).toHaveLength(1);
    expect(await run(potenza, tenantId, 'corso')).toEqual([]);
    expect(await run(tenantId, tenantId, 'rifugio')).toEqual([]);
    const similar = await withTenant(db, potenza, async (tx) => (await sql<{ w: string }>`SELECT finder_similar_words(${tenantId}, 'avvocatto') AS w`.execute(tx)).rows);
    expect(similar).toEqual([]);
  });

  it('finds free text despite typos and accents, in Italian and in translations', async () => {
    expect(await names('q=avvocatto')).toEqual(['Sportello legale permessi di soggiorno']);
    expect(await names('q=CITTADINANZA')).toEqual(['Sportello legale permessi di soggiorno']);
    expect(await names('q=lezioni%20italiano')).toEqual(['Corso di italiano per donne']);
    expect(await names('q=Italian%20lessons')).toEqual(['Corso di italiano per donne']);
    expect(await names(`q=${encodeURIComponent('دورة')}`)).toEqual(['Corso di italiano per donne']);
    expect(await names('q=pubblica%20amministrazine')).toEqual(['Aiuto digitale online']);
    expect(await names('q=zzzqqq')).toEqual([]);
  });

  it('filters by need, spoken language, target group, cost, women-only, childcare and accessibility', async () => {
    expect(await names('need=language')).toEqual(['Corso di italiano per donne']);
    expect(await names('lang=ti')).toEqual(['Sportello legale permessi di soggiorno']);
    expect((await names('lang=en')).sort()).toEqual(['Centro antiviolenza Aosta', 'Corso di italiano per donne']);
    expect(await names('group=survivors')).toEqual(['Centro antiviolenza Aosta']);
    expect((await names('free=1')).sort()).toEqual(['Aiuto digitale online', 'Centro antiviolenza Aosta', 'Corso di italiano per donne']);
    expect(await names('women=1')).toEqual(['Corso di italiano per donne']);
    expect(await names('childcare=1')).toEqual(['Corso di italiano per donne']);
    expect(await names('accessible=1')).toEqual(['Corso di italiano per donne']);
    expect(await names('free=1&need=digital')).toEqual(['Aiuto digitale online']);
    // A malformed filter is ignored, not an error page.
    expect((await names('need=%3Cscript%3E&lang=xx1&group=nobody&near=999,999&page=-4')).length).toBe(4);
  });

  it('orders by distance from a point or from a typed street or neighbourhood', async () => {
    expect((await names('near=45.742,7.327')).slice(0, 3)).toEqual(['Sportello legale permessi di soggiorno', 'Centro antiviolenza Aosta', 'Corso di italiano per donne']);
    expect((await names('near=45.737,7.315')).slice(0, 3)).toEqual(['Corso di italiano per donne', 'Centro antiviolenza Aosta', 'Sportello legale permessi di soggiorno']);
    expect((await names('address=via%20festaz')).slice(0, 1)).toEqual(['Sportello legale permessi di soggiorno']);
    expect((await names('address=centro%20storico')).slice(2, 3)).toEqual(['Sportello legale permessi di soggiorno']);
    const res = await env.app.inject({ method: 'GET', url: '/aosta/search?hl=en&address=nowhere%20street%20xyz' });
    expect(res.body).toContain('We could not find that place');
    const distance = await env.app.inject({ method: 'GET', url: '/aosta/search?hl=en&near=45.742,7.327' });
    expect(distance.body).toContain('Nearest first.');
    expect(distance.body).toMatch(/\d+ m away/);
  });

  it('counts searches that found nothing, by facet only, never the text', async () => {
    await env.app.inject({ method: 'GET', url: '/aosta/search?q=mario%20rossi%20via%20segreta&need=housing&hl=ar' });
    await env.app.inject({ method: 'GET', url: '/aosta/search?q=another%20private%20phrase&need=housing&hl=ar' });
    await env.app.inject({ method: 'GET', url: '/aosta/search?need=health&lang=ti&address=centro%20storico' });
    await env.app.inject({ method: 'GET', url: '/aosta/search?need=language' }); // found something: not counted
    const rows = await ownerQuery<{ category: string; language: string; area: string; misses: number; day: string; row: string }>(
      env,
      `SELECT category, language, area, misses, day::text AS day, row_to_json(m)::text AS row FROM dir_search_miss m WHERE tenant_id = $1 AND category IN ('health', 'housing') ORDER BY category`,
      [tenantId],
    );
    expect(rows.map(({ category, language, area, misses }) => ({ category, language, area, misses }))).toEqual([
      { category: 'health', language: 'ti', area: 'Centro storico', misses: 1 },
      { category: 'housing', language: 'ar', area: '', misses: 2 },
    ]);
    expect(rows[0]!.day).toBe(romeWallClock(new Date()).date);
    for (const r of rows) expect(r.row).not.toMatch(/mario|rossi|segreta|private|phrase/);
  });

  it('filters "open now" in SQL exactly as the service page computes it, across the clock change', async () => {
    const f = parseFilters(new URLSearchParams('open=1'));
    const instants = ['2026-01-12T08:30:00Z', '2026-01-12T11:30:00Z', '2026-01-13T13:30:00Z', '2026-03-30T07:30:00Z', '2026-10-26T07:30:00Z', '2026-10-27T15:59:00Z', '2026-10-27T16:00:00Z'];
    const expected: Record<string, string[]> = {
      '2026-01-12T08:30:00Z': ['Corso di italiano per donne'], // Monday 09:30 CET
      '2026-01-12T11:30:00Z': [], // Monday 12:30
      '2026-01-13T13:30:00Z': ['Sportello legale permessi di soggiorno'], // Tuesday 14:30
      '2026-03-30T07:30:00Z': ['Corso di italiano per donne'], // Monday 09:30 CEST
      '2026-10-26T07:30:00Z': [], // Monday 08:30 CET
      '2026-10-27T15:59:00Z': ['Sportello legale permessi di soggiorno'], // Tuesday 16:59 CET
      '2026-10-27T16:00:00Z': [], // Tuesday 17:00
    };
    for (const at of instants) {
      const { hits } = await withTenant(env.platform.ctx.db, tenantId, (tx) => searchServices(tx, tenantId, f, { lang: 'it', now: romeWallClock(new Date(at)), point: null, pageSize: 20 }));
      expect(hits.map((h) => h.name), at).toEqual(expected[at]);
      expect(hits.every((h) => h.openNow), at).toBe(true);
    }
    const schedule = { freq: 'WEEKLY', byday: 'MO,WE', opensAt: '09:00', closesAt: '12:00', validFrom: null, validTo: null, dtstart: null, until: null, interval: null };
    expect(isOpenAt([schedule], new Date('2026-03-30T07:30:00Z'))).toBe(true);
  });

  it('pages through results and keeps the filters in the links', async () => {
    const res = await env.app.inject({ method: 'GET', url: '/aosta/search?hl=en&free=1&page=9' });
    expect(res.body).toContain('3 services found');
    expect(res.body).not.toContain('class="result"');
    const all = await env.app.inject({ method: 'GET', url: '/aosta/search?hl=en&free=1&lang=en' });
    expect(all.body).toContain('href="/aosta/map?lang=en&amp;free=1&amp;hl=en"');
    expect(all.body).toContain('<option value="en" selected>');
  });
});
