import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generate } from 'otplib';
import type { Page } from 'playwright-core';
import ar from '../../common/i18n/locales/ar.json' with { type: 'json' };
import en from '../../common/i18n/locales/en.json' with { type: 'json' };
import it from '../../common/i18n/locales/it.json' with { type: 'json' };
import { needsMfa, type Role } from '../../common/permissions.js';
import { DEMO_PASSWORD, demoEmail } from '../../server/demo/demo-data.js';
import { demoTotpSecret } from '../../server/demo/seed-demo.js';

/** The Italian UI strings, read from the locale file the app itself uses. */
export const IT = it.app;
export const AR = ar.app;
export const EN = en.app;

const TOTP_STEP_MS = 30_000;
const usedStepsFile = path.join(os.tmpdir(), 'approdo-e2e-totp-steps.json');

/**
 * A TOTP code for `secret` that the server has not seen yet. The server refuses a code twice (and
 * counts the refusal towards sign-in throttling), and the test files sign the same demo users in one
 * after another, so wait for the next 30-second step when this one was used already. The record is a
 * file because each test file runs in its own process.
 */
async function freshTotp(secret: string): Promise<string> {
  const used: Record<string, number> = existsSync(usedStepsFile) ? JSON.parse(readFileSync(usedStepsFile, 'utf8')) : {};
  let step = Math.floor(Date.now() / TOTP_STEP_MS);
  if ((used[secret] ?? -1) >= step) {
    await new Promise((r) => setTimeout(r, (step + 1) * TOTP_STEP_MS - Date.now() + 200));
    step = Math.floor(Date.now() / TOTP_STEP_MS);
  }
  used[secret] = step;
  writeFileSync(usedStepsFile, JSON.stringify(used));
  return generate({ secret, epoch: step * (TOTP_STEP_MS / 1000) });
}

export async function heading(page: Page, text: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name: text }).waitFor();
}

/** Fills the sign-in form; for roles with MFA also the second step, with a code from the demo secret. */
export async function signIn(page: Page, baseUrl: string, email: string, password: string, totpSecret?: string | null): Promise<void> {
  await page.goto(`${baseUrl}/app/login`);
  await heading(page, IT.login.title);
  await page.getByLabel(IT.login.email).fill(email);
  await page.getByLabel(IT.login.password, { exact: true }).fill(password);
  await page.getByRole('button', { name: IT.login.submit }).click();
  if (totpSecret) {
    const field = page.getByLabel(IT.login.totp);
    await field.waitFor();
    await field.fill(await freshTotp(totpSecret));
    await page.getByRole('button', { name: IT.login.verify }).click();
  }
}

export function signInDemo(page: Page, baseUrl: string, role: Role): Promise<void> {
  const email = demoEmail(role, 'aosta');
  return signIn(page, baseUrl, email, DEMO_PASSWORD, needsMfa([role]) ? demoTotpSecret(email) : null);
}

/** The main navigation, named in the current language. */
export function mainNav(page: Page, strings: typeof IT = IT) {
  return page.getByRole('navigation', { name: strings.shell.mainNavigation });
}

/** Opens the language menu in the header and picks a language by its own name. */
export async function chooseLanguage(page: Page, name: string): Promise<void> {
  await page.locator('.it-header-slim-right-zone .app-menu').first().getByRole('button').click();
  await page.getByRole('button', { name, exact: true }).click();
}

/** The labels of the main navigation links, in document order. */
export async function navLinks(page: Page): Promise<string[]> {
  const nav = mainNav(page);
  if ((await nav.count()) === 0) return [];
  return (await nav.getByRole('link').allTextContents()).map((s) => s.trim());
}

function decodeBody(raw: string): string {
  const [head = '', ...rest] = raw.split(/\r?\n\r?\n/);
  const body = rest.join('\n\n');
  if (/content-transfer-encoding:\s*base64/i.test(head)) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (/content-transfer-encoding:\s*quoted-printable/i.test(head)) {
    return Buffer.from(body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8');
  }
  return body;
}

/**
 * The path of the newest password link e-mailed to `email`, read from the server's outbox (the
 * link's host is the server's PUBLIC_URL, unknown here: the port is picked at start).
 */
export function passwordLinkFor(outboxDir: string, email: string): string | null {
  if (!existsSync(outboxDir)) return null;
  const files = readdirSync(outboxDir).filter((f) => f.endsWith('.eml')).sort().reverse();
  for (const f of files) {
    const raw = readFileSync(path.join(outboxDir, f), 'utf8');
    if (!raw.toLowerCase().includes(`to: ${email}`)) continue;
    const link = decodeBody(raw).match(/\/app\/reset-password#token=[A-Za-z0-9_-]+/);
    if (link) return link[0];
  }
  return null;
}
