import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '../../../common/i18n/languages.js';
import ar from '../../../common/i18n/locales/ar.json' with { type: 'json' };
import en from '../../../common/i18n/locales/en.json' with { type: 'json' };
import fr from '../../../common/i18n/locales/fr.json' with { type: 'json' };
import itLocale from '../../../common/i18n/locales/it.json' with { type: 'json' };
import { ROLES } from '../../../common/permissions.js';
import { ORGANISATION_KINDS } from '../../../common/schemas/organisations.js';
import { TARGET_GROUPS } from '../../../common/schemas/directory.js';
import { ADMIN_LIST_SECTIONS } from '../domains/front-door/admin/admin-list-sections.js';

// Every UI string the staff app asks for must exist, with valid ICU syntax, in all four languages.
const LOCALES: Record<string, Record<string, unknown>> = { it: itLocale, en, fr, ar };
const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Keys built at run time, and the values they can take. A new template must be listed here. */
const TEMPLATES: Record<string, readonly string[]> = {
  'app.roles.${r}': ROLES,
  'app.organisations.kinds.${k}': ORGANISATION_KINDS,
  'app.organisations.kinds.${o.kind}': ORGANISATION_KINDS,
  'app.organisations.kinds.${org.kind}': ORGANISATION_KINDS,
  'app.organisations.${f}': ['slug', 'taxCode', 'email', 'phone', 'website', 'address'],
  'app.users.statuses.${s}': ['active', 'disabled'],
  'app.users.statuses.${status}': ['active', 'disabled'],
  'app.home.cards.${s.key}': ['organisations', 'users', 'audit'],
  'app.nav.${s.key}': ['organisations', 'users', 'audit'],
  'app.login.notice.${notice}': ['signedOut', 'sessionExpired', 'passwordChanged', 'passwordReset'],
  'app.users.actions.${action}Done': ['passwordLink', 'mfaReset'],
  'app.users.actions.${confirming}': ['passwordLink', 'mfaReset'],
  'app.users.actions.${confirming}Confirm': ['passwordLink', 'mfaReset'],
  // Audit actions and entities fall back to the raw code (defaultValue): any value is acceptable.
  'app.audit.actions.${a}': [],
  'app.audit.actions.${e.action}': [],
  'app.audit.entities.${e.entity}': [],
  'app.network.targetGroups.${g}': TARGET_GROUPS,
  'app.adminPeople.${section}.title': ADMIN_LIST_SECTIONS,
  'app.adminPeople.${section}.lead': ADMIN_LIST_SECTIONS,
  'app.adminPeople.${section}.new': ADMIN_LIST_SECTIONS,
  'app.adminPeople.${section}.empty': ADMIN_LIST_SECTIONS,
};

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.test.ts') ? [p] : [];
  });
}

function lookup(obj: Record<string, unknown>, key: string): unknown {
  return key.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), obj);
}

function flatten(obj: unknown, prefix = ''): [string, string][] {
  if (typeof obj === 'string') return [[prefix, obj]];
  return Object.entries(obj as Record<string, unknown>).flatMap(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k));
}

const code = sources(SRC).map((f) => readFileSync(f, 'utf8')).join('\n');
const literalKeys = [...new Set([...code.matchAll(/['`]((?:app|errors)\.[A-Za-z0-9_.]+)['`]/g)].map((m) => m[1]!))];
const templates = [...new Set([...code.matchAll(/`(app\.[^`]*\$\{[^`]*)`/g)].map((m) => m[1]!))];

describe('staff app translations', () => {
  it('finds the keys the code uses', () => {
    expect(literalKeys.length).toBeGreaterThan(150);
  });

  it('lists every run-time key template', () => {
    expect(templates.filter((t) => !(t in TEMPLATES))).toEqual([]);
  });

  for (const { code: lang } of UI_LANGUAGES) {
    it(`has every key in ${lang}`, () => {
      const expanded = Object.entries(TEMPLATES).flatMap(([tpl, values]) => values.map((v) => tpl.replace(/\$\{[^}]+\}/, v)));
      const missing = [...literalKeys, ...expanded].filter((k) => typeof lookup(LOCALES[lang]!, k) !== 'string');
      expect(missing).toEqual([]);
    });

    it(`has the same app keys and valid ICU messages in ${lang}`, () => {
      const keys = (l: string) => flatten(LOCALES[l]!.app).map(([k]) => k).sort();
      expect(keys(lang)).toEqual(keys('it'));
      const broken = flatten(LOCALES[lang]!.app).filter(([, msg]) => {
        try {
          new IntlMessageFormat(msg, lang);
          return false;
        } catch {
          return true;
        }
      });
      expect(broken).toEqual([]);
    });
  }
});
