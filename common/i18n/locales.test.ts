import { describe, expect, it } from 'vitest';
import { isLiteralElement, isPoundElement, parse, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import { UI_LANGUAGES } from './languages.js';
import ar from './locales/ar.json' with { type: 'json' };
import en from './locales/en.json' with { type: 'json' };
import fr from './locales/fr.json' with { type: 'json' };
import it_ from './locales/it.json' with { type: 'json' };
import { ERROR_STATUS } from '../errors.js';

const LOCALES: Record<string, unknown> = { it: it_, en, fr, ar };

function flatten(obj: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(obj as Record<string, unknown>)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (v && typeof v === 'object') for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
    else out.set(key, String(v));
  }
  return out;
}

/** Names of the arguments a message uses, including those nested inside plural/select branches. */
function argumentNames(ast: MessageFormatElement[], out = new Set<string>()): Set<string> {
  for (const el of ast) {
    if (!isLiteralElement(el) && !isPoundElement(el) && 'value' in el && typeof el.value === 'string') out.add(el.value);
    if ('options' in el) for (const opt of Object.values(el.options)) argumentNames(opt.value, out);
    if ('children' in el) argumentNames(el.children, out);
  }
  return out;
}

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
