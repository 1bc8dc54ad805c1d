import { describe, expect, it } from 'vitest';
import { istatStateCode, isIstatMunicipalityCode, isoFromIstat, COUNTRY_CODES } from '../../../common/reference/countries.js';
import { displayNameOf, normalisePhone, phoneKeyOf, scoreMatch, searchNamesOf, type MatchSignals } from './person-matching.js';
import { newPersonCode } from './commands/register-person.js';
import { versionFromIfMatch } from '../../platform/http/if-match.js';

// The pure parts of matching and intake: transliteration, phones, scores, codes, If-Match.

const base: MatchSignals = {
  searchedName: true,
  nameSimilarity: 0,
  phoneticShare: 0,
  phoneMatch: false,
  birthYear: { searched: null, record: null },
  citizenship: { searched: null, record: null },
};

describe('names and phones', () => {
  it('transliterates every script to lower-case ASCII words, each once', () => {
    expect(searchNamesOf(['Олена', 'Шевченко', 'Olena'])).toBe('olena shevchenko');
    expect(searchNamesOf(['محمد', "O'Brien", 'Łukasz  Nowak'])).toBe('mhmd o brien lukasz nowak');
    expect(searchNamesOf([null, undefined, ''])).toBe('');
  });

  it('normalises phones to E.164 when they parse (Italian by default), keeps the rest as typed', () => {
    expect(normalisePhone('333 123 4567')).toBe('+393331234567');
    expect(normalisePhone('0039 333 1234567')).toBe('+393331234567');
    expect(normalisePhone('+212 6 12 34 56 78')).toBe('+212612345678');
    expect(normalisePhone(' 12 ')).toBe('12');
    expect(phoneKeyOf('+393331234567')).toBe(phoneKeyOf('333-123-4567'));
    expect(phoneKeyOf('')).toBeNull();
  });

  it('shows given and family name, else the original script, else the first alias', () => {
    const none = { givenName: null, familyName: null, givenNameOriginal: null, familyNameOriginal: null, aliases: [] };
    expect(displayNameOf({ ...none, givenName: 'Amina', familyName: 'Diallo' })).toBe('Amina Diallo');
    expect(displayNameOf({ ...none, givenNameOriginal: 'Олена' })).toBe('Олена');
    expect(displayNameOf({ ...none, aliases: ['Mama Ngozi'] })).toBe('Mama Ngozi');
  });
});

describe('scores', () => {
  it('gives an exact name 55, confirmed by birth year and citizenship up to 80, with the phone 100', () => {
    expect(scoreMatch({ ...base, nameSimilarity: 1, phoneticShare: 1 })).toEqual({ score: 55, reasons: ['name', 'phonetic'] });
    const confirmed = { ...base, nameSimilarity: 1, phoneticShare: 1, birthYear: { searched: 1990, record: 1990 }, citizenship: { searched: 'MA', record: 'MA' } };
    expect(scoreMatch(confirmed).score).toBe(80);
    expect(scoreMatch({ ...confirmed, phoneMatch: true })).toEqual({ score: 100, reasons: ['name', 'phonetic', 'phone', 'birth_year', 'citizenship'] });
  });

  it('lets a contradicting birth year or citizenship pull a score down, and a sound-alike name stay low', () => {
    const name = { ...base, nameSimilarity: 0.8, phoneticShare: 1 };
    expect(scoreMatch({ ...name, birthYear: { searched: 1990, record: 1991 } }).score).toBeGreaterThan(scoreMatch(name).score);
    expect(scoreMatch({ ...name, birthYear: { searched: 1990, record: 1970 } }).score).toBeLessThan(scoreMatch(name).score);
    expect(scoreMatch({ ...name, citizenship: { searched: 'MA', record: 'TN' } }).reasons).not.toContain('citizenship');
    const soundsAlike = scoreMatch({ ...base, nameSimilarity: 0.1, phoneticShare: 1 });
    expect(soundsAlike.reasons).toEqual(['phonetic']);
    expect(soundsAlike.score).toBeLessThan(50);
    expect(scoreMatch({ ...base, searchedName: false, phoneMatch: true })).toEqual({ score: 35, reasons: ['phone'] });
  });
});

describe('codes, versions and reference data', () => {
  it('makes short codes from an alphabet without look-alike characters', () => {
    const codes = new Set(Array.from({ length: 200 }, () => newPersonCode()));
    expect(codes.size).toBeGreaterThan(195);
    for (const c of codes) expect(c).toMatch(/^[2-9A-HJKMNP-Z]{3}-[2-9A-HJKMNP-Z]{3}$/);
  });

  it('reads If-Match as "n", W/"n" or n; refuses the wildcard and junk; requires it', () => {
    expect(versionFromIfMatch('"7"')).toBe(7);
    expect(versionFromIfMatch('W/"12"')).toBe(12);
    expect(versionFromIfMatch('3')).toBe(3);
    expect(() => versionFromIfMatch(undefined)).toThrow('PRECONDITION_REQUIRED');
    expect(() => versionFromIfMatch('*')).toThrow('VALIDATION_FAILED');
    expect(() => versionFromIfMatch('"abc"')).toThrow('VALIDATION_FAILED');
  });

  it('maps ISO alpha-2 to ISTAT state codes and back, for every state of the target groups', () => {
    const expected: Record<string, string> = { IT: '100', AL: '201', UA: '243', MA: '436', TN: '460', EG: '419', NG: '443', SN: '450', GN: '425', CI: '404', ER: '466', ET: '420', SO: '453', SD: '455', BD: '305', PK: '344', AF: '301', IN: '330', CN: '314', PE: '615', CO: '608', BR: '605', XK: '272', XX: '999' };
    for (const [iso, istat] of Object.entries(expected)) {
      expect(istatStateCode(iso), iso).toBe(istat);
      expect(isoFromIstat(istat), istat).toBe(iso);
    }
    expect(istatStateCode('ZZ')).toBeNull();
    expect(new Set(COUNTRY_CODES).size).toBe(COUNTRY_CODES.length);
    expect(COUNTRY_CODES.length).toBeGreaterThan(200);
    expect(isIstatMunicipalityCode('076063')).toBe(true);
    expect(isIstatMunicipalityCode('76063')).toBe(false);
  });
});
