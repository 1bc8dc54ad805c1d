import { z } from 'zod';
import { PERSON_SECTIONS } from './people.js';
import {
  AGE_BANDS,
  DISABILITY_ANSWERS,
  GENDERS,
  INTERPRETER_GENDERS,
  LABOUR_STATUSES,
  SEXES,
} from './people-vocabulary.js';

// What the staff API answers about people. The response schemas strip anything a presenter did not
// whitelist, a second guard behind server/domains/people/person.presenter.ts.

const nullableText = z.string().nullable();
const ref = z.object({ id: z.string().uuid(), name: z.string() });

export const MATCH_REASONS = ['name', 'phonetic', 'birth_year', 'citizenship', 'phone'] as const;
export type MatchReason = (typeof MATCH_REASONS)[number];

export const personCoreView = z.object({
  code: z.string(),
  status: z.enum(['active', 'merged']),
  ageBand: z.enum(AGE_BANDS),
  gender: z.enum(GENDERS),
  languages: z.array(z.string()),
  preferredLanguage: nullableText,
  interpreter: z.object({ needed: z.boolean(), language: nullableText, gender: z.enum(INTERPRETER_GENDERS).nullable() }),
  needs: z.array(z.string()),
  accessPoint: ref.nullable(),
  organisation: ref,
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const personIdentityView = z.object({
  givenName: nullableText,
  familyName: nullableText,
  givenNameOriginal: nullableText,
  familyNameOriginal: nullableText,
  aliases: z.array(z.string()),
  sex: z.enum(SEXES),
  birthDate: nullableText,
  birthDateEstimated: z.boolean(),
  birthYear: z.number().int().nullable(),
  birthYearEstimated: z.boolean(),
  birthPlace: nullableText,
  birthCountry: nullableText,
  phone: nullableText,
  email: nullableText,
  address: nullableText,
  permitNumber: nullableText,
});

export const personProfileView = z.object({
  citizenship: z.object({ iso: z.string(), istat: nullableText }).nullable(),
  household: z.object({
    size: z.number().int().optional(),
    members: z.array(z.object({ relation: z.string(), birthYear: z.number().int().optional(), dependent: z.boolean().optional() })).optional(),
  }),
  permitType: nullableText,
  permitExpiresOn: nullableText,
  residenceIstat: nullableText,
  educationIsced: z.number().int().nullable(),
  foreignQualifications: z.array(
    z.object({ title: z.string(), country: z.string().optional(), year: z.number().int().optional(), recognised: z.boolean().optional() }),
  ),
  labourStatus: z.enum(LABOUR_STATUSES).nullable(),
  unemployedSince: nullableText,
  /** Whole months since unemployedSince, for unemployed people (long-term unemployment: 12+). */
  unemploymentMonths: z.number().int().nullable(),
  /** Not in employment, education or training (derived; null when the labour status is unknown). */
  neet: z.boolean().nullable(),
  housingEthos: nullableText,
});

export const personSpecialView = z.object({
  disability: z.enum(DISABILITY_ANSWERS).nullable(),
  disadvantages: z.array(z.string()),
});

export const personView = z.object({
  id: z.string().uuid(),
  version: z.number().int(),
  /** The sections this answer holds (and the audit trail records). */
  sections: z.array(z.enum(PERSON_SECTIONS)),
  core: personCoreView,
  identity: personIdentityView.optional(),
  profile: personProfileView.optional(),
  special: personSpecialView.optional(),
});
export type PersonView = z.infer<typeof personView>;

/** A record the searcher reaches: enough to recognise the person. */
const reachableMatch = z.object({
  reachable: z.literal(true),
  id: z.string().uuid(),
  code: z.string(),
  displayName: z.string(),
  ageBand: z.enum(AGE_BANDS),
  birthYear: z.number().int().nullable(),
  citizenship: nullableText,
  organisationName: z.string(),
  score: z.number().int().min(0).max(100),
  reasons: z.array(z.enum(MATCH_REASONS)),
});
/** A record of the tenant out of the searcher's reach: signalled to prevent a duplicate, nothing more. */
const unreachableMatch = z.object({
  reachable: z.literal(false),
  id: z.string().uuid(),
  code: z.string(),
  organisationName: z.string(),
  score: z.number().int().min(0).max(100),
  /** "A possible match registered by <organisation>", in the caller's language. */
  notice: z.string(),
});
export const personMatch = z.discriminatedUnion('reachable', [reachableMatch, unreachableMatch]);
export type PersonMatch = z.infer<typeof personMatch>;

export const personSearchResult = z.object({
  /** 'search' with criteria (scored matches), 'list' without (people in reach, newest first). */
  mode: z.enum(['search', 'list']),
  items: z.array(personMatch),
  /**
   * The search matched more people than were compared (a single common name without a birth
   * year): matches may be missing. Ask for the family name or the birth year.
   */
  truncated: z.boolean(),
});

const pairMember = z.object({
  id: z.string().uuid(),
  code: z.string(),
  displayName: z.string(),
  birthYear: z.number().int().nullable(),
  citizenship: nullableText,
  organisationName: z.string(),
});
export const duplicatePairView = z.object({
  a: pairMember,
  b: pairMember,
  score: z.number().int().min(0).max(100),
  reasons: z.array(z.enum(MATCH_REASONS)),
});
export const duplicatePairsResult = z.object({
  items: z.array(duplicatePairView),
  total: z.number().int(),
  offset: z.number().int(),
  limit: z.number().int(),
});

export const mergeMovedView = z.object({
  contacts: z.array(z.string().uuid()),
  consents: z.array(z.string().uuid()),
  enrolments: z.array(z.string().uuid()),
  appointments: z.array(z.string().uuid()),
  /** Organisations and workers given access to the survivor by the merge. */
  organisations: z.array(z.string().uuid()),
  workers: z.array(z.string().uuid()),
  /** Names of the merged record added to the survivor's aliases (how many). */
  aliases: z.number().int(),
});
export const mergeResultView = z.object({
  mergeId: z.string().uuid(),
  survivorId: z.string().uuid(),
  mergedId: z.string().uuid(),
  moved: mergeMovedView,
});
export const undoMergeResultView = z.object({
  mergeId: z.string().uuid(),
  survivorId: z.string().uuid(),
  restoredId: z.string().uuid(),
});
