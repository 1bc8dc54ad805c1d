// UI languages of the staff app. `dir` drives the document direction.
export const UI_LANGUAGES = [
  { code: 'it', name: 'Italiano', dir: 'ltr' },
  { code: 'en', name: 'English', dir: 'ltr' },
  { code: 'fr', name: 'Français', dir: 'ltr' },
  { code: 'ar', name: 'العربية', dir: 'rtl' },
] as const;

export type UiLanguage = (typeof UI_LANGUAGES)[number]['code'];
export const DEFAULT_LANGUAGE: UiLanguage = 'it';

export function isUiLanguage(value: string | undefined | null): value is UiLanguage {
  return !!value && UI_LANGUAGES.some((l) => l.code === value);
}

export function directionOf(lang: string): 'ltr' | 'rtl' {
  return UI_LANGUAGES.find((l) => l.code === lang)?.dir ?? 'ltr';
}

/** Picks the best supported language from an Accept-Language header. */
export function negotiateLanguage(header: string | undefined): UiLanguage {
  if (!header) return DEFAULT_LANGUAGE;
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { lang: (tag ?? '').toLowerCase().split('-')[0] ?? '', q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .sort((a, b) => b.q - a.q);
  for (const r of ranked) if (isUiLanguage(r.lang)) return r.lang;
  return DEFAULT_LANGUAGE;
}
