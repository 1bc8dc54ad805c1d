import i18next from 'i18next';
import ICU from 'i18next-icu';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, UI_LANGUAGES, directionOf, isUiLanguage, negotiateLanguage, type UiLanguage } from '../../../common/i18n/languages.js';
import ar from '../../../common/i18n/locales/ar.json' with { type: 'json' };
import en from '../../../common/i18n/locales/en.json' with { type: 'json' };
import fr from '../../../common/i18n/locales/fr.json' with { type: 'json' };
import it from '../../../common/i18n/locales/it.json' with { type: 'json' };

// The same locale files the server translates its errors and e-mails with; the UI's own strings
// live under their `app` key.
const RESOURCES: Record<UiLanguage, Record<string, unknown>> = { it, en, fr, ar };
const STORAGE_KEY = 'approdo.language';

function storedLanguage(): UiLanguage | null {
  try {
    const v = window.localStorage.getItem(STORAGE_KEY);
    return isUiLanguage(v) ? v : null;
  } catch {
    return null;
  }
}

export function rememberLanguage(lang: UiLanguage): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Private browsing may refuse storage; the choice then lasts for this page only.
  }
}

function applyToDocument(lang: string): void {
  document.documentElement.lang = lang;
  document.documentElement.dir = directionOf(lang);
}

export const i18n = i18next.createInstance();

i18n.on('languageChanged', applyToDocument);

void i18n
  .use(ICU)
  .use(initReactI18next)
  .init({
    resources: Object.fromEntries(UI_LANGUAGES.map((l) => [l.code, { translation: RESOURCES[l.code] }])),
    lng: storedLanguage() ?? negotiateLanguage(navigator.languages?.join(',') || navigator.language),
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: UI_LANGUAGES.map((l) => l.code),
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
    react: { useSuspense: false },
  });

export function currentLanguage(): UiLanguage {
  return isUiLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
}
