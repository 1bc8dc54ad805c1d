import { IntlMessageFormat } from 'intl-messageformat';
import ar from '../../../common/i18n/public/ar.json' with { type: 'json' };
import bn from '../../../common/i18n/public/bn.json' with { type: 'json' };
import en from '../../../common/i18n/public/en.json' with { type: 'json' };
import es from '../../../common/i18n/public/es.json' with { type: 'json' };
import fa from '../../../common/i18n/public/fa.json' with { type: 'json' };
import fr from '../../../common/i18n/public/fr.json' with { type: 'json' };
import it from '../../../common/i18n/public/it.json' with { type: 'json' };
import sq from '../../../common/i18n/public/sq.json' with { type: 'json' };
import ti from '../../../common/i18n/public/ti.json' with { type: 'json' };
import uk from '../../../common/i18n/public/uk.json' with { type: 'json' };
import ur from '../../../common/i18n/public/ur.json' with { type: 'json' };
import zh from '../../../common/i18n/public/zh.json' with { type: 'json' };
import { PUBLIC_LANGUAGES, RTL_LANGUAGES, type PublicLanguage } from '../directory/needs-taxonomy.js';

// The public finder speaks the twelve public languages (the staff app only four): its strings live
// in common/i18n/public/<lang>.json, checked for completeness by common/i18n/public/public-locales.test.ts.

export { PUBLIC_LANGUAGES, type PublicLanguage };

type Paths<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Paths<T[K], `${P}${K}.`>;
}[keyof T & string];
export type MsgKey = Paths<typeof it>;

export const PUBLIC_LOCALES: Record<PublicLanguage, unknown> = { it, en, fr, ar, es, uk, sq, zh, bn, ur, ti, fa };

/** Each language's name in that language, for the language switch. */
export const LANGUAGE_NAMES: Record<PublicLanguage, string> = {
  it: 'Italiano',
  en: 'English',
  fr: 'Français',
  ar: 'العربية',
  es: 'Español',
  uk: 'Українська',
  sq: 'Shqip',
  zh: '中文（简体）',
  bn: 'বাংলা',
  ur: 'اردو',
  ti: 'ትግርኛ',
  fa: 'فارسی',
};

/** BCP 47 tags for Intl: Chinese is the simplified script. */
export function intlLocale(lang: PublicLanguage): string {
  return lang === 'zh' ? 'zh-Hans' : lang;
}

export function isPublicLanguage(v: unknown): v is PublicLanguage {
  return typeof v === 'string' && (PUBLIC_LANGUAGES as readonly string[]).includes(v);
}

export function directionOf(lang: string): 'ltr' | 'rtl' {
  return (RTL_LANGUAGES as readonly string[]).includes(lang) ? 'rtl' : 'ltr';
}

/** The best public language for an Accept-Language header (Italian when none fits). */
export function negotiatePublicLanguage(header: string | undefined): PublicLanguage {
  if (!header) return 'it';
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { lang: (tag ?? '').toLowerCase().split('-')[0] ?? '', q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .filter((r) => r.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const r of ranked) if (isPublicLanguage(r.lang)) return r.lang;
  return 'it';
}

function lookup(tree: unknown, key: string): string | undefined {
  let node: unknown = tree;
  for (const part of key.split('.')) {
    if (!node || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

const compiled = new Map<string, IntlMessageFormat>();

/** A public-finder message in `lang` (Italian if a key were missing; the locale test forbids it). */
export function t(lang: PublicLanguage, key: MsgKey, params?: Record<string, string | number>): string {
  const id = `${lang}:${key}`;
  let fmt = compiled.get(id);
  if (!fmt) {
    const msg = lookup(PUBLIC_LOCALES[lang], key) ?? lookup(it, key) ?? key;
    fmt = new IntlMessageFormat(msg, intlLocale(lang));
    compiled.set(id, fmt);
  }
  return String(fmt.format(params));
}

/** Looks up a dynamic key (report reasons, target groups…), falling back to `fallback`. */
export function tDynamic(lang: PublicLanguage, key: string, fallback: string): string {
  return lookup(PUBLIC_LOCALES[lang], key) ?? lookup(it, key) ?? fallback;
}

/** A translator bound to one language, handed to the views. */
export interface Tr {
  lang: PublicLanguage;
  dir: 'ltr' | 'rtl';
  t(key: MsgKey, params?: Record<string, string | number>): string;
  dyn(key: string, fallback: string): string;
  date(d: Date | string): string;
  languageName(code: string): string;
  weekday(code: string): string;
  distance(metres: number): string;
}

const WEEKDAY_INDEX: Record<string, number> = { MO: 1, TU: 2, WE: 3, TH: 4, FR: 5, SA: 6, SU: 7 };

const translators = new Map<PublicLanguage, Tr>();

/** The translator for `lang`: built once per language (its Intl formatters are costly to create). */
export function translator(lang: PublicLanguage): Tr {
  let tr = translators.get(lang);
  if (!tr) translators.set(lang, (tr = makeTranslator(lang)));
  return tr;
}

function makeTranslator(lang: PublicLanguage): Tr {
  const loc = intlLocale(lang);
  const dateFmt = new Intl.DateTimeFormat(loc, { dateStyle: 'long', timeZone: 'Europe/Rome' });
  const dayFmt = new Intl.DateTimeFormat(loc, { weekday: 'long', timeZone: 'UTC' });
  let names: Intl.DisplayNames | null = null;
  try {
    names = new Intl.DisplayNames([loc, 'it'], { type: 'language' });
  } catch {
    names = null;
  }
  const km = new Intl.NumberFormat(loc, { style: 'unit', unit: 'kilometer', maximumFractionDigits: 1 });
  const m = new Intl.NumberFormat(loc, { style: 'unit', unit: 'meter', maximumFractionDigits: 0 });
  const languageNames = new Map<string, string>();
  return {
    lang,
    dir: directionOf(lang),
    t: (key, params) => t(lang, key, params),
    dyn: (key, fallback) => tDynamic(lang, key, fallback),
    // `date` columns are 'YYYY-MM-DD': read them at noon UTC so no time zone moves the day.
    date: (d) => dateFmt.format(typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d) ? new Date(`${d}T12:00:00Z`) : new Date(d)),
    languageName: (code) => {
      let name = languageNames.get(code);
      if (name === undefined) {
        let n: string | undefined;
        try {
          n = names?.of(code);
        } catch {
          n = undefined;
        }
        name = n && n !== code ? n : code;
        if (languageNames.size < 1000) languageNames.set(code, name);
      }
      return name;
    },
    // 2024-01-01 was a Monday (UTC): day N of that week names weekday N.
    weekday: (code) => dayFmt.format(new Date(Date.UTC(2024, 0, WEEKDAY_INDEX[code] ?? 1, 12))),
    distance: (metres) => (metres < 1000 ? m.format(Math.round(metres / 10) * 10) : km.format(metres / 1000)),
  };
}
