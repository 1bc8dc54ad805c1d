import type { TranslationMap } from '../../platform/db/directory-schema.js';
import { hsdsField } from './metadata.js';

// Translations are stored as {lang: {hsds_field: text}} (HSDS field names, migration 0005) and
// spoken as {lang: {apiField: text}} by the staff API. The database layer camel-cases nested keys
// on the way out, so reading accepts both spellings.

type Input = Partial<Record<string, Partial<Record<string, string | undefined>>>>;

function camel(s: string): string {
  return s.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
}

/** For storage: snake_case fields, empty texts and empty languages dropped. */
export function toStoredTranslations(input: Input | undefined | null): TranslationMap {
  const out: TranslationMap = {};
  for (const [lang, fields] of Object.entries(input ?? {})) {
    const kept: Record<string, string> = {};
    for (const [f, v] of Object.entries(fields ?? {})) if (typeof v === 'string' && v.trim() !== '') kept[hsdsField(f)] = v.trim();
    if (Object.keys(kept).length) out[lang] = kept;
  }
  return out;
}

/** For the API: camelCase fields. */
export function fromStoredTranslations(stored: unknown): TranslationMap {
  const out: TranslationMap = {};
  if (!stored || typeof stored !== 'object') return out;
  for (const [lang, fields] of Object.entries(stored as Record<string, unknown>)) {
    if (!fields || typeof fields !== 'object') continue;
    const kept: Record<string, string> = {};
    for (const [f, v] of Object.entries(fields as Record<string, unknown>)) if (typeof v === 'string') kept[camel(f)] = v;
    out[lang] = kept;
  }
  return out;
}
