import { randomUUID } from 'node:crypto';
import { personCreateBody, type PersonCreateInput } from '../../../common/schemas/people.js';
import { ageBandOf } from '../../../common/schemas/people-vocabulary.js';
import { addDays } from '../../domains/contacts/rome-time.js';
import { newPersonCode } from '../../domains/people/commands/register-person.js';
import { identityColumns, personColumns } from '../../domains/people/person-fields.js';
import { identityNames, searchNamesOf } from '../../domains/people/person-matching.js';
import type { DemoPerson } from './demo-people-types.js';

// A demo person as the intake would have written it: the literal becomes the API's create body
// (validated by the same zod schema), then the person and identity rows come from the person
// domain's own column mapping (person-fields.ts) and search names (person-matching.ts). Only what
// an intake cannot set is added here: the dates in the past, the registering organisation.

/** Ages in the demo literals are as of this year; birth years shift with the calendar. */
export const DEMO_AGE_YEAR = 2026;
/** Spoken by the front-desk staff: anyone preferring another language is noted for an interpreter. */
const STAFF_LANGUAGES = ['it', 'en', 'fr'];

export interface DemoDates {
  now: Date;
  /** Rome's calendar day of the seeding, YYYY-MM-DD. */
  today: string;
  yearShift: number;
}

export function demoDates(now: Date, today: string): DemoDates {
  return { now, today, yearShift: Number(today.slice(0, 4)) - DEMO_AGE_YEAR };
}

function shiftedBirth(p: DemoPerson, shift: number): { birthYear: number; birthDate?: string } {
  if (typeof p.born === 'number') return { birthYear: p.born + shift };
  const year = Number(p.born.slice(0, 4)) + shift;
  return { birthYear: year, birthDate: `${year}${p.born.slice(4)}` };
}

/** The create body an operator would have sent for this person (validated like the API does). */
export function demoCreateBody(p: DemoPerson, d: DemoDates, accessPointId: string, residenceIstat: string | null): PersonCreateInput {
  const { birthYear, birthDate } = shiftedBirth(p, d.yearShift);
  const interpreter = !STAFF_LANGUAGES.includes(p.preferred);
  const body: PersonCreateInput = {
    givenName: p.given ?? null,
    familyName: p.family ?? null,
    givenNameOriginal: p.givenOrig ?? null,
    familyNameOriginal: p.familyOrig ?? null,
    aliases: p.aliases ?? [],
    sex: p.gender === 'woman' ? 'female' : p.gender === 'man' ? 'male' : 'not_declared',
    gender: p.gender,
    birthYear,
    birthYearEstimated: p.estimated ?? false,
    ...(birthDate ? { birthDate } : {}),
    citizenship: p.citizenship,
    ...(p.birthPlace ? { birthPlace: p.birthPlace, birthCountry: p.citizenship } : {}),
    languages: p.languages,
    preferredLanguage: p.preferred,
    interpreterNeeded: interpreter,
    interpreterLanguage: interpreter ? p.preferred : null,
    interpreterGender: interpreter ? (p.interpreterGender ?? 'any') : null,
    phone: p.phone ?? null,
    email: p.email ?? null,
    permitType: p.permit?.[0] ?? null,
    permitExpiresOn: p.permit && p.permit[1] !== null ? addDays(d.today, p.permit[1]) : null,
    residenceIstat,
    educationIsced: p.isced ?? null,
    foreignQualifications: p.foreignQualification ? [{ ...p.foreignQualification, country: p.citizenship }] : [],
    labourStatus: p.labour ?? null,
    unemployedSince: p.labour === 'unemployed' && p.unemployedMonths ? addDays(d.today, -30 * p.unemployedMonths) : null,
    housingEthos: p.housing ?? null,
    household: p.household ?? {},
    disability: p.disability ?? null,
    disadvantages: p.disadvantages ?? [],
    needs: p.needs,
    accessPointId,
  };
  const parsed = personCreateBody.safeParse(body);
  if (!parsed.success) throw new Error(`demo person ${p.key}: ${parsed.error.message}`);
  return parsed.data;
}

export interface DemoPersonRows {
  id: string;
  person: Record<string, unknown>;
  identity: Record<string, unknown>;
  ageBand: string;
  birthYear: number;
}

/** Person and identity rows of a validated create body, registered on `registeredAt`. */
export function demoPersonRows(
  tenantId: string,
  body: PersonCreateInput,
  extra: { organisationId: string; createdBy: string | null; registeredAt: Date; now: Date; usedCodes: Set<string> },
): DemoPersonRows {
  const id = randomUUID();
  let code = newPersonCode();
  while (extra.usedCodes.has(code)) code = newPersonCode();
  extra.usedCodes.add(code);
  const birthYear = body.birthYear!;
  // The band the record shows today, as the intake computes it from the birth year.
  const ageBand = ageBandOf(birthYear, extra.now);
  return {
    id,
    ageBand,
    birthYear,
    person: {
      ...personColumns(body),
      tenantId,
      id,
      code,
      organisationId: extra.organisationId,
      createdBy: extra.createdBy,
      ageBand,
      birthYear,
      createdAt: extra.registeredAt,
      updatedAt: extra.registeredAt,
    },
    identity: { ...identityColumns(body), tenantId, personId: id, searchNames: searchNamesOf(identityNames(body)) },
  };
}
