import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from '@formatjs/icu-messageformat-parser';
import { argumentNames, flatten } from '../locale-checks.js';
import { IntlMessageFormat } from 'intl-messageformat';
import { CONTENT_LANGUAGES, REPORT_REASONS, RESIDENCE_PERMIT_REQUIREMENTS, TARGET_GROUPS } from '../../schemas/directory.js';

// The public finder's strings: one file per public language, every key in every file, valid ICU
// with the same placeholders as Italian, and a message for every code the pages look up by name.

const dir = path.dirname(fileURLToPath(import.meta.url));
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
const LOCALES: Record<string, unknown> = Object.fromEntries(files.map((f) => [f.slice(0, -5), JSON.parse(readFileSync(path.join(dir, f), 'utf8'))]));



const flat = Object.fromEntries(Object.entries(LOCALES).map(([l, r]) => [l, flatten(r)]));
const allKeys = new Set(Object.values(flat).flatMap((m) => [...m.keys()]));

describe('public finder locale files', () => {
  it('exist for exactly the twelve public languages', () => {
    expect(Object.keys(LOCALES).sort()).toEqual([...CONTENT_LANGUAGES].sort());
  });

  it.each(Object.keys(LOCALES))('%s has every key that any locale has, none empty', (lang) => {
    expect([...allKeys].filter((k) => !flat[lang]!.has(k))).toEqual([]);
    expect([...flat[lang]!.entries()].filter(([, v]) => v.trim() === '').map(([k]) => k)).toEqual([]);
  });

  it.each(Object.keys(LOCALES))('%s messages are valid ICU with the same placeholders as Italian', (lang) => {
    const names = (msg: string) => [...argumentNames(parse(msg))].sort();
    for (const [key, msg] of flat[lang]!) {
      expect(() => new IntlMessageFormat(msg, lang === 'zh' ? 'zh-Hans' : lang).format({ count: 3, tenant: 'X', service: 'Y', organization: 'Z', date: 'D', min: 1, max: 2, page: 1, pages: 2, distance: '1 km' }), `${lang}:${key}`).not.toThrow();
      expect(new Set(names(msg)), `${lang}:${key}`).toEqual(new Set(names(flat.it!.get(key)!)));
    }
  });

  it('are really translated: no language but Italian repeats the Italian page title', () => {
    for (const lang of Object.keys(LOCALES).filter((l) => l !== 'it')) expect(flat[lang]!.get('home.title'), lang).not.toBe(flat.it!.get('home.title'));
  });

  it('name every target group, residence-permit rule and report reason', () => {
    for (const g of TARGET_GROUPS) expect(flat.it!.has(`groups.${g}`), g).toBe(true);
    for (const p of RESIDENCE_PERMIT_REQUIREMENTS) expect(flat.it!.has(`permit.${p}`), p).toBe(true);
    for (const r of REPORT_REASONS) expect(flat.it!.has(`report.reasons.${r}`), r).toBe(true);
  });
});
