import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, newWatchedContext, screenshot, type Problems } from './support/browser.js';
import { chooseLanguage, EN, heading, IT, mainNav, navLinks, signInDemo } from './support/app.js';

const baseUrl = inject('baseUrl');
const problems: Problems = { csp: [], pageErrors: [] };
let browser: Browser;
let page: Page;

describe('a front-desk operator (no MFA role)', () => {
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await (await newWatchedContext(browser, problems)).newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('reaches the forgot-password page from sign-in', async () => {
    await page.goto(`${baseUrl}/app/login`);
    await page.getByRole('link', { name: IT.login.forgot }).click();
    await heading(page, IT.forgot.title);
    await expectAccessible(page, 'forgot password');
    await page.getByLabel(IT.login.email).fill('front-desk@aosta.demo.approdo.it');
    await page.getByRole('button', { name: IT.forgot.submit }).click();
    await page.getByText(IT.forgot.sent).waitFor();
  });

  it('signs in with the password alone and sees no Users or Audit navigation', async () => {
    await signInDemo(page, baseUrl, 'front_desk');
    await heading(page, /Demo front desk/);
    const links = await navLinks(page);
    expect(links).toEqual([IT.nav.home, IT.frontDesk.nav, IT.personRecord.nav, IT.nav.organisations, IT.nav.directory]);
    expect(links).not.toContain(IT.nav.users);
    expect(links).not.toContain(IT.nav.audit);
    await expectAccessible(page, 'home (front desk)');
    await screenshot(page, 'home-front-desk');
  });

  it('is told politely that the users page is not for this role', async () => {
    await page.goto(`${baseUrl}/app/users`);
    await heading(page, IT.errorsPage.forbiddenTitle);
    await expectAccessible(page, 'forbidden');
    await page.goto(`${baseUrl}/app/audit`);
    await heading(page, IT.errorsPage.forbiddenTitle);
  });

  it('opens and closes the navigation on a narrow screen', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${baseUrl}/app/`);
    const toggle = page.getByRole('button', { name: IT.shell.openMenu });
    await toggle.waitFor();
    const link = mainNav(page).getByRole('link', { name: IT.nav.organisations });
    expect(await link.isVisible()).toBe(false);
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await link.waitFor({ state: 'visible' });
    await screenshot(page, 'menu-mobile');
    await link.click();
    await heading(page, IT.organisations.title);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await expectAccessible(page, 'organisations (narrow screen)');
  });

  it('signs out', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.locator('.it-header-slim-right-zone .app-menu').last().getByRole('button').click();
    await page.getByRole('button', { name: IT.shell.signOut }).click();
    await heading(page, IT.login.title);
    await page.getByText(IT.login.notice.signedOut).waitFor();
    await page.goto(`${baseUrl}/app/organisations`);
    await heading(page, IT.login.title);
  });

  it('keeps a language chosen on the sign-in page, and saves it to the account', async () => {
    await page.goto(`${baseUrl}/app/login`);
    await chooseLanguage(page, 'English');
    await heading(page, EN.login.title);
    await page.getByLabel(EN.login.email).fill('front-desk@aosta.demo.approdo.it');
    await page.getByLabel(EN.login.password, { exact: true }).fill('prova-approdo-2026-accesso');
    await page.getByRole('button', { name: EN.login.submit }).click();
    await heading(page, /Demo front desk/);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await mainNav(page, EN).getByRole('link').allTextContents()).toEqual([EN.nav.home, EN.frontDesk.nav, EN.personRecord.nav, EN.nav.organisations, EN.nav.directory]);
    // Saved on the account, not only in this browser: with the browser's memory wiped, still English.
    await page.evaluate(() => window.localStorage.clear());
    await page.reload();
    await heading(page, /Demo front desk/);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  });

  it('caused no CSP violation and no uncaught error', () => {
    expect(problems.csp).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
  });
});
