import { describe, expect, it } from 'vitest';
import { parse } from '@formatjs/icu-messageformat-parser';
import { argumentNames, flatten } from './locale-checks.js';
import { IntlMessageFormat } from 'intl-messageformat';
import { UI_LANGUAGES } from './languages.js';
import ar from './locales/ar.json' with { type: 'json' };
import en from './locales/en.json' with { type: 'json' };
import fr from './locales/fr.json' with { type: 'json' };
import it_ from './locales/it.json' with { type: 'json' };
import { ERROR_STATUS } from '../errors.js';

const LOCALES: Record<string, unknown> = { it: it_, en, fr, ar };



const flat = Object.fromEntries(Object.entries(LOCALES).map(([l, r]) => [l, flatten(r)]));
const allKeys = new Set(Object.values(flat).flatMap((m) => [...m.keys()]));

describe('locale files', () => {
  it('exist for every UI language', () => {
    expect(Object.keys(LOCALES).sort()).toEqual(UI_LANGUAGES.map((l) => l.code).sort());
  });

  it.each(Object.keys(LOCALES))('%s has every key that any locale has, none empty', (lang) => {
    const missing = [...allKeys].filter((k) => !flat[lang]!.has(k));
    expect(missing).toEqual([]);
    const empty = [...flat[lang]!.entries()].filter(([, v]) => v.trim() === '').map(([k]) => k);
    expect(empty).toEqual([]);
  });

  it.each(Object.keys(LOCALES))('%s messages are valid ICU with the same placeholders as Italian', (lang) => {
    const names = (msg: string) => [...argumentNames(parse(msg))].sort();
    for (const [key, msg] of flat[lang]!) {
      expect(() => new IntlMessageFormat(msg, lang), `${lang}:${key}`).not.toThrow();
      const itMsg = flat.it!.get(key);
      if (itMsg !== undefined) expect(new Set(names(msg)), `${lang}:${key}`).toEqual(new Set(names(itMsg)));
    }
  });

  it('finds arguments nested in plural branches (sanity check of the placeholder comparison)', () => {
    expect([...argumentNames(parse('{n, plural, one {# file for {who}} other {Ecco # files}} {when, date}'))].sort()).toEqual(['n', 'when', 'who']);
  });

  it('translate every error code', () => {
    for (const code of Object.keys(ERROR_STATUS)) expect(flat.it!.has(`errors.${code}`), code).toBe(true);
  });
});
