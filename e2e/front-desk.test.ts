import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD, demoEmail } from '../server/demo/demo-data.js';
import { demoTotpSecret } from '../server/demo/seed-demo.js';
import { expectAccessible, launchBrowser, newWatchedContext, screenshot, type Problems } from './support/browser.js';
import { AR, chooseLanguage, heading, IT, mainNav, signIn } from './support/app.js';

const baseUrl = inject('baseUrl');
const problems: Problems = { csp: [], pageErrors: [] };
let browser: Browser;
let context: BrowserContext;
let page: Page;
const F = IT.frontDesk;
// Letters only, so that the name sounds like no demo person (search is phonetic too).
const suffix = Array.from({ length: 6 }, () => 'bcdfghjklmnpqrstvz'[Math.floor(Math.random() * 18)]).join('');
const given = 'Zuleikha';
const family = `Tvardq${suffix}`;
let recordUrl = '';
let coordinator: Page;

/** The staff API as the signed-in user of `p`, from inside the page (its cookie and CSRF token). */
async function call<T>(p: Page, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
  const res = await p.evaluate(
    async ({ method, path, body, headers }) => {
      const session = await fetch('/api/auth/session').then((r) => r.json());
      const r = await fetch(path, {
        method,
        headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken, ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: r.status, text: await r.text() };
    },
    { method, path, body, headers },
  );
  if (res.status >= 400) throw new Error(`${method} ${path}: ${res.status} ${res.text}`);
  return (res.text ? JSON.parse(res.text) : undefined) as T;
}

/** Bootstrap Italia draws checkboxes on their labels: click the label, as a person would. */
async function tick(scope: ReturnType<Page['locator']> | Page, label: string): Promise<void> {
  await scope.getByText(label, { exact: true }).click();
  expect(await scope.getByLabel(label, { exact: true }).isChecked()).toBe(true);
}

/**
 * What the journey needs besides the demo data, made by a Potenza coordinator through the API when
 * missing: the front-desk operator working at an access point, and three public housing services.
 */
async function ensureFixtures(): Promise<void> {
  const c = await (await newWatchedContext(browser, problems)).newPage();
  coordinator = c;
  const email = demoEmail('coordinator', 'potenza');
  await signIn(c, baseUrl, email, DEMO_PASSWORD, demoTotpSecret(email));
  await heading(c, /Demo coordinator/);
  const users = await call<{ items: { id: string; email: string; organisation: { id: string } }[] }>(c, 'GET', '/api/users?q=front-desk');
  const frontDesk = users.items.find((u) => u.email === demoEmail('front_desk', 'potenza'))!;
  const points = await call<{ items: { id: string; operatorCount: number }[] }>(c, 'GET', '/api/access-points?active=true');
  let assigned = false;
  for (const ap of points.items.filter((a) => a.operatorCount > 0)) {
    const ops = await call<{ items: { userId: string }[] }>(c, 'GET', `/api/access-points/${ap.id}/operators`);
    if (ops.items.some((o) => o.userId === frontDesk.id)) assigned = true;
  }
  if (!assigned) {
    const hours = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'].map((day) => ({ day, opens: '07:00', closes: '22:00' }));
    const ap = await call<{ id: string; version: number }>(c, 'POST', '/api/access-points', {
      organisationId: frontDesk.organisation.id,
      kind: 'porta_sociale',
      name: `Porta Sociale e2e ${suffix}`,
      address: 'Via Pretoria 1',
      city: 'Potenza',
      latitude: 40.6394,
      longitude: 15.8032,
      openingHours: hours,
      languages: ['it', 'ar'],
    });
    await call(c, 'PUT', `/api/access-points/${ap.id}/operators`, { userIds: [frontDesk.id] }, { 'if-match': `"${ap.version}"` });
  }
  const housing = await call<{ items: unknown[] }>(c, 'GET', '/api/contacts/suggestions?needs=housing');
  if (housing.items.length < 3) {
    const orgs = await call<{ items: { id: string }[] }>(c, 'GET', '/api/directory/organizations');
    const places = await call<{ items: { id: string }[] }>(c, 'GET', '/api/directory/locations');
    for (let i = housing.items.length; i < 3; i++) {
      await call(c, 'POST', '/api/directory/services', {
        organizationId: orgs.items[0]!.id,
        name: `Sportello casa e2e ${i + 1}`,
        description: 'Orientamento alla ricerca di una casa in affitto.',
        needs: ['housing'],
        languages: ['it', 'ar'],
        locationIds: [places.items[0]!.id],
        publicationState: 'published',
        translations: { ar: { name: `مكتب السكن ${i + 1}` } },
      });
    }
  }
}

beforeAll(async () => {
  browser = await launchBrowser();
  await ensureFixtures();
  context = await newWatchedContext(browser, problems);
  page = await context.newPage();
});
afterAll(async () => {
  await browser?.close();
});

describe('a front-desk operator in Potenza receives a person', () => {
  it('searches first and finds no one like her', async () => {
    await signIn(page, baseUrl, demoEmail('front_desk', 'potenza'), DEMO_PASSWORD);
    await heading(page, /Demo front desk/);
    await mainNav(page).getByRole('link', { name: F.nav }).click();
    await heading(page, F.intake.title);
    expect(await page.getByLabel(F.accessPoint.label).inputValue()).not.toBe('');
    await page.getByLabel(F.search.name, { exact: true }).fill(`${given} ${family}`);
    await page.getByLabel(F.search.birthYear).fill('1994');
    await page.getByLabel(F.search.citizenship).selectOption('MA');
    await page.getByRole('status').filter({ hasText: F.search.noneFound }).waitFor();
    await expectAccessible(page, 'intake, search (it)');
    await screenshot(page, 'front-desk-search');
  });

  it('registers her minimally with the need "housing" and Arabic as her language', async () => {
    const started = Date.now();
    await page.getByRole('button', { name: F.search.registerNew }).click();
    await page.getByRole('heading', { name: F.register.title }).waitFor();
    expect(await page.getByLabel(F.register.givenName, { exact: true }).inputValue()).toBe(given);
    expect(await page.getByLabel(F.register.familyName, { exact: true }).inputValue()).toBe(family);
    // The age band follows from the year of birth typed in the search.
    expect(await page.getByLabel(F.register.ageBand).inputValue()).not.toBe('');
    await page.getByLabel(F.register.preferredLanguage).selectOption('ar');
    await tick(page.getByRole('group', { name: F.register.needs }), 'Casa');
    await expectAccessible(page, 'intake, registration (it)');
    await page.getByRole('button', { name: F.register.submit, exact: true }).click();
    const contactHeading = page.getByRole('heading', { name: new RegExp(`${given} ${family}`) });
    await contactHeading.waitFor();
    // Focus moves to the next step, where the operator continues.
    expect(await contactHeading.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(Date.now() - started).toBeLessThan(60_000);
  });

  it('suggests matching services and prints three of them in Arabic', async () => {
    const suggestions = page.getByRole('group', { name: F.suggestions.title });
    await suggestions.getByRole('checkbox').first().waitFor();
    const boxes = suggestions.getByRole('checkbox');
    expect(await boxes.count()).toBeGreaterThanOrEqual(3);
    // Exactly three ticked: the first three, nearest first.
    for (let i = 0; i < (await boxes.count()); i++) {
      const box = boxes.nth(i);
      if ((await box.isChecked()) !== i < 3) await suggestions.locator(`label[for="${await box.getAttribute('id')}"]`).click();
    }
    expect(await suggestions.getByRole('checkbox', { checked: true }).count()).toBe(3);
    expect(await suggestions.getByLabel(F.suggestions.printLanguage).inputValue()).toBe('ar');
    await expectAccessible(page, 'intake, contact (it)');
    await screenshot(page, 'front-desk-contact');
    const print = suggestions.locator('a[target="_blank"]');
    expect(await print.textContent()).toContain('(3)');
    const [tab] = await Promise.all([context.waitForEvent('page'), print.click()]);
    await tab.waitForLoadState();
    await tab.locator('.print-service').first().waitFor();
    expect(await tab.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await tab.locator('html').getAttribute('lang')).toBe('ar');
    expect(await tab.locator('.print-service').count()).toBe(3);
    await screenshot(tab, 'front-desk-print-ar');
    await tab.close();
  });

  it('saves the contact and opens her record', async () => {
    await page.getByLabel(F.contact.information).fill('Informata sugli sportelli casa del Comune.');
    await page.getByRole('button', { name: F.contact.save }).click();
    await page.getByRole('heading', { name: F.intake.doneTitle }).waitFor();
    await page.getByRole('link', { name: F.intake.openRecord }).click();
    await heading(page, `${given} ${family}`);
    recordUrl = page.url();
    const contacts = page.getByRole('region', { name: IT.personRecord.sections.contacts });
    await contacts.getByText('Informata sugli sportelli casa del Comune.').waitFor();
    await page.getByRole('region', { name: IT.personRecord.sections.consents }).getByRole('table').waitFor();
    await expectAccessible(page, 'person record (it)');
    await screenshot(page, 'person-record');
  });

  it('is told, not overwritten, when a colleague changed the record meanwhile', async () => {
    const id = recordUrl.split('/').pop()!;
    await page.getByRole('button', { name: IT.personRecord.edit, exact: true }).click();
    const form = page.getByRole('form', { name: IT.personRecord.editTitle });
    await form.getByLabel(IT.personRecord.fields.phone, { exact: true }).fill('+39 333 555 0101');
    await expectAccessible(page, 'person record, editing (it)');
    // A colleague saves first.
    const current = await call<{ version: number }>(page, 'GET', `/api/people/${id}?sections=core`);
    await call(page, 'PATCH', `/api/people/${id}`, { interpreterNeeded: true }, { 'if-match': `"${current.version}"` });
    await form.getByRole('button', { name: IT.common.save }).click();
    await form.getByText(IT.personRecord.conflict.title).waitFor();
    await form.getByRole('button', { name: IT.personRecord.conflict.reload }).click();
    // The form starts again from the colleague's version.
    await page.getByText(IT.personRecord.conflict.title).waitFor({ state: 'detached' });
    const fresh = page.getByRole('form', { name: IT.personRecord.editTitle });
    await expect.poll(() => fresh.getByLabel(IT.personRecord.fields.interpreterNeeded, { exact: true }).isChecked()).toBe(true);
    await fresh.getByLabel(IT.personRecord.fields.phone, { exact: true }).fill('+39 333 555 0101');
    await fresh.getByRole('button', { name: IT.common.save }).click();
    await page.getByText(IT.common.saved).waitFor();
    // The phone is stored normalised: compare its digits.
    const identity = page.getByRole('region', { name: IT.personRecord.sections.identity });
    await identity.getByText(/3335550101|333 555 0101/).waitFor();
  });

  it('sees the contact in the day view', async () => {
    await mainNav(page).getByRole('link', { name: F.nav }).click();
    await heading(page, F.intake.title);
    await page.getByRole('navigation', { name: F.sections }).getByRole('link', { name: F.tabs.day }).click();
    await heading(page, F.day.title);
    const contacts = page.getByRole('table', { name: F.day.contacts });
    await contacts.getByRole('link', { name: `${given} ${family}` }).waitFor();
    await expectAccessible(page, 'day view (it)');
    await screenshot(page, 'front-desk-day');
  });

  it('finds her now when searching before create', async () => {
    await page.getByRole('navigation', { name: F.sections }).getByRole('link', { name: F.tabs.intake }).click();
    await heading(page, F.intake.title);
    await page.getByLabel(F.search.name, { exact: true }).fill(`${given} ${family}`);
    await page.getByRole('button', { name: new RegExp(`${F.search.same}.*${family}`) }).waitFor();
    // The same screen on a tablet held upright.
    await page.setViewportSize({ width: 820, height: 1180 });
    await expectAccessible(page, 'intake, matches (it, tablet)');
    await screenshot(page, 'front-desk-match-tablet');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('works in Arabic, right to left, with no accessibility violations', async () => {
    await chooseLanguage(page, 'العربية');
    await heading(page, AR.frontDesk.intake.title);
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    await page.getByLabel(AR.frontDesk.search.name, { exact: true }).fill(`${given} ${family}`);
    await page.getByRole('button', { name: new RegExp(AR.frontDesk.search.same) }).first().waitFor();
    await expectAccessible(page, 'intake (ar)');
    await screenshot(page, 'front-desk-search-ar');
    await page.goto(recordUrl);
    await heading(page, `${given} ${family}`);
    await page.getByRole('region', { name: AR.personRecord.sections.consents }).getByRole('table').waitFor();
    await expectAccessible(page, 'person record (ar)');
    await mainNav(page, AR).getByRole('link', { name: AR.frontDesk.nav }).click();
    await heading(page, AR.frontDesk.intake.title);
    await page.getByRole('navigation', { name: AR.frontDesk.sections }).getByRole('link', { name: AR.frontDesk.tabs.day }).click();
    await heading(page, AR.frontDesk.day.title);
    await page.getByRole('table', { name: AR.frontDesk.day.contacts }).waitFor();
    await expectAccessible(page, 'day view (ar)');
    await screenshot(page, 'front-desk-day-ar');
    // Leave the demo account in Italian for the journeys that follow.
    await chooseLanguage(page, 'Italiano');
    await heading(page, F.day.title);
    expect(problems).toEqual({ csp: [], pageErrors: [] });
  });
});

describe('a Potenza coordinator', () => {
  it('merges two records that are the same person, and undoes it', async () => {
    // The same woman registered twice at two desks (a spelling variant, the same phone and year).
    const person = (givenName: string, check?: unknown) => ({
      givenName,
      familyName: `Qeltz${suffix}`,
      birthYear: 1990,
      citizenship: 'TN',
      phone: '+39 333 555 0199',
      ageBand: '30_54',
      needs: ['health'],
      ...(check ? { duplicateCheck: check } : {}),
    });
    const a = await call<{ id: string; core: { code: string } }>(coordinator, 'POST', '/api/people', person('Samira'));
    const b = await call<{ id: string; core: { code: string } }>(coordinator, 'POST', '/api/people', person('Sameera', { searched: true, candidates: [a.id], choice: 'uncertain' }));
    await coordinator.goto(`${baseUrl}/app/people/duplicates`);
    await heading(coordinator, IT.personRecord.duplicates.title);
    const table = coordinator.getByRole('table', { name: IT.personRecord.duplicates.title });
    // Finding pairs reads the whole registry: give it time on a busy machine.
    await table.waitFor({ timeout: 30_000 });
    await expectAccessible(coordinator, 'possible duplicates');
    const row = table.locator('tbody tr').filter({ hasText: a.core.code }).filter({ hasText: b.core.code });
    await row.getByRole('button', { name: IT.personRecord.duplicates.keep.replace('{code}', a.core.code) }).click();
    const dialog = coordinator.getByRole('dialog', { name: IT.personRecord.duplicates.confirmTitle });
    await dialog.getByText(b.core.code).first().waitFor();
    await dialog.getByRole('button', { name: IT.personRecord.duplicates.merge }).click();
    await coordinator.getByText(IT.personRecord.duplicates.merged.replace('{merged}', b.core.code).replace('{survivor}', a.core.code)).waitFor();
    // The merged record now answers 404; the undo brings it back.
    await expect(call(coordinator, 'GET', `/api/people/${b.id}?sections=core`)).rejects.toThrow(/404/);
    await coordinator.getByRole('button', { name: IT.personRecord.duplicates.undo }).click();
    await coordinator.getByText(IT.personRecord.duplicates.undone.replace('{merged}', b.core.code)).waitFor();
    expect((await call<{ core: { code: string } }>(coordinator, 'GET', `/api/people/${b.id}?sections=core`)).core.code).toBe(b.core.code);
  });

  it('finds the front-door settings accessible', async () => {
    await mainNav(coordinator).getByRole('link', { name: IT.adminPeople.nav }).click();
    await heading(coordinator, IT.adminPeople.accessPoints.title);
    await coordinator.getByRole('table', { name: IT.adminPeople.accessPoints.title }).waitFor();
    await expectAccessible(coordinator, 'access points');
    await coordinator.getByRole('table', { name: IT.adminPeople.accessPoints.title }).getByRole('link').first().click();
    await coordinator.getByRole('group', { name: IT.adminPeople.hours.title }).waitFor();
    await coordinator.getByRole('heading', { name: IT.adminPeople.operators.title }).waitFor();
    await expectAccessible(coordinator, 'access point editor');
    await screenshot(coordinator, 'access-point-editor');
    for (const [tab, title] of [
      [IT.adminPeople.tabs.projects, IT.adminPeople.projects.title],
      [IT.adminPeople.tabs.notices, IT.adminPeople.notices.title],
      [IT.adminPeople.tabs.legalBases, IT.adminPeople.legalBases.title],
    ] as const) {
      await coordinator.getByRole('navigation', { name: IT.adminPeople.sections }).getByRole('link', { name: tab }).click();
      await heading(coordinator, title);
      await coordinator.locator('main .progress-spinner').waitFor({ state: 'detached' });
      await expectAccessible(coordinator, title);
    }
    expect(problems).toEqual({ csp: [], pageErrors: [] });
  });
});
