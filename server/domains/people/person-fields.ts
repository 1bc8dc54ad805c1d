import type { Updateable } from 'kysely';
import { istatStateCode } from '../../../common/reference/countries.js';
import { SPECIAL_FIELDS, type PersonPatchInput } from '../../../common/schemas/people.js';
import type { Actor } from '../../platform/authz/actor.js';
import type { PersonIdentityTable, PersonTable } from '../../platform/db/people-schema.js';
import { DomainError } from '../../platform/errors.js';
import { identityNames, normalisePhone } from './person-matching.js';
import { seesSpecialCategories } from './people.policy.js';

// Which API field lands in which table. The identity split (docs/adr/0009): names, exact birth date,
// contact details and document numbers go to person_identity, read only where needed; everything
// else stays on the pseudonymous person row.

export const IDENTITY_KEYS = [
  'givenName',
  'familyName',
  'givenNameOriginal',
  'familyNameOriginal',
  'aliases',
  'birthDate',
  'birthDateEstimated',
  'birthPlace',
  'birthCountry',
  'phone',
  'email',
  'address',
  'permitNumber',
] as const;
export const NAME_KEYS = ['givenName', 'familyName', 'givenNameOriginal', 'familyNameOriginal', 'aliases'] as const;

export const PERSON_KEYS = [
  'sex',
  'gender',
  'ageBand',
  'birthYear',
  'birthYearEstimated',
  'citizenship',
  'languages',
  'preferredLanguage',
  'interpreterNeeded',
  'interpreterLanguage',
  'interpreterGender',
  'household',
  'permitType',
  'permitExpiresOn',
  'residenceIstat',
  'educationIsced',
  'foreignQualifications',
  'labourStatus',
  'unemployedSince',
  'housingEthos',
  'disability',
  'disadvantages',
  'needs',
  'accessPointId',
] as const;

type IdentityKey = (typeof IDENTITY_KEYS)[number];
type PersonKey = (typeof PERSON_KEYS)[number];

/** The fields of `input` that were sent (undefined = not sent; null = cleared). */
export function sentKeys(input: PersonPatchInput): (IdentityKey | PersonKey)[] {
  return [...IDENTITY_KEYS, ...PERSON_KEYS].filter((k) => input[k] !== undefined);
}

/** Writing a special-category field needs person.special, whoever reaches the record. */
export function assertMayWriteSpecial(actor: Actor, input: PersonPatchInput): void {
  if (SPECIAL_FIELDS.some((k) => input[k] !== undefined) && !seesSpecialCategories(actor)) throw new DomainError('FORBIDDEN');
}

/** person_identity columns of the sent identity fields (phones normalised to E.164 when they parse). */
export function identityColumns(input: PersonPatchInput): Updateable<PersonIdentityTable> {
  const out: Record<string, unknown> = {};
  for (const k of IDENTITY_KEYS) {
    const v = input[k];
    if (v === undefined) continue;
    out[k] = k === 'phone' && typeof v === 'string' ? normalisePhone(v) : v;
  }
  // The keys are IDENTITY_KEYS, whose schema types match the columns'.
  return out as Updateable<PersonIdentityTable>;
}

/** person columns of the sent fields: jsonb as JSON text, the ISTAT code beside the citizenship. */
export function personColumns(input: PersonPatchInput): Updateable<PersonTable> {
  const out: Record<string, unknown> = {};
  for (const k of PERSON_KEYS) {
    const v = input[k];
    if (v === undefined) continue;
    out[k] = k === 'household' || k === 'foreignQualifications' ? JSON.stringify(v) : v;
  }
  if (input.citizenship !== undefined) out.citizenshipIstat = input.citizenship ? istatStateCode(input.citizenship) : null;
  // The keys are PERSON_KEYS, whose schema types match the columns' (jsonb sent as text).
  return out as Updateable<PersonTable>;
}

/** Birth year implied by the birth date, checked against a birth year sent with it. */
export function birthYearOf(input: PersonPatchInput): number | null | undefined {
  const fromDate = input.birthDate ? Number(input.birthDate.slice(0, 4)) : undefined;
  if (fromDate !== undefined && input.birthYear != null && input.birthYear !== fromDate) {
    throw new DomainError('VALIDATION_FAILED', {}, [{ path: 'body.birthYear', code: 'invalid_value' }]);
  }
  return input.birthYear !== undefined ? input.birthYear : fromDate;
}

/** The names that must remain: a record without any name or alias cannot be found again. */
export function assertHasName(i: Parameters<typeof identityNames>[0]): void {
  if (identityNames(i).length === 0) {
    throw new DomainError('VALIDATION_FAILED', {}, [{ path: 'body.givenName', code: 'required' }]);
  }
}
