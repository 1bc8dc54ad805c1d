import { istatStateCode } from '../../../common/reference/countries.js';
import type { PersonSection } from '../../../common/schemas/people.js';
import type { PersonView } from '../../../common/schemas/people-views.js';
import { isNeet } from '../../../common/schemas/people-vocabulary.js';
import type { Actor } from '../../platform/authz/actor.js';
import type { PersonRecord } from './people.queries.js';
import { seesSpecialCategories } from './people.policy.js';

// Explicit whitelists of what leaves the server about a person, by section:
// - core: the pseudonymous record every screen needs (no name);
// - identity: names, exact birth date, contacts, documents (person_identity);
// - profile: the social profile the funders' indicators are built from;
// - special: special categories (GDPR Art. 9), only for holders of person.special.
// Everyone who reaches a record (people.policy.ts) holds person.read for it, so core, identity and
// profile are theirs; a caller may ask for fewer sections (data minimisation: a day view needs core).

/** Sections the actor may see, narrowed to those asked for. */
export function allowedSections(actor: Actor, asked?: readonly PersonSection[]): PersonSection[] {
  const all: PersonSection[] = ['core', 'identity', 'profile', ...(seesSpecialCategories(actor) ? (['special'] as const) : [])];
  if (!asked) return all;
  // core is always there: it carries the code and the version the other sections hang on.
  return all.filter((s) => s === 'core' || asked.includes(s));
}

function monthsBetween(from: string, to: Date): number {
  const [y, m, d] = from.split('-').map(Number) as [number, number, number];
  let months = (to.getUTCFullYear() - y) * 12 + (to.getUTCMonth() + 1 - m);
  if (to.getUTCDate() < d) months -= 1;
  return Math.max(0, months);
}

export function presentPerson(p: PersonRecord, sections: readonly PersonSection[], today: Date = new Date()): PersonView {
  const view: PersonView = {
    id: p.id,
    version: p.version,
    sections: [...sections],
    core: {
      code: p.code,
      status: p.status,
      ageBand: p.ageBand,
      gender: p.gender,
      languages: p.languages,
      preferredLanguage: p.preferredLanguage,
      interpreter: { needed: p.interpreterNeeded, language: p.interpreterLanguage, gender: p.interpreterGender },
      needs: p.needs,
      accessPoint: p.accessPointId && p.accessPointName ? { id: p.accessPointId, name: p.accessPointName } : null,
      organisation: { id: p.organisationId, name: p.organisationName },
      createdAt: p.createdAt.toISOString(),
      updatedAt: p.updatedAt.toISOString(),
    },
  };
  if (sections.includes('identity')) {
    view.identity = {
      givenName: p.givenName,
      familyName: p.familyName,
      givenNameOriginal: p.givenNameOriginal,
      familyNameOriginal: p.familyNameOriginal,
      aliases: p.aliases,
      sex: p.sex,
      birthDate: p.birthDate,
      birthDateEstimated: p.birthDateEstimated,
      birthYear: p.birthYear,
      birthYearEstimated: p.birthYearEstimated,
      birthPlace: p.birthPlace,
      birthCountry: p.birthCountry,
      phone: p.phone,
      email: p.email,
      address: p.address,
      permitNumber: p.permitNumber,
    };
  }
  if (sections.includes('profile')) {
    const unemployed = p.labourStatus === 'unemployed';
    view.profile = {
      citizenship: p.citizenship ? { iso: p.citizenship, istat: p.citizenshipIstat ?? istatStateCode(p.citizenship) } : null,
      household: { size: p.household.size, members: p.household.members?.map((m) => ({ relation: m.relation, birthYear: m.birthYear, dependent: m.dependent })) },
      permitType: p.permitType,
      permitExpiresOn: p.permitExpiresOn,
      residenceIstat: p.residenceIstat,
      educationIsced: p.educationIsced,
      foreignQualifications: p.foreignQualifications.map((q) => ({ title: q.title, country: q.country, year: q.year, recognised: q.recognised })),
      labourStatus: p.labourStatus,
      unemployedSince: p.unemployedSince,
      unemploymentMonths: unemployed && p.unemployedSince ? monthsBetween(p.unemployedSince, today) : null,
      neet: isNeet(p.ageBand, p.labourStatus),
      housingEthos: p.housingEthos,
    };
  }
  if (sections.includes('special')) {
    view.special = { disability: p.disability, disadvantages: p.disadvantages };
  }
  return view;
}
