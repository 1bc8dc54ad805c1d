import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, newWatchedContext, screenshot, type Problems } from './support/browser.js';
import { AR, chooseLanguage, heading, IT, mainNav, signInDemo } from './support/app.js';

const baseUrl = inject('baseUrl');
const problems: Problems = { csp: [], pageErrors: [] };
let browser: Browser;
let page: Page;

describe('the network view (coordinator, Aosta demo)', () => {
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await (await newWatchedContext(browser, problems)).newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens from the navigation and shows overlaps, gaps and searches', async () => {
    await signInDemo(page, baseUrl, 'coordinator');
    await heading(page, /Demo coordinator/);
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
  });

  it('reads right to left in Arabic, still accessible', async () => {
    await chooseLanguage(page, 'العربية');
    await heading(page, AR.network.title);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await page.getByRole('table', { name: AR.network.overlaps.title }).waitFor();
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
