import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, peopleEnv, register, type PeopleEnv } from './testing/people-fixtures.js';

// Search before create: transliterations, phonetic variants, birth year ±1, phones in other
// formats; records out of reach signalled without a name; protected and merged records never found.

let p: PeopleEnv;
const ids: Record<string, string> = {};
beforeAll(async () => {
  p = await peopleEnv();
  // Registered by the front desk (la-sorgente): in the front desk's reach.
  ids.mohamed = (await register(p, p.s.front_desk, { givenName: 'Mohamed', familyName: 'El Amrani', givenNameOriginal: 'محمد', birthYear: 1990, citizenship: 'MA', phone: '+39 333 765 4321' })).id;
  ids.olena = (await register(p, p.s.front_desk, { givenNameOriginal: 'Олена', familyNameOriginal: 'Кравець', birthYear: 1985, citizenship: 'UA' })).id;
  ids.youssef = (await register(p, p.s.front_desk, { givenName: 'Youssef', familyName: 'Benali', birthYear: 2001, citizenship: 'TN' })).id;
  // Registered by the coordinator (comune-aosta): out of the front desk's reach.
  ids.fatima = (await register(p, p.s.coordinator, { givenName: 'Fatima', familyName: 'Zahra', birthYear: 1979, citizenship: 'MA', phone: '3207654321' })).id;
  ids.hidden = (await register(p, p.s.front_desk, { givenName: 'Khadija', familyName: 'Ouali', birthYear: 1992, citizenship: 'MA' })).id;
  await p.sql('UPDATE person SET protected = true WHERE id = $1', [ids.hidden]);
}, 120_000);
afterAll(() => p?.env.close());

async function search(query: string, who = p.s.front_desk) {
  const res = await p.call(who, 'GET', `/api/people?${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as { mode: string; items: any[] };
}

describe('search before create (GET /api/people)', () => {
  it('finds an Arabic-script name from its Latin spellings, and the other way round', async () => {
    for (const q of ['Mohammed', 'Muhammad', 'Mohamed El Amrani', 'محمد']) {
      const { mode, items } = await search(`q=${encodeURIComponent(q)}`);
      expect(mode).toBe('search');
      const hit = items.find((m) => m.id === ids.mohamed);
      expect(hit, q).toMatchObject({ reachable: true, code: expect.any(String), displayName: 'Mohamed El Amrani', birthYear: 1990, citizenship: 'MA' });
      expect(hit.reasons.some((r: string) => r === 'name' || r === 'phonetic'), q).toBe(true);
      expect(hit.score).toBeGreaterThanOrEqual(30);
    }
  });

  it('finds a Cyrillic name written in Latin letters ("Olena" / "Олена")', async () => {
    const { items } = await search('q=Olena%20Kravets');
    expect(items[0]).toMatchObject({ id: ids.olena, displayName: 'Олена Кравець', reasons: expect.arrayContaining(['name']) });
    expect((await search(`q=${encodeURIComponent('Олена Кравець')}`)).items[0].id).toBe(ids.olena);
    expect((await search('q=Olena')).items.map((m) => m.id)).toContain(ids.olena);
  });

  it('finds phonetic variants ("Yusuf" for Youssef) and scores birth year ±1 and citizenship', async () => {
    const near = (await search('q=Yusuf%20Benali&birthYear=2002&citizenship=TN')).items.find((m) => m.id === ids.youssef);
    expect(near.reasons).toEqual(expect.arrayContaining(['phonetic', 'birth_year', 'citizenship']));
    const far = (await search('q=Yusuf%20Benali&birthYear=1960&citizenship=TN')).items.find((m) => m.id === ids.youssef);
    const plain = (await search('q=Yusuf%20Benali')).items.find((m) => m.id === ids.youssef);
    expect(near.score).toBeGreaterThan(plain.score);
    expect(far?.score ?? 0).toBeLessThan(plain.score);
    expect(far?.reasons ?? []).not.toContain('birth_year');
  });

  it('finds a phone written in other formats', async () => {
    for (const phone of ['3337654321', '+393337654321', '0039 333 765 4321', '333-765-4321']) {
      const { items } = await search(`phone=${encodeURIComponent(phone)}`);
      expect(items.map((m) => m.id), phone).toContain(ids.mohamed);
      expect(items.find((m) => m.id === ids.mohamed).reasons).toContain('phone');
    }
  });

  it('signals a record out of reach only as "a possible match registered by <organisation>", without its name', async () => {
    const res = await p.call(p.s.front_desk, 'GET', '/api/people?q=Fatima%20Zahra&birthYear=1979');
    const hit = res.body.items.find((m: any) => m.id === ids.fatima);
    expect(hit).toEqual({ reachable: false, id: ids.fatima, code: expect.any(String), organisationName: 'Comune di Aosta', score: expect.any(Number), notice: 'Possibile corrispondenza registrata da Comune di Aosta' });
    // Nothing else of hers anywhere in the answer.
    expect(JSON.stringify(res.body)).not.toMatch(/Zahra/);
    // ... and that record stays closed to the front desk.
    expect((await p.call(p.s.front_desk, 'GET', `/api/people/${ids.fatima}`)).status).toBe(404);
    // A loose guess (phone only, no name) is not enough to signal someone out of reach.
    expect((await search('phone=3207654321')).items.map((m) => m.id)).not.toContain(ids.fatima);
    // The coordinator reaches the whole tenant: the same search shows the name.
    expect((await search('q=Fatima%20Zahra', p.s.coordinator)).items[0]).toMatchObject({ reachable: true, displayName: 'Fatima Zahra' });
  });

  it('never returns a protected record, to anyone', async () => {
    for (const who of [p.s.front_desk, p.s.coordinator]) {
      const { items } = await search('q=Khadija%20Ouali', who);
      expect(items.map((m) => m.id)).not.toContain(ids.hidden);
      expect((await search('q=', who)).items.map((m) => m.id)).not.toContain(ids.hidden);
    }
    expect((await p.call(p.s.coordinator, 'GET', `/api/people/${ids.hidden}`)).status).toBe(404);
  });

  it('lists the people in reach without criteria, filtered by birth year ±1 and citizenship', async () => {
    const all = await search('');
    expect(all.mode).toBe('list');
    expect(all.items.map((m) => m.id)).toEqual(expect.arrayContaining([ids.mohamed, ids.olena, ids.youssef]));
    expect(all.items.map((m) => m.id)).not.toContain(ids.fatima);
    const filtered = await search('birthYear=1991&citizenship=MA&limit=50');
    expect(filtered.items.map((m) => m.id)).toContain(ids.mohamed);
    expect(filtered.items.every((m) => m.citizenship === 'MA' && Math.abs(m.birthYear - 1991) <= 1)).toBe(true);
  });

  it('stays inside the tenant: potenza finds nothing of aosta', async () => {
    const { items } = await search('q=Mohamed%20El%20Amrani', p.potenza.front_desk);
    expect(items).toEqual([]);
  });

  it('audits every search with counts and a hash, never the names searched', async () => {
    const before = (await auditEvents(p, 'person.search')).length;
    await search('q=Fatima%20Zahra&birthYear=1979');
    await search('q=Fatima%20Zahra&birthYear=1979');
    const events = (await auditEvents(p, 'person.search')).slice(before);
    expect(events).toHaveLength(2);
    expect(events[0]!.diff).toMatchObject({ mode: 'search', criteria: ['q', 'birthYear'], results: 1, outOfReach: 1, queryHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(events[1]!.diff.queryHash).toBe(events[0]!.diff.queryHash);
    expect(JSON.stringify(events)).not.toMatch(/fatima|zahra/i);
  });
});
