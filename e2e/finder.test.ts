import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import ar from '../common/i18n/public/ar.json' with { type: 'json' };
import it_ from '../common/i18n/public/it.json' with { type: 'json' };
import { openAppDatabase, type Db } from '../server/platform/db/database.js';
import { seedFinderFixtures, type FixtureService } from '../server/domains/finder/finder-test-fixtures.js';
import { expectAccessible, launchBrowser, newWatchedContext, screenshot, type Problems } from './support/browser.js';

// The public finder in a real Chromium: without JavaScript, with the quick exit, in Arabic, on the
// map, within its transfer budget, and accessible. Its own fixture services (a word no demo data
// uses, "Zafferanoprova") keep the test independent of the demo directory.

const baseUrl = inject('baseUrl');
const problems: Problems = { csp: [], pageErrors: [] };
const TOKEN = 'Zafferanoprova';
const FIXTURES: FixtureService[] = [
  {
    name: `${TOKEN} corso di italiano`,
    description: `Corso ${TOKEN} di lingua italiana per donne, gratuito.`,
    needs: ['language'],
    translations: { en: { name: `${TOKEN} Italian course` }, ar: { name: `${TOKEN} دورة اللغة الإيطالية` }, uk: { name: `${TOKEN} курс італійської` } },
    free: true,
    womenOnly: true,
    languages: ['it', 'ar'],
    lastVerifiedAt: '2026-02-01T10:00:00Z',
    location: { address: 'Via Croce di Città 10', city: 'Aosta', neighbourhood: 'Centro storico', lat: 45.737, lng: 7.315, accessible: 'Ingresso senza gradini' },
    schedules: [{ byday: 'MO,WE', opensAt: '09:00', closesAt: '12:00' }],
  },
  { name: `${TOKEN} sportello legale`, description: `Consulenza legale ${TOKEN}.`, needs: ['legal-documents'], location: { address: 'Via Festaz 52', city: 'Aosta', neighbourhood: 'Dora', lat: 45.742, lng: 7.327 } },
  { name: `${TOKEN} centro antiviolenza`, description: `Ascolto ${TOKEN}.`, needs: ['anti-violence'], targetGroups: ['survivors'], location: { address: 'Piazza Chanoux 1', city: 'Aosta', lat: 45.7375, lng: 7.3205 } },
  { name: `${TOKEN} aiuto digitale`, description: `Aiuto ${TOKEN} con SPID.`, needs: ['digital'], free: true },
  { name: `${TOKEN} casa rifugio`, description: `Accoglienza ${TOKEN}.`, needs: ['anti-violence'], confidential: true, location: { address: 'Indirizzo segreto', city: 'Aosta', confidential: true } },
];

let browser: Browser;
let db: Db;
let ids: Record<string, string>;

beforeAll(async () => {
  ({ db } = openAppDatabase(inject('databaseUrl'), 2));
  const tenant = await db.selectFrom('tenant').select('id').where('slug', '=', 'aosta').executeTakeFirstOrThrow();
  ids = await seedFinderFixtures(db, tenant.id, FIXTURES, `${TOKEN} rete`);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await db?.destroy();
  expect(problems.csp).toEqual([]);
  expect(problems.pageErrors).toEqual([]);
});

const searchUrl = (lang: string, extra = '') => `${baseUrl}/aosta/search?q=${TOKEN}&hl=${lang}${extra}`;

async function resultNames(page: Page): Promise<string[]> {
  return (await page.locator('.result-title a').allTextContents()).map((s) => s.trim());
}

describe('public finder', () => {
  it('searches, filters and opens a service with JavaScript off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'it-IT' });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/aosta`);
    await page.getByRole('heading', { level: 1, name: it_.home.title }).waitFor();
    await page.getByLabel(it_.search.query).fill(TOKEN);
    await page.getByRole('button', { name: it_.search.submit, exact: true }).click();
    await page.getByText(/4 servizi trovati/).waitFor();
    expect((await resultNames(page)).sort()).toEqual(FIXTURES.filter((f) => !f.confidential).map((f) => f.name).sort());
    // The filters are a <details>: open it with a click (no script involved) and filter.
    await page.locator('details.filters summary').click();
    await page.getByLabel(it_.search.free, { exact: true }).check();
    await page.getByRole('button', { name: it_.search.submit, exact: true }).click();
    await page.getByText(/2 servizi trovati/).waitFor();
    expect(page.url()).toContain('free=1');
    await page.getByRole('link', { name: `${TOKEN} corso di italiano` }).click();
    await page.getByRole('heading', { level: 1, name: `${TOKEN} corso di italiano` }).waitFor();
    expect(await page.locator('.print-btn').isVisible()).toBe(false);
    // Report wrong information: a plain form POST, then back to the service with a thank-you.
    await page.getByRole('link', { name: it_.service.report }).click();
    await page.getByLabel(it_.report.reasons.wrong_hours).check();
    await page.getByLabel(it_.report.message).fill('Il mercoledì apre alle 10.');
    await page.getByRole('button', { name: it_.report.submit }).click();
    await page.getByText(it_.service.reported).waitFor();
    expect(await context.cookies()).toEqual([]);
    await context.close();
  });

  it('puts the quick exit first in keyboard order; it replaces the page, so Back skips the finder page', async () => {
    const context = await newWatchedContext(browser, problems);
    // The neutral site is answered here: the test never reaches the Internet.
    await context.route('https://www.google.com/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>meteo</title><p>meteo</p>' }));
    const page = await context.newPage();
    await page.goto(`${baseUrl}/aosta?hl=it`);
    await page.goto(searchUrl('it'));
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('quick-exit');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL('https://www.google.com/search?q=meteo');
    await page.goBack();
    expect(page.url()).toBe(`${baseUrl}/aosta?hl=it`);
    await context.close();
  });

  it('switches to Arabic, right to left, and keeps the language from page to page', async () => {
    const context = await newWatchedContext(browser, problems);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/aosta?hl=it`);
    await page.locator('.lang-switch summary').click();
    await page.getByRole('link', { name: 'العربية' }).click();
    await page.getByRole('heading', { level: 1, name: ar.home.title }).waitFor();
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('html').getAttribute('lang')).toBe('ar');
    await page.getByLabel(ar.search.query).fill(TOKEN);
    await page.getByRole('button', { name: ar.search.submit, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: ar.results.title }).waitFor();
    expect(await resultNames(page)).toContain(`${TOKEN} دورة اللغة الإيطالية`);
    await expectAccessible(page, 'results (ar)');
    await screenshot(page, 'finder-results-ar');
    await context.close();
  });

  it('draws one marker per located result over the comune outline, without any third-party request', async () => {
    const context = await newWatchedContext(browser, problems);
    const requests: string[] = [];
    context.on('request', (r) => requests.push(r.url()));
    const page = await context.newPage();
    await page.goto(`${baseUrl}/aosta/map?q=${TOKEN}&hl=it`);
    await page.locator('#finder-map[data-outline-drawn="true"]').waitFor();
    const located = await page.locator('.results li[data-lat]').count();
    expect(located).toBe(3);
    await expect.poll(() => page.locator('.leaflet-marker-icon').count()).toBe(located);
    expect(await page.locator('.results').textContent()).not.toContain('casa rifugio');
    await page.locator('.leaflet-marker-icon').first().focus();
    await page.keyboard.press('Enter');
    await page.locator('.leaflet-popup-content a').waitFor();
    await screenshot(page, 'finder-map');
    expect(requests.filter((u) => !u.startsWith(baseUrl))).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    await context.close();
  });

  it('stays within budget: ≤ 100 KB of compressed JavaScript on first load, ≤ 300 KB for the results page', async () => {
    const measure = async (url: string) => {
      const context = await browser.newContext({ locale: 'it-IT' });
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready);
      await page.waitForTimeout(300);
      const sizes = await page.evaluate(() =>
        [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')].map((e) => ({
          name: e.name,
          type: (e as PerformanceResourceTiming).initiatorType,
          size: (e as PerformanceResourceTiming).transferSize,
        })),
      );
      await context.close();
      const total = sizes.reduce((n, e) => n + e.size, 0);
      const js = sizes.filter((e) => e.name.endsWith('.js')).reduce((n, e) => n + e.size, 0);
      return { total, js, sizes };
    };
    const home = await measure(`${baseUrl}/aosta`);
    const results = await measure(searchUrl('it'));
    const map = await measure(`${baseUrl}/aosta/map?q=${TOKEN}&hl=it`);
    console.log(`finder transfer: home ${home.total} B (JS ${home.js} B), results ${results.total} B (JS ${results.js} B), map ${map.total} B (JS ${map.js} B)`);
    expect(results.sizes.every((e) => e.size > 0), JSON.stringify(results.sizes)).toBe(true);
    expect(home.js).toBeLessThanOrEqual(100 * 1024);
    expect(results.js).toBeLessThanOrEqual(100 * 1024);
    expect(results.total).toBeLessThanOrEqual(300 * 1024);
    expect(map.js).toBeLessThanOrEqual(100 * 1024);
  });

  it.each(['it', 'en', 'ar', 'uk'])('has no WCAG 2.1 AA violations on home, results, map and service pages (%s)', async (lang) => {
    const context: BrowserContext = await newWatchedContext(browser, problems);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/aosta?hl=${lang}`);
    await expectAccessible(page, `home (${lang})`);
    await page.goto(searchUrl(lang, '&free=1'));
    await expectAccessible(page, `results (${lang})`);
    await page.goto(`${baseUrl}/aosta/map?q=${TOKEN}&hl=${lang}`);
    await page.locator('#finder-map[data-outline-drawn="true"]').waitFor();
    await expectAccessible(page, `map (${lang})`);
    await page.goto(`${baseUrl}/aosta/services/${ids[`${TOKEN} corso di italiano`]}?hl=${lang}`);
    await expectAccessible(page, `service (${lang})`);
    if (lang === 'it') await screenshot(page, 'finder-service-it');
    await page.goto(`${baseUrl}/aosta/services/${ids[`${TOKEN} corso di italiano`]}/report?hl=${lang}`);
    await expectAccessible(page, `report (${lang})`);
    expect(await context.cookies()).toEqual([]);
    await context.close();
  });
});
