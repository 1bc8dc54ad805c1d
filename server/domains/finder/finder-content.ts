import type { TranslationMap } from '../../platform/db/directory-schema.js';
import type { Tr } from './finder-i18n.js';
import { html, raw, type Html } from './html.js';

// Service content in the visitor's language when the directory has it, else the Italian original,
// marked with lang="it" (and dir="ltr" on right-to-left pages) so that screen readers switch voice.

export interface Localized {
  text: string;
  /** The language the text is in. */
  lang: string;
  fallback: boolean;
}

const SNAKE: Record<string, string> = {
  eligibilityDescription: 'eligibility_description',
  applicationProcess: 'application_process',
  feesDescription: 'fees_description',
};

export function localized(tr: Tr, translations: TranslationMap | null | undefined, field: string, italian: string | null | undefined): Localized | null {
  const mine = translations?.[tr.lang];
  const own = tr.lang === 'it' ? null : (mine?.[field] ?? (SNAKE[field] ? mine?.[SNAKE[field]!] : undefined));
  if (own && own.trim()) return { text: own, lang: tr.lang, fallback: false };
  if (!italian || !italian.trim()) return null;
  return { text: italian, lang: 'it', fallback: tr.lang !== 'it' };
}

/** ` lang="it" dir="ltr"` for a fallback text, nothing otherwise. */
export function langAttrs(tr: Tr, c: Localized | null): Html {
  if (!c || !c.fallback) return raw('');
  return tr.dir === 'rtl' ? raw(' lang="it" dir="ltr"') : raw(' lang="it"');
}

/** Paragraphs of a multi-line text, each a <p>, in its language. */
export function paragraphs(tr: Tr, c: Localized | null, cls = ''): Html {
  if (!c) return raw('');
  const paras = c.text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  return html`${paras.map((p) => html`<p${cls ? raw(` class="${cls}"`) : ''}${langAttrs(tr, c)}>${p.split('\n').map((line, i) => html`${i ? raw('<br>') : ''}${line}`)}</p>`)}`;
}

/** Inline text in its language (a <span> only when it differs from the page's). */
export function inline(tr: Tr, c: Localized | null): Html {
  if (!c) return raw('');
  return c.fallback ? html`<span${langAttrs(tr, c)}>${c.text}</span>` : html`${c.text}`;
}

export function excerpt(text: string, max = 180): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if ([...flat].length <= max) return flat;
  const cut = [...flat].slice(0, max).join('');
  return `${cut.replace(/\s+\S*$/, '')}…`;
}
