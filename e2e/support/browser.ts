import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';

export const CHROMIUM_PATH = process.env.APPRODO_CHROMIUM ?? '/usr/bin/chromium';
export const SCREENSHOTS = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', 'screenshots');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** What the pages reported that a healthy app never causes: CSP violations and uncaught errors. */
export interface Problems {
  csp: string[];
  pageErrors: string[];
}

/**
 * A context whose pages report CSP violations twice over: the browser's console message and a
 * `securitypolicyviolation` listener installed before any app script runs.
 */
export async function newWatchedContext(browser: Browser, problems: Problems, locale = 'it-IT'): Promise<BrowserContext> {
  const context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(10_000);
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`csp-violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  context.on('page', (page) => watch(page, problems));
  return context;
}

function watch(page: Page, problems: Problems): void {
  page.on('console', (msg) => {
    const text = msg.text();
    if (/csp-violation|Content Security Policy/i.test(text)) problems.csp.push(`${page.url()}: ${text.slice(0, 300)}`);
  });
  page.on('pageerror', (err) => problems.pageErrors.push(`${page.url()}: ${err.message}`));
}

/** Runs axe for WCAG 2.1 A/AA on the current page and fails with a readable list of violations. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const found = results.violations.map(
    (v) => `${label}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`,
  );
  expect(found, `accessibility violations on ${label}`).toEqual([]);
}

/** Saves a full-page screenshot under e2e/screenshots/ and returns its size in bytes. */
export async function screenshot(page: Page, name: string): Promise<number> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return statSync(file).size;
}
