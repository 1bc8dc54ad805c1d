import { generate } from 'otplib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, newWatchedContext, screenshot, type Problems } from './support/browser.js';
import { AR, chooseLanguage, heading, IT, mainNav, navLinks, passwordLinkFor, signIn, signInDemo } from './support/app.js';

const baseUrl = inject('baseUrl');

/** Bootstrap Italia draws checkboxes on their labels: click the label, as a person would. */
async function tick(p: Page, label: string): Promise<void> {
  await p.getByText(label, { exact: true }).click();
  expect(await p.getByLabel(label, { exact: true }).isChecked()).toBe(true);
}
const outboxDir = inject('outboxDir');
const problems: Problems = { csp: [], pageErrors: [] };
let browser: Browser;
let admin: BrowserContext;
let page: Page;

// One tenant administrator's working session, in the order a person would go through it.
describe('tenant administrator', () => {
  const stamp = Date.now().toString(36);
  const newUser = { email: `e2e-${stamp}@aosta.demo.approdo.it`, name: `Giulia Prova ${stamp}`, password: 'lanterna-ciliegia-fiume-2049' };
  let newUserPath = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    admin = await newWatchedContext(browser, problems);
    page = await admin.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('offers the skip link as the first Tab stop, and it moves focus to the content', async () => {
    await page.goto(`${baseUrl}/app/`);
    await heading(page, IT.login.title);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('it');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => ({ href: document.activeElement?.getAttribute('href'), text: document.activeElement?.textContent }));
    expect(focused).toEqual({ href: '#main-content', text: IT.shell.skipToContent });
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content');
    await expectAccessible(page, 'login');
    expect(await page.title()).toBe(`${IT.login.title} · Approdo`);
  });

  it('signs in with password and TOTP', async () => {
    await page.goto(`${baseUrl}/app/login`);
    await page.getByLabel(IT.login.email).fill('tenant-admin@aosta.demo.approdo.it');
    await page.getByLabel(IT.login.password, { exact: true }).fill('prova-approdo-2026-accesso');
    await page.getByRole('button', { name: IT.login.submit }).click();
    await page.getByLabel(IT.login.totp).waitFor();
    await expectAccessible(page, 'login, second step');
    await page.getByLabel(IT.login.totp).fill('000000');
    await page.getByRole('button', { name: IT.login.verify }).click();
    await page.getByRole('alert').filter({ hasText: /\S/ }).first().waitFor();
    await signInDemo(page, baseUrl, 'tenant_admin');
    await heading(page, /Demo tenant admin/);
    expect(await navLinks(page)).toEqual([IT.nav.home, IT.nav.organisations, IT.nav.directory, IT.nav.users, IT.nav.audit, IT.nav.network, IT.adminPeople.nav]);
    await expectAccessible(page, 'home');
    await screenshot(page, 'home-it');
  });

  it('switches to Arabic, right to left, and back', async () => {
    const ltrNav = mainNav(page).getByRole('link');
    const ltrFirst = (await ltrNav.first().boundingBox())!;
    const ltrLast = (await ltrNav.last().boundingBox())!;
    expect(ltrFirst.x).toBeLessThan(ltrLast.x);

    await chooseLanguage(page, 'العربية');
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
    const rtlNav = mainNav(page, AR).getByRole('link');
    expect(await rtlNav.first().textContent()).toBe(AR.nav.home);
    const rtlFirst = (await rtlNav.first().boundingBox())!;
    const rtlLast = (await rtlNav.last().boundingBox())!;
    const width = page.viewportSize()!.width;
    // The first item (Home) now starts on the right edge and the list runs leftwards.
    expect(rtlFirst.x).toBeGreaterThan(rtlLast.x);
    expect(rtlFirst.x + rtlFirst.width).toBeGreaterThan(width / 2);
    expect(rtlFirst.x).toBeGreaterThan(ltrFirst.x);
    expect(await screenshot(page, 'home-ar')).toBeGreaterThan(10_000);
    await expectAccessible(page, 'home (Arabic)');

    // The choice is saved on the account: a reload keeps Arabic.
    await page.reload();
    await page.waitForFunction(() => document.documentElement.lang === 'ar');
    await page.goto(`${baseUrl}/app/users`);
    await page.getByRole('table').waitFor();
    await screenshot(page, 'users-ar');
    await expectAccessible(page, 'users (Arabic)');

    await chooseLanguage(page, 'Italiano');
    await page.waitForFunction(() => document.documentElement.dir === 'ltr' && document.documentElement.lang === 'it');
  });

  it('shows organisations, and field errors next to the fields', async () => {
    await mainNav(page).getByRole('link', { name: IT.nav.organisations }).click();
    await heading(page, IT.organisations.title);
    await page.getByRole('table').waitFor();
    await expectAccessible(page, 'organisations');
    await page.getByRole('link', { name: 'La Sorgente' }).click();
    await heading(page, 'La Sorgente');
    await expectAccessible(page, 'organisation detail');

    await page.goto(`${baseUrl}/app/organisations/new`);
    await heading(page, IT.organisations.newTitle);
    await page.getByLabel(IT.organisations.name).fill('Cooperativa di prova');
    await page.getByLabel(IT.organisations.slug).fill('Non Valido!');
    await page.getByRole('button', { name: IT.common.save }).click();
    const slug = page.getByLabel(IT.organisations.slug);
    await page.waitForFunction(() => document.querySelector('[aria-invalid="true"]') !== null);
    expect(await slug.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await slug.getAttribute('aria-describedby')) ?? '';
    const errorText = await page.locator(`[id="${describedBy.split(' ').pop()}"]`).textContent();
    expect(errorText?.trim().length).toBeGreaterThan(0);
    await expectAccessible(page, 'organisation form with errors');
    await screenshot(page, 'organisation-form-errors');
  });

  it('creates a user, sends a password link and changes the roles', async () => {
    await mainNav(page).getByRole('link', { name: IT.nav.users }).click();
    await heading(page, IT.users.title);
    await page.getByRole('link', { name: IT.users.new }).click();
    await heading(page, IT.users.newTitle);
    await expectAccessible(page, 'new user form');
    await page.getByLabel(IT.users.email).fill(newUser.email);
    await page.getByLabel(IT.users.displayName).fill(newUser.name);
    await page.getByLabel(IT.users.organisation).selectOption({ label: 'La Sorgente' });
    await tick(page, IT.roles.front_desk);
    await page.getByRole('button', { name: IT.users.create }).click();
    await heading(page, newUser.name);
    await page.getByText(IT.users.created).waitFor();
    newUserPath = new URL(page.url()).pathname;
    expect(newUserPath).toMatch(/^\/app\/users\/[0-9a-f-]{36}$/);
    await expectAccessible(page, 'user detail');

    await page.getByRole('button', { name: IT.users.actions.passwordLink }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await expectAccessible(page, 'confirm dialog');
    await dialog.getByRole('button', { name: IT.common.confirm }).click();
    await page.getByRole('status').filter({ hasText: newUser.email }).waitFor();

    await tick(page, IT.roles.case_worker);
    await page.getByRole('button', { name: IT.common.save }).click();
    await page.getByText(IT.common.saved).waitFor();
    await screenshot(page, 'user-detail');
  });

  it('lets the new user set a password from the link and enrol TOTP', async () => {
    const link = passwordLinkFor(outboxDir, newUser.email);
    expect(link).toMatch(/^\/app\/reset-password#token=/);
    const context = await newWatchedContext(browser, problems);
    const p = await context.newPage();
    await p.goto(`${baseUrl}${link}`);
    await heading(p, IT.reset.title);
    expect(new URL(p.url()).hash).toBe('');
    await expectAccessible(p, 'reset password');
    await p.getByLabel(IT.password.new, { exact: true }).fill(newUser.password);
    await p.getByLabel(IT.password.confirm).fill(newUser.password);
    await p.getByRole('button', { name: IT.reset.submit }).click();
    await p.getByText(IT.login.notice.passwordReset).waitFor();

    await signIn(p, baseUrl, newUser.email, newUser.password);
    // case_worker needs a second factor: the app holds the user on the enrolment page.
    await heading(p, IT.mfa.setupTitle);
    const secret = (await p.getByTestId('mfa-secret').textContent())!.replace(/\s/g, '');
    await expectAccessible(p, 'MFA enrolment');
    await screenshot(p, 'mfa-setup');
    await p.getByLabel(IT.mfa.code).fill(await generate({ secret }));
    await p.getByRole('button', { name: IT.mfa.confirm }).click();
    await p.getByTestId('recovery-codes').waitFor();
    expect(await p.getByTestId('recovery-codes').getByRole('listitem').count()).toBe(10);
    await expectAccessible(p, 'recovery codes');
    await p.getByRole('button', { name: IT.mfa.continue }).click();
    await heading(p, new RegExp(newUser.name));
    expect(await navLinks(p)).toEqual([IT.nav.home, IT.frontDesk.nav, IT.personRecord.nav, IT.nav.organisations, IT.nav.directory, IT.nav.users]);
    await context.close();
  });

  it('disables the user, who then shows as disabled in the list', async () => {
    await page.goto(`${baseUrl}${newUserPath}`);
    await heading(page, newUser.name);
    await page.getByLabel(IT.common.status).selectOption('disabled');
    await page.getByRole('button', { name: IT.common.save }).click();
    await page.getByText(IT.common.saved).waitFor();

    await mainNav(page).getByRole('link', { name: IT.nav.users }).click();
    await heading(page, IT.users.title);
    await page.getByLabel(IT.users.search).fill(stamp);
    await page.getByLabel(IT.common.status).selectOption('disabled');
    await page.getByRole('button', { name: IT.common.filter }).click();
    await page.waitForURL(/status=disabled/);
    await page.waitForFunction(() => document.querySelectorAll('table tbody tr').length === 1);
    const row = page.getByRole('row', { name: new RegExp(newUser.name) });
    expect(await row.getByText(IT.users.statuses.disabled, { exact: true }).count()).toBe(1);
    await expectAccessible(page, 'users filtered');
  });

  it('finds those actions in the audit log', async () => {
    await mainNav(page).getByRole('link', { name: IT.nav.audit }).click();
    await heading(page, IT.audit.title);
    await page.getByLabel(IT.audit.entityId).fill(newUserPath.split('/').pop()!);
    await page.getByRole('button', { name: IT.common.filter }).click();
    await page.locator('[data-action="user.create"]').waitFor();
    expect(await page.locator('[data-action="user.create"]').count()).toBe(1);
    // Roles added, then status changed: two updates by the administrator.
    expect(await page.locator('[data-action="user.update"]').count()).toBe(2);
    expect(await page.locator('[data-action="user.password_link_sent"]').count()).toBe(1);
    // The new user's own steps are there too, under their name.
    expect(await page.locator('[data-action="auth.mfa_enabled"]').count()).toBe(1);
    expect(await page.locator('[data-action="auth.mfa_enabled"]').getByText(IT.audit.actions.auth.mfa_enabled).count()).toBe(1);
    expect(await page.getByRole('row').filter({ hasText: 'Demo tenant admin' }).count()).toBeGreaterThanOrEqual(3);
    await expectAccessible(page, 'audit');
    await screenshot(page, 'audit');
  });

  it('shows the profile', async () => {
    await page.locator('.it-header-slim-right-zone .app-menu').last().getByRole('button').click();
    await page.getByRole('link', { name: IT.shell.profile }).click();
    await heading(page, IT.profile.title);
    await expectAccessible(page, 'profile');
    await screenshot(page, 'profile');
  });

  it('caused no CSP violation and no uncaught error', () => {
    expect(problems.csp).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
  });
});
