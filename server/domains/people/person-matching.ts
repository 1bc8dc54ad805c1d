import anyAscii from 'any-ascii';
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { MatchReason } from '../../../common/schemas/people-views.js';

// How people are matched: names reduced to ASCII words (any-ascii transliterates Arabic, Cyrillic,
// Ge'ez, Chinese... so "Олена" meets "Olena"), phones reduced to their last nine digits, and the
// raw signals PostgreSQL computes (trigram similarity, shared phonetic codes, same phone) turned
// into one 0-100 score with its reasons. The same scale serves search before create and the
// coordinators' duplicate report, so that "80" means the same on both screens.

/** ASCII, lower-case, one space between words, each word once: what person_identity.search_names holds. */
export function searchNamesOf(parts: readonly (string | null | undefined)[]): string {
  const words: string[] = [];
  for (const part of parts) {
    if (!part) continue;
    for (const w of anyAscii(part).toLowerCase().split(/[^a-z0-9]+/)) {
      if (w && !words.includes(w)) words.push(w);
    }
  }
  return words.join(' ');
}

/** Every name an identity is known by, for search_names. */
export function identityNames(i: {
  givenName?: string | null;
  familyName?: string | null;
  givenNameOriginal?: string | null;
  familyNameOriginal?: string | null;
  aliases?: readonly string[] | null;
}): string[] {
  return [i.givenName, i.familyName, i.givenNameOriginal, i.familyNameOriginal, ...(i.aliases ?? [])].filter((n): n is string => !!n);
}

/** E.164 when the number parses (Italian numbers may come without a prefix), else as typed. */
export function normalisePhone(phone: string): string {
  const parsed = parsePhoneNumberFromString(phone, 'IT');
  return parsed?.isValid() ? parsed.number : phone.trim();
}

/** Same rule as the generated column person_identity.phone_key (migration 0009). */
export function phoneKeyOf(phone: string | null | undefined): string | null {
  const digits = (phone ?? '').replace(/[^0-9]/g, '');
  return digits ? digits.slice(-9) : null;
}

/** The name to show for a record: given and family name, else the names in their original script, else the first alias. */
export function displayNameOf(i: {
  givenName: string | null;
  familyName: string | null;
  givenNameOriginal: string | null;
  familyNameOriginal: string | null;
  aliases: readonly string[];
}): string {
  const latin = [i.givenName, i.familyName].filter(Boolean).join(' ');
  const original = [i.givenNameOriginal, i.familyNameOriginal].filter(Boolean).join(' ');
  return latin || original || i.aliases[0] || '';
}

export interface MatchSignals {
  /** pg_trgm word similarity of the searched names within the record's (0-1); 0 without a name. */
  nameSimilarity: number;
  /** Share of searched words with a phonetic code in common with the record (0-1). */
  phoneticShare: number;
  phoneMatch: boolean;
  searchedName: boolean;
  birthYear: { searched: number | null | undefined; record: number | null };
  citizenship: { searched: string | null | undefined; record: string | null };
}

// Weights: a name alone is at most 55 (a common name is weak evidence), the phone 35, birth year
// and citizenship confirm (+15/+10) or contradict (-20/-15). The name counts as its written
// likeness or, when higher, a blend weighted towards phonetic likeness: a name that only sounds
// alike ("إبراهيم" for a record spelt "Ibrahim", but also "Mahmoud" for "Mohammed") gets about 35,
// shown to whoever reaches the record, and needs a birth year or citizenship to go further.
const NAME_WEIGHT = 55;
const PHONE_POINTS = 35;

export function scoreMatch(s: MatchSignals): { score: number; reasons: MatchReason[] } {
  const reasons: MatchReason[] = [];
  let score = 0;
  if (s.searchedName) {
    score += NAME_WEIGHT * Math.max(s.nameSimilarity, 0.4 * s.nameSimilarity + 0.6 * s.phoneticShare);
    if (s.nameSimilarity >= 0.5) reasons.push('name');
    if (s.phoneticShare >= 0.5) reasons.push('phonetic');
  }
  if (s.phoneMatch) {
    score += PHONE_POINTS;
    reasons.push('phone');
  }
  const { searched: y, record: ry } = s.birthYear;
  if (y != null && ry != null) {
    const gap = Math.abs(y - ry);
    if (gap <= 1) reasons.push('birth_year');
    score += gap === 0 ? 15 : gap === 1 ? 10 : -20;
  }
  const { searched: c, record: rc } = s.citizenship;
  if (c && rc) {
    if (c === rc) reasons.push('citizenship');
    score += c === rc ? 10 : -15;
  }
  return { score: Math.max(0, Math.min(100, Math.round(score))), reasons };
}

/** Below this a candidate is noise and is not shown. */
export const MIN_SCORE = 30;
/**
 * Records out of the searcher's reach are signalled only from this score up: enough to prevent a
 * duplicate, not a way to probe the registry with loose guesses.
 */
export const MIN_SCORE_OUT_OF_REACH = 50;
