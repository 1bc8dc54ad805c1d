import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD, demoEmail } from '../server/demo/demo-data.js';
import { demoTotpSecret } from '../server/demo/seed-demo.js';
import { expectAccessible, launchBrowser, newWatchedContext, screenshot, type Problems } from './support/browser.js';
import { AR, chooseLanguage, heading, IT, mainNav, signIn } from './support/app.js';

const baseUrl = inject('baseUrl');
const problems: Problems = { csp: [], pageErrors: [] };
let browser: Browser;
let page: Page;
const D = IT.directory;
const I = D.import;
const token = Date.now().toString(36);

// A spreadsheet as a Comune keeps it: Italian headers, `;` between cells, a column ("Contatto")
// that no suggestion recognises, and one that is not mapped at all ("Note").
const goodCsv = [
  'Nome servizio;Ente gestore;Descrizione;Indirizzo;Comune;CAP;Telefono;Contatto;Bisogni;Lingue;Note',
  `Sportello casa ${token};Caritas ${token};Aiuto per cercare casa in affitto;Via Pretoria 12;Potenza;85100;+39 0971 000001;casa@esempio.it;housing,legal-documents;it,fr,ar;interno`,
  `Corso di italiano ${token};Scuola di lingua ${token};Lezioni serali gratuite;Via del Popolo 3;Potenza;85100;;;language;it,en;`,
].join('\n');
// Row 3 names a need that does not exist: the whole file is refused, row 2 included.
const badCsv = ['Nome servizio;Ente gestore;Bisogni', `Mensa ${token};Ente ${token};health`, `Dormitorio ${token};Ente ${token};cucina`].join('\n');

const label = (field: keyof typeof I.targets) => (field === 'name' ? I.mapping.required.replace('{field}', I.targets.name) : I.targets[field]);
const choose = (name: string, csv: string, encoding: BufferEncoding = 'utf8') =>
  page.getByLabel(I.file, { exact: true }).setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv, encoding) });

/** Names of the services of this run, as the API lists them: what is really in the directory, whatever the screen says. */
async function importedServices(): Promise<string[]> {
  const res = await page.request.get(`${baseUrl}/api/directory/services?q=${encodeURIComponent(token)}&limit=200`);
  expect(res.status()).toBe(200);
  return ((await res.json()) as { items: { name: string }[] }).items.map((s) => s.name).filter((n) => n.endsWith(token)).sort();
}

/** The "new" and "updated" cells of a report table's row. */
async function counts(tableName: string, rowName: string): Promise<string[]> {
  const row = page.getByRole('table', { name: tableName }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: rowName, exact: true }) });
  return (await row.getByRole('cell').allTextContents()).map((s) => s.trim());
}

describe('importing services from a spreadsheet', () => {
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await (await newWatchedContext(browser, problems)).newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens the import screen from the directory and maps the columns of a plain CSV', async () => {
    const email = demoEmail('tenant_admin', 'potenza');
    await signIn(page, baseUrl, email, DEMO_PASSWORD, demoTotpSecret(email));
    await mainNav(page).getByRole('link', { name: IT.nav.directory }).click();
    await heading(page, D.services.title);
    await page.getByRole('navigation', { name: D.sections }).getByRole('link', { name: D.tabs.import }).click();
    await heading(page, I.title);
    await expectAccessible(page, 'import screen, empty');

    await choose('servizi.csv', goodCsv);
    const mapping = page.getByRole('group', { name: I.mapping.legend });
    await mapping.waitFor();
    expect(await page.getByLabel(I.format).inputValue()).toBe('csv');
    // Suggested from the Italian headers.
    const suggested = { name: 'Nome servizio', organization: 'Ente gestore', description: 'Descrizione', address: 'Indirizzo', city: 'Comune', postcode: 'CAP', phone: 'Telefono', categories: 'Bisogni', languages: 'Lingue', email: '' } as const;
    for (const [field, column] of Object.entries(suggested)) expect(await mapping.getByLabel(label(field as keyof typeof I.targets), { exact: true }).inputValue(), field).toBe(column);
    await mapping.getByLabel(I.targets.email, { exact: true }).selectOption('Contatto');

    const preview = page.getByRole('table', { name: I.preview.caption });
    expect(await preview.getByRole('row').count()).toBe(3);
    const firstRow = (await preview.getByRole('row').nth(1).textContent()) ?? '';
    expect(firstRow).toContain(`Sportello casa ${token}`);
    expect(firstRow).toContain('casa@esempio.it');
    expect(firstRow).not.toContain('interno');
    await expectAccessible(page, 'import screen, column mapping');
    await screenshot(page, 'directory-import-mapping');
  });

  it('checks the file with a dry run that writes nothing, then imports it', async () => {
    expect(await page.getByRole('button', { name: I.run, exact: true }).count()).toBe(0);
    await page.getByRole('button', { name: I.check }).click();
    await page.getByRole('status').filter({ hasText: /Verifica riuscita/ }).waitFor();
    expect(await counts(I.report.checkedTitle, I.tables.service)).toEqual(['2', '0']);
    expect(await counts(I.report.checkedTitle, I.tables.organization)).toEqual(['2', '0']);
    expect(await counts(I.report.checkedTitle, I.tables.location)).toEqual(['2', '0']);
    expect(await importedServices()).toEqual([]);
    await expectAccessible(page, 'import screen, dry-run report');

    await page.getByRole('button', { name: I.run, exact: true }).click();
    await page.getByRole('status').filter({ hasText: /Importazione completata/ }).waitFor();
    expect(await counts(I.report.doneTitle, I.tables.service)).toEqual(['2', '0']);
    // The import button is gone: the result took the focus.
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(I.report.doneTitle);
    expect(await importedServices()).toEqual([`Corso di italiano ${token}`, `Sportello casa ${token}`]);
    await screenshot(page, 'directory-import-done');

    await page.getByRole('link', { name: I.toServices }).click();
    await heading(page, D.services.title);
    await page.goto(`${baseUrl}/app/directory?q=${encodeURIComponent(`Sportello casa ${token}`)}`);
    await page.getByRole('link', { name: `Sportello casa ${token}` }).waitFor();
  });

  it('re-imports the same sheet as updates, never duplicates', async () => {
    await page.goto(`${baseUrl}/app/directory/import`);
    await heading(page, I.title);
    await choose('servizi.csv', goodCsv);
    await page.getByRole('group', { name: I.mapping.legend }).getByLabel(I.targets.email, { exact: true }).selectOption('Contatto');
    await page.getByRole('button', { name: I.check }).click();
    await page.getByRole('status').filter({ hasText: /Verifica riuscita/ }).waitFor();
    expect(await counts(I.report.checkedTitle, I.tables.service)).toEqual(['0', '2']);
    // Changing the mapping after the check takes the import button away until it is checked again.
    await page.getByLabel(I.targets.description, { exact: true }).selectOption('');
    expect(await page.getByRole('button', { name: I.run, exact: true }).count()).toBe(0);
  });

  it('names the row and column of a bad file and imports nothing', async () => {
    await choose('servizi-errati.csv', badCsv);
    await page.getByRole('group', { name: I.mapping.legend }).waitFor();
    await page.getByRole('button', { name: I.check }).click();
    const alert = page.getByRole('alert').filter({ hasText: /Non è stato importato nulla/ });
    await alert.waitFor();
    const errors = page.getByRole('table', { name: I.report.errors });
    const row = errors.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '3', exact: true }) });
    expect((await row.getByRole('cell').allTextContents()).map((s) => s.trim())).toEqual(['Bisogni', 'Codice sconosciuto: cucina.', 'servizi-errati.csv']);
    expect(await page.getByRole('button', { name: I.run, exact: true }).count()).toBe(0);
    expect(await importedServices()).toEqual([`Corso di italiano ${token}`, `Sportello casa ${token}`]);
    await expectAccessible(page, 'import screen, file refused');
    await screenshot(page, 'directory-import-errors');
  });

  it('reads a sheet that Excel saved in Windows-1252, and imports it as UTF-8', async () => {
    await choose('attività.csv', ['Nome servizio;Ente;Città', `Attività estive ${token};Società sportiva ${token};Potenza`].join('\r\n'), 'latin1');
    await page.getByText(I.converted).waitFor();
    expect(await page.getByLabel(I.targets.city, { exact: true }).inputValue()).toBe('Città');
    expect(await page.getByRole('table', { name: I.preview.caption }).textContent()).toContain(`Attività estive ${token}`);
    await page.getByRole('button', { name: I.check }).click();
    await page.getByRole('button', { name: I.run, exact: true }).click();
    await page.getByRole('status').filter({ hasText: /Importazione completata/ }).waitFor();
    expect(await importedServices()).toContain(`Attività estive ${token}`);
  });

  it('lays the screen out right to left in Arabic, accessibly', async () => {
    await choose('servizi.csv', goodCsv);
    await page.getByRole('group', { name: I.mapping.legend }).waitFor();
    await chooseLanguage(page, 'العربية');
    await page.waitForFunction(() => document.documentElement.dir === 'rtl' && document.documentElement.lang === 'ar');
    await heading(page, AR.directory.import.title);
    const mapping = page.getByRole('group', { name: AR.directory.import.mapping.legend });
    await mapping.waitFor();
    // The first column of each row of fields now sits on the right.
    const file = (await page.getByLabel(AR.directory.import.file, { exact: true }).boundingBox())!;
    const format = (await page.getByLabel(AR.directory.import.format, { exact: true }).boundingBox())!;
    expect(file.x).toBeGreaterThan(format.x);
    await page.getByRole('button', { name: AR.directory.import.check }).click();
    await page.getByRole('table', { name: AR.directory.import.report.checkedTitle }).waitFor();
    await expectAccessible(page, 'import screen (Arabic)');
    await screenshot(page, 'directory-import-ar');
    await chooseLanguage(page, 'Italiano');
    await page.waitForFunction(() => document.documentElement.dir === 'ltr' && document.documentElement.lang === 'it');
  });

  it('offers the export of the whole directory as HSDS JSON and CSV datapackage', async () => {
    const links = page.getByRole('region', { name: I.exportHeading }).getByRole('link');
    expect(await links.allTextContents()).toEqual([I.exportJson, I.exportCsv]);
    const json = await page.request.get(new URL((await links.first().getAttribute('href'))!, baseUrl).toString());
    expect(json.status()).toBe(200);
    const body = (await json.json()) as { services: { name: string }[] };
    expect(body.services.map((s) => s.name)).toContain(`Sportello casa ${token}`);
    const zip = await page.request.get(new URL((await links.last().getAttribute('href'))!, baseUrl).toString());
    expect(zip.headers()['content-type']).toBe('application/zip');

    // The export goes back in through the same screen as HSDS JSON: no mapping, nothing new.
    await page.getByLabel(I.file, { exact: true }).setInputFiles({ name: 'elenco.json', mimeType: 'application/json', buffer: await json.body() });
    await expect.poll(() => page.getByLabel(I.format).inputValue()).toBe('hsds-json');
    expect(await page.getByRole('group', { name: I.mapping.legend }).count()).toBe(0);
    await page.getByRole('button', { name: I.check }).click();
    await page.getByRole('status').filter({ hasText: /Verifica riuscita/ }).waitFor();
    expect(await counts(I.report.checkedTitle, I.tables.service)).toEqual(['0', new Intl.NumberFormat('it').format(body.services.length)]);
    expect(problems).toEqual({ csp: [], pageErrors: [] });
  });

  it('is not offered to a partner, who may edit only its own services', async () => {
    const partner = await (await newWatchedContext(browser, problems)).newPage();
    await signIn(partner, baseUrl, demoEmail('partner_operator', 'potenza'), DEMO_PASSWORD);
    await mainNav(partner).waitFor();
    await partner.goto(`${baseUrl}/app/directory`);
    await heading(partner, D.services.title);
    const tabs = await partner.getByRole('navigation', { name: D.sections }).getByRole('link').allTextContents();
    expect(tabs).toContain(D.tabs.services);
    expect(tabs).not.toContain(D.tabs.import);
    await partner.goto(`${baseUrl}/app/directory/import`);
    await heading(partner, IT.errorsPage.forbiddenTitle);
    expect(await partner.getByLabel(I.file).count()).toBe(0);
    await partner.close();
  });
});
