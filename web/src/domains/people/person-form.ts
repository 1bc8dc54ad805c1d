import type { PersonView } from '../../../../common/schemas/people-views.js';
import {
  AGE_BANDS,
  DISABILITY_ANSWERS,
  DISADVANTAGES,
  ETHOS_CATEGORIES,
  GENDERS,
  INTERPRETER_GENDERS,
  ISCED_LEVELS,
  LABOUR_STATUSES,
  RESIDENCE_PERMIT_TYPES,
  SEXES,
} from '../../../../common/schemas/people-vocabulary.js';
import type { VocabList } from './vocab.js';

// The person editor: which fields each section of the record holds, how they are typed in, and
// the PATCH body (only what changed: a field left alone is not sent, an emptied one is sent as null).

export type Section = 'core' | 'identity' | 'profile' | 'special';
export type FieldKind = 'text' | 'date' | 'number' | 'choice' | 'required-choice' | 'bool' | 'list' | 'multi';
export type OptionSource = { vocab: VocabList; codes: readonly (string | number)[] } | 'countries' | 'languages' | 'needs';

export interface FieldSpec {
  name: string;
  section: Section;
  kind: FieldKind;
  labelKey: string;
  options?: OptionSource;
}

const v = (vocab: VocabList, codes: readonly (string | number)[]): OptionSource => ({ vocab, codes });

export const FIELDS: FieldSpec[] = [
  { name: 'ageBand', section: 'core', kind: 'required-choice', labelKey: 'app.personRecord.fields.ageBand', options: v('ageBands', AGE_BANDS) },
  { name: 'gender', section: 'core', kind: 'required-choice', labelKey: 'app.personRecord.fields.gender', options: v('genders', GENDERS) },
  { name: 'preferredLanguage', section: 'core', kind: 'choice', labelKey: 'app.personRecord.fields.preferredLanguage', options: 'languages' },
  { name: 'interpreterNeeded', section: 'core', kind: 'bool', labelKey: 'app.personRecord.fields.interpreterNeeded' },
  { name: 'interpreterLanguage', section: 'core', kind: 'choice', labelKey: 'app.personRecord.fields.interpreterLanguage', options: 'languages' },
  { name: 'interpreterGender', section: 'core', kind: 'choice', labelKey: 'app.personRecord.fields.interpreterGender', options: v('interpreterGenders', INTERPRETER_GENDERS) },
  { name: 'needs', section: 'core', kind: 'multi', labelKey: 'app.personRecord.fields.needs', options: 'needs' },
  { name: 'givenName', section: 'identity', kind: 'text', labelKey: 'app.personRecord.fields.givenName' },
  { name: 'familyName', section: 'identity', kind: 'text', labelKey: 'app.personRecord.fields.familyName' },
  { name: 'givenNameOriginal', section: 'identity', kind: 'text', labelKey: 'app.personRecord.fields.givenNameOriginal' },
  { name: 'familyNameOriginal', section: 'identity', kind: 'text', labelKey: 'app.personRecord.fields.familyNameOriginal' },
  { name: 'aliases', section: 'identity', kind: 'list', labelKey: 'app.personRecord.fields.aliases' },
  { name: 'sex', section: 'identity', kind: 'required-choice', labelKey: 'app.personRecord.fields.sex', options: v('sexes', SEXES) },
  { name: 'birthYear', section: 'identity', kind: 'number', labelKey: 'app.personRecord.fields.birthYear' },
  { name: 'birthDate', section: 'identity', kind: 'date', labelKey: 'app.personRecord.fields.birthDate' },
  { name: 'birthPlace', section: 'identity', kind: 'text', labelKey: 'app.personRecord.fields.birthPlace' },
  { name: 'birthCountry', section: 'identity', kind: 'choice', labelKey: 'app.personRecord.fields.birthCountry', options: 'countries' },
  { name: 'phone', section: 'identity', kind: 'text', labelKey: 'app.personRecord.fields.phone' },
  { name: 'email', section: 'identity', kind: 'text', labelKey: 'app.personRecord.fields.email' },
  { name: 'address', section: 'identity', kind: 'text', labelKey: 'app.personRecord.fields.address' },
  { name: 'permitNumber', section: 'identity', kind: 'text', labelKey: 'app.personRecord.fields.permitNumber' },
  { name: 'citizenship', section: 'profile', kind: 'choice', labelKey: 'app.personRecord.fields.citizenship', options: 'countries' },
  { name: 'householdSize', section: 'profile', kind: 'number', labelKey: 'app.personRecord.fields.householdSizeLabel' },
  { name: 'permitType', section: 'profile', kind: 'choice', labelKey: 'app.personRecord.fields.permitType', options: v('permitTypes', RESIDENCE_PERMIT_TYPES) },
  { name: 'permitExpiresOn', section: 'profile', kind: 'date', labelKey: 'app.personRecord.fields.permitExpiresOn' },
  { name: 'residenceIstat', section: 'profile', kind: 'text', labelKey: 'app.personRecord.fields.residenceIstat' },
  { name: 'educationIsced', section: 'profile', kind: 'choice', labelKey: 'app.personRecord.fields.education', options: v('isced', ISCED_LEVELS) },
  { name: 'labourStatus', section: 'profile', kind: 'choice', labelKey: 'app.personRecord.fields.labourStatus', options: v('labourStatuses', LABOUR_STATUSES) },
  { name: 'unemployedSince', section: 'profile', kind: 'date', labelKey: 'app.personRecord.fields.unemployedSince' },
  { name: 'housingEthos', section: 'profile', kind: 'choice', labelKey: 'app.personRecord.fields.housing', options: v('ethos', ETHOS_CATEGORIES) },
  { name: 'disability', section: 'special', kind: 'choice', labelKey: 'app.personRecord.fields.disability', options: v('disability', DISABILITY_ANSWERS) },
  { name: 'disadvantages', section: 'special', kind: 'multi', labelKey: 'app.personRecord.fields.disadvantages', options: v('disadvantages', DISADVANTAGES) },
];

export type FormValues = Record<string, string | boolean | string[]>;

const s = (x: string | number | null | undefined) => (x === null || x === undefined ? '' : String(x));

/** The editor's values from the record (only the sections the answer holds are editable). */
export function formFromView(p: PersonView): FormValues {
  const { core, identity: id, profile: pr, special: sp } = p;
  const out: FormValues = {
    ageBand: core.ageBand,
    gender: core.gender,
    preferredLanguage: s(core.preferredLanguage),
    interpreterNeeded: core.interpreter.needed,
    interpreterLanguage: s(core.interpreter.language),
    interpreterGender: s(core.interpreter.gender),
    needs: core.needs,
  };
  if (id) {
    Object.assign(out, {
      givenName: s(id.givenName),
      familyName: s(id.familyName),
      givenNameOriginal: s(id.givenNameOriginal),
      familyNameOriginal: s(id.familyNameOriginal),
      aliases: id.aliases.join(', '),
      sex: id.sex,
      birthYear: s(id.birthYear),
      birthDate: s(id.birthDate),
      birthPlace: s(id.birthPlace),
      birthCountry: s(id.birthCountry),
      phone: s(id.phone),
      email: s(id.email),
      address: s(id.address),
      permitNumber: s(id.permitNumber),
    });
  }
  if (pr) {
    Object.assign(out, {
      citizenship: s(pr.citizenship?.iso),
      householdSize: s(pr.household.size),
      permitType: s(pr.permitType),
      permitExpiresOn: s(pr.permitExpiresOn),
      residenceIstat: s(pr.residenceIstat),
      educationIsced: s(pr.educationIsced),
      labourStatus: s(pr.labourStatus),
      unemployedSince: s(pr.unemployedSince),
      housingEthos: s(pr.housingEthos),
    });
  }
  if (sp) Object.assign(out, { disability: s(sp.disability), disadvantages: sp.disadvantages });
  return out;
}

function same(a: FormValues[string] | undefined, b: FormValues[string] | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The PATCH body: the fields that changed, typed as the API wants them. */
export function patchBody(before: FormValues, after: FormValues, view: PersonView): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const f of FIELDS) {
    if (!(f.name in after) || same(before[f.name], after[f.name])) continue;
    const value = after[f.name]!;
    if (f.name === 'householdSize') {
      body.household = { ...view.profile?.household, size: value === '' ? undefined : Number(value) };
      continue;
    }
    if (f.kind === 'bool' || f.kind === 'multi' || f.kind === 'required-choice') body[f.name] = value;
    else if (f.kind === 'list')
      body[f.name] = String(value)
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean);
    else if (f.kind === 'number' || f.name === 'educationIsced') body[f.name] = value === '' ? null : Number(value);
    else body[f.name] = String(value).trim() === '' ? null : String(value).trim();
  }
  return body;
}
