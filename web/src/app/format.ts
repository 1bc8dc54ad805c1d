import { useTranslation } from 'react-i18next';

/** Dates and numbers in the reader's language, through Intl (Arabic gets its own digits and order). */
export function useFormat() {
  const { i18n } = useTranslation();
  const lang = i18n.language;
  return {
    dateTime(iso: string | null | undefined): string {
      if (!iso) return '';
      const d = new Date(iso);
      return Number.isNaN(d.getTime()) ? '' : new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(d);
    },
    date(iso: string | null | undefined): string {
      if (!iso) return '';
      const d = new Date(iso);
      return Number.isNaN(d.getTime()) ? '' : new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }).format(d);
    },
    number(n: number): string {
      return new Intl.NumberFormat(lang).format(n);
    },
  };
}

/**
 * Wraps user-supplied text (names, e-mails) in Unicode isolates before it goes into a translated
 * sentence, so a Latin name inside Arabic (or the reverse) keeps its own direction.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
