import { randomUUID } from 'node:crypto';
import { istatStateCode } from '../common/reference/countries.js';
import { ageBandOf } from '../common/schemas/people-vocabulary.js';
import { identityNames, searchNamesOf } from '../server/domains/people/person-matching.js';
import { NAME_GROUPS, parseName, type NameGroup, type ParsedName } from './people-names.js';

// A synthetic person registry for the people benchmark: names from bench/people-names.ts with
// their transliteration variants and original scripts, birth years, citizenships, phones, the
// registering organisation. search_names is computed by the person domain's own searchNamesOf, so
// the rows are what the intake writes; phonetic and phone_key are generated columns.

/** A small, fast, seeded PRNG (mulberry32): the same seed gives the same registry. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Group extends NameGroup {
  m: ParsedName[];
  f: ParsedName[];
  fam: ParsedName[];
}
const GROUPS: Group[] = NAME_GROUPS.map((g) => ({ ...g, m: g.male.map(parseName), f: g.female.map(parseName), fam: g.family.map(parseName) }));
const TOTAL_WEIGHT = GROUPS.reduce((s, g) => s + g.weight, 0);
const NEEDS = ['language', 'work-training', 'housing', 'health', 'legal-documents', 'family-childcare', 'education', 'income-support', 'community', 'digital'];
const LABOUR = ['employed', 'unemployed', 'inactive', 'in_education', 'self_employed', null] as const;
// Ages of people at Italian front doors: mostly working age, some young people, few elderly.
const AGES: [number, number, number][] = [[15, 17, 4], [18, 24, 20], [25, 29, 18], [30, 54, 48], [55, 64, 7], [65, 80, 3]];
// Variant choice: the first spelling is the most common.
const VARIANT_WEIGHTS = [0.55, 0.25, 0.12, 0.08];
// 31 symbols as in the app's person codes; bench codes are 8 symbols long (the app's are 6), so they never collide.
const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

function pick<T>(r: () => number, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)]!;
}
function weighted<T>(r: () => number, list: readonly [T, number][]): T {
  const total = list.reduce((s, [, w]) => s + w, 0);
  let x = r() * total;
  for (const [v, w] of list) if ((x -= w) < 0) return v;
  return list[list.length - 1]![0];
}
export function variantOf(r: () => number, n: ParsedName): number {
  const weights = VARIANT_WEIGHTS.slice(0, n.latin.length);
  return weighted(r, weights.map((w, i) => [i, w] as [number, number]));
}
function groupOf(r: () => number): Group {
  let x = r() * TOTAL_WEIGHT;
  for (const g of GROUPS) if ((x -= g.weight) < 0) return g;
  return GROUPS[0]!;
}
function benchCode(i: number): string {
  let s = '';
  for (let k = 0, n = i; k < 8; k++, n = Math.floor(n / 31)) s = CODE_ALPHABET[n % 31] + s;
  return `${s.slice(0, 4)}-${s.slice(4)}`;
}

export interface SyntheticPerson {
  id: string;
  code: string;
  organisationId: string;
  sex: 'female' | 'male';
  gender: 'woman' | 'man';
  ageBand: string;
  birthYear: number | null;
  birthYearEstimated: boolean;
  citizenship: string;
  citizenshipIstat: string | null;
  languages: string;
  preferredLanguage: string;
  needs: string;
  labourStatus: string | null;
  createdAt: string;
  givenName: string | null;
  familyName: string | null;
  givenNameOriginal: string | null;
  familyNameOriginal: string | null;
  aliases: string[];
  birthDate: string | null;
  phone: string | null;
  searchNames: string;
  /** For the query list: the names the person can be searched by, the year they would say. */
  names: { given: ParsedName; family: ParsedName; group: string };
  trueBirthYear: number;
}

/** Person `i` of the registry (deterministic for a seed and an index). */
export function syntheticPerson(i: number, seed: number, orgs: [string, number][], year: number): SyntheticPerson {
  const r = prng(seed * 1_000_003 + i);
  const g = groupOf(r);
  const woman = r() < 0.5;
  const given = pick(r, woman ? g.f : g.m);
  const family = pick(r, g.fam);
  const [amin, amax] = weighted(r, AGES.map(([a, b, w]) => [[a, b], w] as [[number, number], number]));
  const birthYear = year - (amin + Math.floor(r() * (amax - amin + 1)));
  // Minimal intakes record an age band only: about 3 % of the registry has no birth year.
  const yearKnown = r() >= 0.03;
  const withScript = !!given.original && !!family.original && r() < 0.45;
  const aliasOnly = r() < 0.02;
  const givenLatin = given.latin[variantOf(r, given)]!;
  const familyLatin = family.latin[variantOf(r, family)]!;
  const aliases = aliasOnly ? [givenLatin] : r() < 0.05 && given.latin.length > 1 ? [given.latin.find((v) => v !== givenLatin)!] : [];
  const names = {
    givenName: aliasOnly ? null : givenLatin,
    familyName: aliasOnly ? null : familyLatin,
    givenNameOriginal: withScript && !aliasOnly ? given.original : null,
    familyNameOriginal: withScript && !aliasOnly ? family.original : null,
    aliases,
  };
  const citizenship = weighted(r, g.countries);
  const created = Date.UTC(year - 3, 0, 1) + Math.floor(r() * 3 * 365 * 86_400_000);
  // Distinct mobile numbers: a permutation of the index modulo a prime below 10^9.
  const phone = r() < 0.65 ? `+393${String((i * 48_271 + 12_345) % 999_999_937).padStart(9, '0')}` : null;
  const needCount = 1 + Math.floor(r() * 2);
  return {
    id: randomUUID(),
    code: benchCode(i),
    organisationId: weighted(r, orgs),
    sex: woman ? 'female' : 'male',
    gender: woman ? 'woman' : 'man',
    ageBand: ageBandOf(birthYear),
    birthYear: yearKnown ? birthYear : null,
    birthYearEstimated: yearKnown && r() < 0.1,
    citizenship,
    citizenshipIstat: istatStateCode(citizenship),
    languages: g.languages.join(','),
    preferredLanguage: g.languages[0]!,
    needs: Array.from({ length: needCount }, () => pick(r, NEEDS)).filter((v, k, a) => a.indexOf(v) === k).join(','),
    labourStatus: pick(r, LABOUR),
    createdAt: new Date(created).toISOString(),
    ...names,
    birthDate: yearKnown && r() < 0.3 ? `${birthYear}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}` : null,
    phone,
    searchNames: searchNamesOf(identityNames(names)),
    names: { given, family, group: g.key },
    trueBirthYear: birthYear,
  };
}

export interface BenchQuery {
  kind: 'variant' | 'script' | 'new';
  q: string;
  birthYear: number;
  /** The registered person the search is for (variant and script searches). */
  personId?: string;
}

/**
 * What operators type at intake: someone registered before, written with other spellings (half),
 * in the original script (a fifth), or a person not registered yet (the rest).
 */
export function benchQueries(samples: SyntheticPerson[], count: number, seed: number, year: number): BenchQuery[] {
  const r = prng(seed ^ 0x5eed);
  const out: BenchQuery[] = [];
  while (out.length < count) {
    const x = r();
    const s = pick(r, samples);
    const { given, family } = s.names;
    if (x < 0.5) {
      const other = (n: ParsedName, used: string | null) => n.latin.find((v) => v !== used) ?? n.latin[0]!;
      const shift = r() < 0.25 ? (r() < 0.5 ? -1 : 1) : 0;
      out.push({ kind: 'variant', q: `${other(given, s.givenName)} ${other(family, s.familyName)}`, birthYear: s.trueBirthYear + shift, personId: s.id });
    } else if (x < 0.7 && given.original && family.original) {
      out.push({ kind: 'script', q: `${given.original} ${family.original}`, birthYear: s.trueBirthYear, personId: s.id });
    } else {
      const g = pick(r, GROUPS);
      const n = pick(r, r() < 0.5 ? g.m : g.f);
      const f = pick(r, g.fam);
      out.push({ kind: 'new', q: `${n.latin[variantOf(r, n)]} ${f.latin[variantOf(r, f)]}`, birthYear: year - 18 - Math.floor(r() * 45) });
    }
  }
  return out;
}
