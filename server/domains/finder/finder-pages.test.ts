import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import en from '../../../common/i18n/public/en.json' with { type: 'json' };
import it_ from '../../../common/i18n/public/it.json' with { type: 'json' };
import uk from '../../../common/i18n/public/uk.json' with { type: 'json' };
import { createTenant } from '../tenants/commands/create-tenant.js';
import { AOSTA_FIXTURES, seedFinderFixtures } from './finder-test-fixtures.js';

let env: TestEnv;
let ids: Record<string, string>;

beforeAll(async () => {
  env = await createTestEnv();
  const aosta = await createTenant(env.platform.ctx.db, { slug: 'aosta', name: 'Comune di Aosta', settings: {} }, 'test');
  ids = await seedFinderFixtures(env.platform.ctx.db, aosta.id, AOSTA_FIXTURES);
});
afterAll(() => env?.close());

const get = (url: string, headers: Record<string, string> = {}) => env.app.inject({ method: 'GET', url, headers });

describe('public finder pages', () => {
  it('serves the home page without a session, without cookies, with the safety frame', async () => {
    const res = await get('/aosta');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(res.headers['cache-control']).toBe('public, max-age=300');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['content-security-policy']).toContain("img-src 'self' data:;");
    const body = res.body;
    expect(body).toContain('<html lang="it" dir="ltr">');
    // Quick exit is the first focusable element, the skip link the second.
    const firstLink = body.indexOf('<a ');
    expect(body.slice(firstLink, firstLink + 60)).toContain('id="quick-exit"');
    expect(body.indexOf('class="skip-link"')).toBeGreaterThan(firstLink);
    expect(body.indexOf('class="skip-link"')).toBeLessThan(body.indexOf('<header'));
    expect(body).toContain('href="tel:1522"');
    expect(body).toContain('href="tel:800290290"');
    expect(body).toContain(it_.home.title);
    // No inline script or style, and nothing from another origin but the quick exit's plain link.
    expect(body).not.toMatch(/<script(?![^>]*\bsrc=)/);
    expect(body).not.toMatch(/\sstyle=/);
    expect(body).not.toMatch(/(src|href)="https?:\/\/(?!www\.google\.com\/search\?q=meteo")/);
  });

  it('lists the need categories with their public service counts', async () => {
    const body = (await get('/aosta?hl=en')).body;
    expect(body).toContain('href="/aosta/search?need=language&amp;hl=en"');
    expect(body).toMatch(/Learning Italian<\/span> <span class="tile-count">1 service</);
    // The confidential shelter is not counted among the anti-violence services.
    expect(body).toMatch(/Against violence and trafficking<\/span> <span class="tile-count">1 service</);
  });

  it('picks the language from ?hl=, else Accept-Language; right-to-left for Arabic, Urdu and Farsi', async () => {
    expect((await get('/aosta?hl=ar')).body).toContain('<html lang="ar" dir="rtl">');
    expect((await get('/aosta?hl=fa')).body).toContain('<html lang="fa" dir="rtl">');
    expect((await get('/aosta?hl=ur')).body).toContain('<html lang="ur" dir="rtl">');
    const ukrainian = await get('/aosta', { 'accept-language': 'uk-UA,uk;q=0.9,en;q=0.5' });
    expect(ukrainian.body).toContain('<html lang="uk" dir="ltr">');
    expect(ukrainian.body).toContain(uk.home.title);
    expect(ukrainian.headers['content-language']).toBe('uk');
    expect(ukrainian.headers.vary).toContain('Accept-Language');
    // Every language in the switch, and every link carries the chosen language on.
    const body = (await get('/aosta?hl=uk')).body;
    for (const l of ['it', 'en', 'fr', 'ar', 'es', 'uk', 'sq', 'zh', 'bn', 'ur', 'ti', 'fa']) expect(body).toContain(`hreflang="${l}"`);
    expect(body).toContain('href="/aosta/map?hl=uk"');
  });

  it('answers an unknown tenant or page with a translated 404 page', async () => {
    const res = await get('/nowhere', { 'accept-language': 'en' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body).toContain(en.errors.tenantNotFound);
    const page = await get('/aosta/nothing/here?hl=en');
    expect(page.statusCode).toBe(404);
    expect(page.body).toContain(en.errors.notFound);
    const service = await get('/aosta/services/not-a-uuid?hl=en');
    expect(service.statusCode).toBe(404);
    expect(service.body).toContain(en.errors.serviceNotFound);
    expect((await get('/aosta/')).headers.location).toBe('/aosta');
  });

  it('never shadows the platform routes', async () => {
    const api = await get('/api/nothing-here');
    expect(api.statusCode).toBe(404);
    expect(api.headers['content-type']).toContain('application/json');
    const apiSearch = await get('/api/search');
    expect(apiSearch.headers['content-type']).toContain('application/json');
    expect((await get('/healthz')).statusCode).toBe(200);
    expect((await get('/app')).statusCode).toBe(302);
  });

  it('shows a service in the visitor language, or in Italian with a notice and lang="it"', async () => {
    const english = await get(`/aosta/services/${ids['Corso di italiano per donne']}?hl=en`);
    expect(english.statusCode).toBe(200);
    expect(english.headers['cache-control']).toBe('public, max-age=300');
    expect(english.body).toContain('<h1>Italian course for women</h1>');
    expect(english.body).toContain(en.service.documents);
    expect(english.body).toContain('Documento di identità');
    expect(english.body).toContain('Arabic');
    expect(english.body).toContain('Information checked on January 15, 2026.');
    expect(english.body).toContain('Ingresso senza gradini');
    expect(english.body).toMatch(/Monday, Wednesday<\/span> <span class="time" dir="ltr">09:00–12:00/);
    expect(english.body).toContain(`href="/aosta/services/${ids['Corso di italiano per donne']}/report?hl=en"`);
    const arabic = await get(`/aosta/services/${ids['Sportello legale permessi di soggiorno']}?hl=ar`);
    expect(arabic.body).toContain('<h1 lang="it" dir="ltr">Sportello legale permessi di soggiorno</h1>');
    expect(arabic.body).toContain('بعض المعلومات في هذه الصفحة متوفرة بالإيطالية فقط.');
    expect(arabic.body).toContain('href="tel:+390165000001"');
  });

  it('keeps pages about anti-violence services and every search out of caches', async () => {
    const antiViolence = await get(`/aosta/services/${ids['Centro antiviolenza Aosta']}`);
    expect(antiViolence.statusCode).toBe(200);
    expect(antiViolence.headers['cache-control']).toBe('no-store');
    expect(antiViolence.headers['set-cookie']).toBeUndefined();
    for (const url of ['/aosta/search?q=italiano', '/aosta/map', '/aosta/search?need=anti-violence']) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['cache-control'], url).toBe('no-store');
      expect(res.headers['set-cookie'], url).toBeUndefined();
    }
  });

  it('serves its assets hashed, compressed and cached for a year', async () => {
    const body = (await get('/aosta')).body;
    const css = /href="(\/assets\/finder\/finder\.[0-9a-f]{10}\.css)"/.exec(body)![1]!;
    const js = /src="(\/assets\/finder\/finder\.[0-9a-f]{10}\.js)"/.exec(body)![1]!;
    const res = await get(css, { 'accept-encoding': 'gzip, deflate, br' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers['content-type']).toContain('text/css');
    expect((await get(js)).body).toContain('location.replace');
    expect((await get('/assets/finder/finder.0000000000.css')).statusCode).toBe(404);
    // The stylesheet's fonts are served from the same place.
    const font = /url\((\/assets\/finder\/titillium-400\.[0-9a-f]{10}\.woff2)\)/.exec((await get(css)).body)![1]!;
    expect((await get(font)).headers['content-type']).toBe('font/woff2');
  });
});
