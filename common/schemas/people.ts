import { z } from 'zod';
import { isKnownCountry } from '../reference/countries.js';
import {
  AGE_BANDS,
  DISABILITY_ANSWERS,
  DISADVANTAGES,
  ETHOS_CATEGORIES,
  GENDERS,
  INTERPRETER_GENDERS,
  LABOUR_STATUSES,
  RESIDENCE_PERMIT_TYPES,
  SEXES,
} from './people-vocabulary.js';

// Staff API of the person registry (issue 4). Bodies carry no defaults: a PATCH leaves unsent fields
// alone and `null` clears a field, so the create command fills defaults in. Views: people-views.ts.

/** What the intake records about the search that came first ("search before create"). */
export const DUPLICATE_CHECK_CHOICES = ['none_matched', 'uncertain', 'skipped'] as const;
/** Sections of a person record (field whitelists in server/domains/people/person.presenter.ts). */
export const PERSON_SECTIONS = ['core', 'identity', 'profile', 'special'] as const;
export type PersonSection = (typeof PERSON_SECTIONS)[number];
/** Special categories (GDPR Art. 9): read and written only by holders of person.special. */
export const SPECIAL_FIELDS = ['disability', 'disadvantages'] as const;

// No control characters in anything a person's record stores (they break printouts and exports).
const PRINTABLE = /^[^\u0000-\u001f\u007f-\u009f]*$/;
const text = (max: number) => z.string().trim().max(max).regex(PRINTABLE);
const name = text(100).min(1);
const isoDate = z.iso.date();
const pastDate = isoDate.refine((d) => d >= '1900-01-01' && d <= new Date().toISOString().slice(0, 10), { message: 'date out of range' });
const year = z.number().int().min(1900).max(2100);
const country = z
  .string()
  .regex(/^[A-Z]{2}$/)
  .refine(isKnownCountry, { message: 'unknown country' });
const language = z.string().regex(/^[a-z]{2,3}$/);
const needCode = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/);

const householdMember = z
  .object({
    relation: z.enum(['partner', 'child', 'parent', 'sibling', 'other']),
    birthYear: year.optional(),
    dependent: z.boolean().optional(),
  })
  .strict();
export const householdInput = z
  .object({ size: z.number().int().min(1).max(30).optional(), members: z.array(householdMember).max(30).optional() })
  .strict();

const foreignQualification = z
  .object({
    title: text(200).min(1),
    country: country.optional(),
    year: year.optional(),
    // Recognised in Italy (dichiarazione di valore, equipollenza): the ISCED level may then count it.
    recognised: z.boolean().optional(),
  })
  .strict();

/** Every editable field; all optional here, the create schema adds what an intake needs. */
const personFields = {
  givenName: name.nullable().optional(),
  familyName: name.nullable().optional(),
  givenNameOriginal: name.nullable().optional(),
  familyNameOriginal: name.nullable().optional(),
  aliases: z.array(name).max(10).optional(),
  sex: z.enum(SEXES).optional(),
  gender: z.enum(GENDERS).optional(),
  ageBand: z.enum(AGE_BANDS).optional(),
  birthYear: year.nullable().optional(),
  birthYearEstimated: z.boolean().optional(),
  birthDate: pastDate.nullable().optional(),
  birthDateEstimated: z.boolean().optional(),
  birthPlace: text(200).nullable().optional(),
  birthCountry: country.nullable().optional(),
  citizenship: country.nullable().optional(),
  languages: z.array(language).max(20).optional(),
  preferredLanguage: language.nullable().optional(),
  interpreterNeeded: z.boolean().optional(),
  interpreterLanguage: language.nullable().optional(),
  interpreterGender: z.enum(INTERPRETER_GENDERS).nullable().optional(),
  phone: z.string().trim().regex(/^[+0-9 ()./-]{3,40}$/).nullable().optional(),
  email: z.string().trim().toLowerCase().max(254).email().nullable().optional(),
  address: text(300).nullable().optional(),
  permitNumber: text(40).nullable().optional(),
  household: householdInput.optional(),
  permitType: z.enum(RESIDENCE_PERMIT_TYPES).nullable().optional(),
  permitExpiresOn: isoDate.nullable().optional(),
  residenceIstat: z.string().regex(/^[0-9]{6}$/).nullable().optional(),
  educationIsced: z.number().int().min(0).max(8).nullable().optional(),
  foreignQualifications: z.array(foreignQualification).max(10).optional(),
  labourStatus: z.enum(LABOUR_STATUSES).nullable().optional(),
  unemployedSince: pastDate.nullable().optional(),
  housingEthos: z.enum(ETHOS_CATEGORIES).nullable().optional(),
  disability: z.enum(DISABILITY_ANSWERS).nullable().optional(),
  disadvantages: z.array(z.enum(DISADVANTAGES)).max(DISADVANTAGES.length).optional(),
  needs: z.array(needCode).min(1).max(20).optional(),
  accessPointId: z.string().uuid().nullable().optional(),
};

export const duplicateCheckInput = z
  .object({
    searched: z.boolean(),
    /** Ids of the possible matches the operator was shown (and judged not to be this person). */
    candidates: z.array(z.string().uuid()).max(50).optional(),
    choice: z.enum(DUPLICATE_CHECK_CHOICES),
  })
  .strict();

type Ctx = z.RefinementCtx;
function required(ctx: Ctx, path: string) {
  ctx.addIssue({ code: 'invalid_type', expected: 'string', input: undefined, path: [path], message: 'required' });
}

export const personCreateBody = z
  .object({ ...personFields, needs: z.array(needCode).min(1).max(20), duplicateCheck: duplicateCheckInput.optional() })
  .strict()
  .superRefine((b, ctx) => {
    // Minimal intake: a name (in any script) or an alias, an age band (or what it follows from), and the need.
    if (!b.givenName && !b.familyName && !b.givenNameOriginal && !b.familyNameOriginal && !(b.aliases?.length ?? 0)) required(ctx, 'givenName');
    if (!b.ageBand && !b.birthDate && !b.birthYear) required(ctx, 'ageBand');
  });
export type PersonCreateInput = z.infer<typeof personCreateBody>;

export const personPatchBody = z.object(personFields).strict();
export type PersonPatchInput = z.infer<typeof personPatchBody>;

export const personIdParam = z.object({ id: z.string().uuid() }).strict();
export const mergeIdParam = z.object({ mergeId: z.string().uuid() }).strict();
export const mergeBody = z.object({ otherId: z.string().uuid() }).strict();

export const personViewQuery = z
  .object({
    /** Comma-separated sections to return (default: every section the caller may see). */
    sections: z
      .string()
      .regex(/^(core|identity|profile|special)(,(core|identity|profile|special))*$/)
      .optional(),
  })
  .strict();

export const personSearchQuery = z
  .object({
    q: text(100).optional(),
    birthYear: z.coerce.number().int().min(1900).max(2100).optional(),
    citizenship: z.string().regex(/^[A-Z]{2}$/).optional(),
    phone: z.string().trim().regex(/^[+0-9 ()./-]{3,40}$/).optional(),
    limit: z.coerce.number().int().min(1).max(50).optional(),
  })
  .strict();
export type PersonSearchQuery = z.infer<typeof personSearchQuery>;

export const duplicatesQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).optional(),
    offset: z.coerce.number().int().min(0).max(5000).optional(),
  })
  .strict();
