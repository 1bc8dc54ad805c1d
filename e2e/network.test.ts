import type { Browser, Locator, Page } from 'playwright-core';
import type { GapsResponse, OverlapsResponse } from '../common/schemas/network.js';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, newWatchedContext, screenshot, type Problems } from './support/browser.js';
import { AR, chooseLanguage, heading, IT, mainNav, signInDemo } from './support/app.js';

const baseUrl = inject('baseUrl');
const problems: Problems = { csp: [], pageErrors: [] };
let browser: Browser;
let page: Page;
/** Every script and stylesheet the staff app fetched, to see when Leaflet's chunk arrives. */
const assets: string[] = [];

const mapOf = (p: Page, strings = IT) => p.getByRole('region', { name: strings.network.map.label });
const overlapMarkers = (map: Locator) => map.locator('.net-marker-overlap');
const gapMarkers = (map: Locator) => map.locator('.net-marker-gap');
const leafletChunk = () => assets.filter((u) => /\/app\/assets\/NetworkMap-[\w-]+\.(js|css)$/.test(u));

/** What the map should draw, from the same reports the tables show. */
async function expectedMarkers(p: Page, gapQuery = ''): Promise<{ overlaps: number; hoods: string[] }> {
  const o = (await (await p.request.get(`${baseUrl}/api/network/overlaps?lang=it`)).json()) as OverlapsResponse;
  const g = (await (await p.request.get(`${baseUrl}/api/network/gaps?lang=it${gapQuery}`)).json()) as GapsResponse;
  const placed = new Set(g.centres.map((c) => c.neighbourhood));
  return {
    overlaps: o.items.flatMap((x) => x.services).filter((x) => x.latitude !== null).length,
    hoods: [...new Set(g.cells.map((c) => c.neighbourhood))].filter((h) => placed.has(h)).sort(),
  };
}

describe('the network view (coordinator, Aosta demo)', () => {
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await (await newWatchedContext(browser, problems)).newPage();
    page.on('request', (r) => {
      if (['script', 'stylesheet'].includes(r.resourceType())) assets.push(r.url());
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens from the navigation and shows overlaps, gaps and searches', async () => {
    await signInDemo(page, baseUrl, 'coordinator');
    await heading(page, /Demo coordinator/);
    // The rest of the staff app does not load Leaflet.
    expect(assets.some((u) => u.includes('/app/assets/'))).toBe(true);
    expect(leafletChunk()).toEqual([]);
    await mainNav(page).getByRole('link', { name: IT.nav.network }).click();
    await heading(page, IT.network.title);
    const overlaps = page.getByRole('table', { name: IT.network.overlaps.title });
    await overlaps.waitFor();
    // The demo's planned overlap: two morning Italian courses in Quartiere Cogne.
    const row = overlaps.getByRole('row').filter({ hasText: 'Italiano di quartiere — Cogne' });
    await row.waitFor();
    expect(await row.textContent()).toContain('Scuola di italiano Porte Aperte');
    expect(await row.textContent()).toContain('Quartiere Cogne');
    const gaps = page.getByRole('table', { name: IT.network.gaps.title });
    expect(await gaps.getByRole('row').count()).toBeGreaterThan(5);
    await page.getByRole('heading', { level: 2, name: IT.network.misses.title }).waitFor();
    // Never a shelter: the confidential case rifugio must not appear anywhere on the page.
    expect(await page.locator('main').textContent()).not.toMatch(/rifugio/i);
    await expectAccessible(page, 'network view');
    await screenshot(page, 'network');
  });

  it('draws the overlaps and gaps on a map without tiles, with popups opened from the keyboard', async () => {
    const map = mapOf(page);
    await map.waitFor();
    expect(leafletChunk().some((u) => u.endsWith('.js'))).toBe(true);
    expect(leafletChunk().some((u) => u.endsWith('.css'))).toBe(true);
    const want = await expectedMarkers(page);
    expect(want.overlaps).toBeGreaterThanOrEqual(2);
    expect(want.hoods.length).toBeGreaterThan(2);
    await expect.poll(() => overlapMarkers(map).count()).toBe(want.overlaps);
    expect(await gapMarkers(map).count()).toBe(want.hoods.length);
    const hoodLabels = await gapMarkers(map).evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
    for (const hood of want.hoods) expect(hoodLabels.some((l) => l.includes(hood))).toBe(true);
    // No tile server in the tests: a plain background, said in words, and no tile requested.
    expect(await map.locator('.leaflet-tile').count()).toBe(0);
    await page.getByText(IT.network.map.noTiles).waitFor();

    // The demo's planned overlap, reached by keyboard: Tab from the map to a marker, Enter opens it.
    const marker = map.getByRole('button', { name: /Italiano di quartiere — Cogne/ });
    expect(await marker.getAttribute('tabindex')).toBe('0');
    await marker.focus();
    expect(await marker.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    const popup = map.locator('.leaflet-popup');
    await popup.waitFor();
    const text = (await popup.textContent()) ?? '';
    expect(text).toContain('Italiano di quartiere — Cogne');
    expect(text).toContain('Scuola di italiano Porte Aperte');
    expect(await popup.getByRole('button', { name: IT.network.map.closePopup }).count()).toBe(1);
    expect(await map.textContent()).not.toMatch(/rifugio/i);
    await expectAccessible(page, 'network map with a popup open');
    await screenshot(page, 'network-map');

    // A gap marker lists the needs and the languages with no service.
    await gapMarkers(map).first().focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await popup.textContent()) ?? '').toMatch(/:/);
    expect(await popup.locator('li').count()).toBeGreaterThan(0);

    // The layers can be hidden; the tables stay.
    const showGaps = page.locator('label', { hasText: IT.network.map.showGaps });
    await showGaps.click();
    expect(await page.getByLabel(IT.network.map.showGaps).isChecked()).toBe(false);
    await expect.poll(() => gapMarkers(map).count()).toBe(0);
    expect(await overlapMarkers(map).count()).toBe(want.overlaps);
    await showGaps.click();
    await expect.poll(() => gapMarkers(map).count()).toBe(want.hoods.length);
  });

  it('filters the gaps and offers the CSV with the same filters', async () => {
    const form = page.getByRole('form', { name: IT.network.gaps.filters });
    await form.getByLabel(IT.network.gaps.neighbourhood).selectOption('Borgnalle');
    await form.getByRole('button', { name: IT.common.filter }).click();
    const gaps = page.getByRole('table', { name: IT.network.gaps.title });
    await gaps.getByRole('row').filter({ hasText: 'Borgnalle' }).first().waitFor();
    const hoods = await gaps.locator('tbody tr td:nth-child(2)').allTextContents();
    expect(new Set(hoods)).toEqual(new Set(['Borgnalle']));
    const link = page.getByRole('link', { name: IT.network.downloadGaps });
    const href = await link.getAttribute('href');
    expect(href).toContain('neighbourhood=Borgnalle');
    const res = await page.request.get(`${baseUrl}${href}`);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toMatch(/^text\/csv/);
    const lines = (await res.text()).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('need_code,need,neighbourhood,language,services_in_other_languages');
    expect(lines.slice(1).every((l) => l.includes(',Borgnalle,'))).toBe(true);
    // The map follows the same filters: one neighbourhood left.
    const map = mapOf(page);
    await expect.poll(() => gapMarkers(map).count()).toBe(1);
    expect(await gapMarkers(map).first().getAttribute('aria-label')).toContain('Borgnalle');
  });

  it('reads right to left in Arabic, still accessible', async () => {
    await chooseLanguage(page, 'العربية');
    await heading(page, AR.network.title);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await page.getByRole('table', { name: AR.network.overlaps.title }).waitFor();
    const map = mapOf(page, AR);
    await map.waitFor();
    await expect.poll(() => overlapMarkers(map).count()).toBeGreaterThanOrEqual(2);
    const marker = overlapMarkers(map).first();
    expect(await marker.getAttribute('aria-label')).toContain(AR.network.map.overlapPopup.split(' {')[0]!);
    await marker.focus();
    await page.keyboard.press('Enter');
    await map.locator('.leaflet-popup li').first().waitFor();
    expect(await map.locator('.leaflet-popup').getByRole('button', { name: AR.network.map.closePopup }).count()).toBe(1);
    await expectAccessible(page, 'network view (ar)');
    await chooseLanguage(page, 'Italiano');
    await heading(page, IT.network.title);
  });

  it('is not offered to a front-desk operator', async () => {
    const context = await newWatchedContext(browser, problems);
    const p = await context.newPage();
    await signInDemo(p, baseUrl, 'front_desk');
    await heading(p, /Demo front desk/);
    // Another file saves English on this account: set Italian, which the checks below are written in.
    await chooseLanguage(p, 'Italiano');
    await mainNav(p).getByRole('link', { name: IT.nav.home }).waitFor();
    expect(await mainNav(p).getByRole('link', { name: IT.nav.network }).count()).toBe(0);
    await p.goto(`${baseUrl}/app/network`);
    await heading(p, IT.errorsPage.forbiddenTitle);
    await context.close();
  });

  it('caused no CSP violation and no uncaught error', () => {
    expect(problems.csp).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
  });
});
