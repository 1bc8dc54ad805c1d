import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD, demoEmail } from '../server/demo/demo-data.js';
import { demoTotpSecret } from '../server/demo/seed-demo.js';
import { expectAccessible, launchBrowser, newWatchedContext, screenshot, type Problems } from './support/browser.js';
import { heading, IT, mainNav, signIn } from './support/app.js';

const baseUrl = inject('baseUrl');
const problems: Problems = { csp: [], pageErrors: [] };
let browser: Browser;
let page: Page;
const D = IT.directory;

/** Bootstrap Italia draws checkboxes on their labels: click the label, as a person would. */
async function tick(scope: ReturnType<Page['locator']> | Page, label: string): Promise<void> {
  await scope.getByText(label, { exact: true }).click();
  expect(await scope.getByLabel(label, { exact: true }).isChecked()).toBe(true);
}

// A coordinator maps a new service: the potenza one, so that its one-time code is not one another
// journey has just used.
describe('a coordinator working on the service directory', () => {
  const name = `Sportello orientamento lavoro ${Date.now().toString(36)}`;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await (await newWatchedContext(browser, problems)).newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens the directory from the navigation and filters it', async () => {
    const email = demoEmail('coordinator', 'potenza');
    await signIn(page, baseUrl, email, DEMO_PASSWORD, demoTotpSecret(email));
    await heading(page, /Demo coordinator/);
    await mainNav(page).getByRole('link', { name: IT.nav.directory }).click();
    await heading(page, D.services.title);
    await page.getByRole('status').filter({ hasText: /\d/ }).first().waitFor();
    await expectAccessible(page, 'directory services');
    await page.getByLabel(D.services.overdueOnly).check({ force: true });
    await page.getByRole('button', { name: IT.common.filter }).click();
    await page.waitForURL(/overdue=true/);
    await expectAccessible(page, 'directory services, filtered');
  });

  it('creates a service with needs, languages and weekly hours', async () => {
    await page.getByRole('link', { name: D.services.new }).click();
    await heading(page, D.services.newTitle);
    await page.getByLabel(D.fields.name, { exact: true }).fill(name);
    const org = page.getByLabel(D.fields.organization, { exact: true });
    await org.selectOption({ index: 1 });
    await page.getByLabel(D.fields.description, { exact: true }).fill('Aiuto a scrivere il curriculum e a cercare lavoro.');
    await tick(page, IT.directory.targetGroups.neet);
    await tick(page, D.fields.freeOfCharge);
    const needs = page.getByRole('group', { name: D.fields.needs });
    await tick(needs, 'Lavoro e formazione');
    await tick(needs, 'Aiuto digitale');
    await page.getByRole('button', { name: D.schedules.add }).click();
    const rule = page.getByRole('group', { name: D.schedules.rule.replace('{n}', '1') });
    await tick(rule, D.weekdays.MO);
    await tick(rule, D.weekdays.WE);
    await rule.getByLabel(D.schedules.opensAt).fill('09:00');
    await rule.getByLabel(D.schedules.closesAt).fill('12:30');
    await page.getByRole('tab', { name: /inglese/i }).click();
    await page.getByLabel(`${D.fields.name} (inglese)`).fill('Job guidance desk');
    await expectAccessible(page, 'service editor');
    await screenshot(page, 'directory-service-editor');
    await page.getByRole('button', { name: IT.common.save }).click();
    await heading(page, name);
    await page.getByText(D.notices.created).waitFor();
  });

  it('shows the saved service with its hours, needs and history', async () => {
    const main = page.locator('main');
    const text = (await main.textContent()) ?? '';
    expect(text).toContain('Lavoro e formazione');
    expect(text).toContain('Aiuto digitale');
    expect(text).toContain(`${D.weekdays.MO}, ${D.weekdays.WE} dalle 09:00 alle 12:30`);
    expect(text).toContain(IT.directory.targetGroups.neet);
    const history = page.getByRole('table', { name: D.history.title });
    expect(await history.getByRole('row').count()).toBeGreaterThan(5);
    await expectAccessible(page, 'service detail');
    await screenshot(page, 'directory-service');
  });

  it('finds it in the list, and the task pages are accessible too', async () => {
    await page.goto(`${baseUrl}/app/directory?q=${encodeURIComponent(name)}`);
    await page.getByRole('link', { name }).waitFor();
    for (const [tab, title] of [
      [D.tabs.verification, D.verification.title],
      [D.tabs.changes, D.changes.title],
      [D.tabs.reports, D.reports.title],
      [D.tabs.duplicates, D.duplicates.title],
      [D.tabs.locations, D.locations.title],
    ] as const) {
      await page.getByRole('navigation', { name: D.sections }).getByRole('link', { name: tab }).click();
      await heading(page, title);
      await page.locator('main .progress-spinner').waitFor({ state: 'detached' });
      await expectAccessible(page, title);
    }
    await page.getByRole('link', { name: D.locations.new }).click();
    await heading(page, D.locations.newTitle);
    await expectAccessible(page, 'location editor');
    expect(problems).toEqual({ csp: [], pageErrors: [] });
  });
});
