import i18next, { type TFunction } from 'i18next';
import ICU from 'i18next-icu';
import { DEFAULT_LANGUAGE, UI_LANGUAGES, isUiLanguage, type UiLanguage } from '../../../common/i18n/languages.js';
import ar from '../../../common/i18n/locales/ar.json' with { type: 'json' };
import en from '../../../common/i18n/locales/en.json' with { type: 'json' };
import fr from '../../../common/i18n/locales/fr.json' with { type: 'json' };
import it from '../../../common/i18n/locales/it.json' with { type: 'json' };

export const LOCALE_RESOURCES: Record<UiLanguage, Record<string, unknown>> = { it, en, fr, ar };

const instance = i18next.createInstance();
await instance.use(ICU).init({
  resources: Object.fromEntries(UI_LANGUAGES.map((l) => [l.code, { translation: LOCALE_RESOURCES[l.code] }])),
  lng: DEFAULT_LANGUAGE,
  fallbackLng: DEFAULT_LANGUAGE,
  interpolation: { escapeValue: false },
  returnNull: false,
});

const fixed = new Map<UiLanguage, TFunction>();
for (const l of UI_LANGUAGES) fixed.set(l.code, instance.getFixedT(l.code));

/** Translates `key` in `lang` (falling back to Italian, the default). */
export function translate(lang: string, key: string, params?: Record<string, unknown>): string {
  const t = fixed.get(isUiLanguage(lang) ? lang : DEFAULT_LANGUAGE)!;
  return t(key, params ?? {}) as string;
}

export function hasKey(lang: UiLanguage, key: string): boolean {
  return instance.exists(key, { lng: lang, fallbackLng: false });
}
