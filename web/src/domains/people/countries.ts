import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { COUNTRY_CODES } from '../../../../common/reference/countries.js';

// Citizenship and birth country are stored as ISO 3166-1 alpha-2 codes (those with an ISTAT state
// code: the server accepts no other); their names come from the browser's own data
// (Intl.DisplayNames) in the reader's language. XX (stateless) has no name there: the caller
// passes its label.

/** A country's name in `lang` ("MA" → "Marocco"), or the code when the browser does not know it. */
export function countryName(code: string, lang: string, stateless = code): string {
  if (code === 'XX') return stateless;
  try {
    return new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Every country as a select option, sorted by its name in `lang`. */
export function countryOptions(lang: string, stateless: string): { value: string; label: string }[] {
  let names: Intl.DisplayNames | null = null;
  try {
    names = new Intl.DisplayNames([lang], { type: 'region' });
  } catch {
    names = null;
  }
  const collator = new Intl.Collator(lang);
  return COUNTRY_CODES.map((c) => ({ value: c, label: c === 'XX' ? stateless : (names?.of(c) ?? c) })).sort((a, b) => collator.compare(a.label, b.label));
}

/**
 * Languages offered for a person's preferred language and an access point's languages: those of
 * the public finder first (a printed list exists in them), then others often spoken at the front door.
 */
export const PERSON_LANGUAGES = [
  'it', 'en', 'fr', 'ar', 'es', 'uk', 'sq', 'zh', 'bn', 'ur', 'ti', 'fa',
  'am', 'bm', 'de', 'ha', 'hi', 'ig', 'ku', 'ln', 'pa', 'ps', 'pt', 'ro', 'ru', 'so', 'ta', 'tl', 'tr', 'tw', 'wo', 'yo',
] as const;

/** A language's name in the reader's language ("ar" → "arabo"). */
export function languageLabel(code: string, lang: string): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function languageOptions(lang: string, codes: readonly string[] = PERSON_LANGUAGES): { value: string; label: string }[] {
  return codes.map((c) => ({ value: c, label: languageLabel(c, lang) }));
}

/** Country names and options in the UI language (XX: "stateless", translated). */
export function useCountries() {
  const { t, i18n } = useTranslation();
  const stateless = t('people.stateless');
  const lang = i18n.language;
  const options = useMemo(() => countryOptions(lang, stateless), [lang, stateless]);
  return { name: (code: string | null | undefined) => (code ? countryName(code, lang, stateless) : ''), options };
}
