import { useTranslation } from 'react-i18next';
import type { PersonView } from '../../../../common/schemas/people-views.js';
import { useFormat } from '../../app/format.js';
import { useNeeds } from '../front-door/needs.js';
import { languageLabel, useCountries } from './countries.js';
import { Facts } from './Facts.js';
import { useVocab } from './vocab.js';

type Core = PersonView['core'];

/** The pseudonymous core everyone who reaches the person sees. */
export function CoreFacts({ core }: { core: Core }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const vocab = useVocab();
  const needs = useNeeds();
  const lang = (c: string | null) => (c ? languageLabel(c, i18n.language) : '');
  const interpreter = core.interpreter.needed
    ? [t('app.common.yes'), lang(core.interpreter.language), core.interpreter.gender ? vocab.label('interpreterGenders', core.interpreter.gender) : ''].filter(Boolean).join(' · ')
    : t('app.common.no');
  return (
    <Facts
      items={[
        [t('app.personRecord.fields.code'), <span dir="ltr">{core.code}</span>],
        [t('app.personRecord.fields.ageBand'), vocab.label('ageBands', core.ageBand)],
        [t('app.personRecord.fields.gender'), vocab.label('genders', core.gender)],
        [t('app.personRecord.fields.preferredLanguage'), lang(core.preferredLanguage)],
        [t('app.personRecord.fields.languages'), core.languages.map((l) => lang(l)).join(', ')],
        [t('app.personRecord.fields.interpreter'), interpreter],
        [t('app.personRecord.fields.needs'), core.needs.map(needs.name).join(', ')],
        [t('app.personRecord.fields.accessPoint'), core.accessPoint?.name ?? ''],
        [t('app.personRecord.fields.organisation'), core.organisation.name],
        [t('app.personRecord.fields.createdAt'), fmt.dateTime(core.createdAt)],
      ]}
    />
  );
}

export function IdentityFacts({ identity }: { identity: NonNullable<PersonView['identity']> }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const vocab = useVocab();
  const countries = useCountries();
  const estimated = (on: boolean) => (on ? ` (${t('app.personRecord.estimated')})` : '');
  const birth = identity.birthDate
    ? `${fmt.date(identity.birthDate)}${estimated(identity.birthDateEstimated)}`
    : identity.birthYear
      ? `${identity.birthYear}${estimated(identity.birthYearEstimated)}`
      : '';
  const original = [identity.givenNameOriginal, identity.familyNameOriginal].filter(Boolean).join(' ');
  return (
    <Facts
      items={[
        [t('app.personRecord.fields.givenName'), identity.givenName ? <bdi>{identity.givenName}</bdi> : ''],
        [t('app.personRecord.fields.familyName'), identity.familyName ? <bdi>{identity.familyName}</bdi> : ''],
        [t('app.personRecord.fields.originalScript'), original ? <bdi dir="auto">{original}</bdi> : ''],
        [t('app.personRecord.fields.aliases'), identity.aliases.join(', ')],
        [t('app.personRecord.fields.sex'), vocab.label('sexes', identity.sex)],
        [t('app.personRecord.fields.birth'), birth],
        [t('app.personRecord.fields.birthPlace'), [identity.birthPlace, countries.name(identity.birthCountry)].filter(Boolean).join(', ')],
        [t('app.personRecord.fields.phone'), identity.phone ? <span dir="ltr">{identity.phone}</span> : ''],
        [t('app.personRecord.fields.email'), identity.email ? <span dir="ltr">{identity.email}</span> : ''],
        [t('app.personRecord.fields.address'), identity.address ?? ''],
        [t('app.personRecord.fields.permitNumber'), identity.permitNumber ? <span dir="ltr">{identity.permitNumber}</span> : ''],
      ]}
    />
  );
}

export function ProfileFacts({ profile }: { profile: NonNullable<PersonView['profile']> }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const vocab = useVocab();
  const countries = useCountries();
  const members = profile.household.members ?? [];
  const household = [
    profile.household.size ? t('app.personRecord.householdSize', { n: profile.household.size }) : '',
    members.length ? t('app.personRecord.dependentChildren', { n: members.filter((m) => m.relation === 'child' && m.dependent).length }) : '',
  ]
    .filter(Boolean)
    .join(' · ');
  const labour = profile.labourStatus
    ? [vocab.label('labourStatuses', profile.labourStatus), profile.unemploymentMonths !== null ? t('app.personRecord.unemployedMonths', { n: profile.unemploymentMonths }) : ''].filter(Boolean).join(' · ')
    : '';
  return (
    <Facts
      items={[
        [t('app.personRecord.fields.citizenship'), profile.citizenship ? countries.name(profile.citizenship.iso) : ''],
        [t('app.personRecord.fields.household'), household],
        [t('app.personRecord.fields.permitType'), vocab.label('permitTypes', profile.permitType)],
        [t('app.personRecord.fields.permitExpiresOn'), fmt.date(profile.permitExpiresOn)],
        [t('app.personRecord.fields.residenceIstat'), profile.residenceIstat ?? ''],
        [t('app.personRecord.fields.education'), profile.educationIsced !== null ? vocab.label('isced', profile.educationIsced) : ''],
        [t('app.personRecord.fields.foreignQualifications'), profile.foreignQualifications.map((q) => [q.title, q.country ? countries.name(q.country) : '', q.year ?? ''].filter(Boolean).join(', ')).join('; ')],
        [t('app.personRecord.fields.labourStatus'), labour],
        [t('app.personRecord.fields.neet'), profile.neet === null ? '' : profile.neet ? t('app.common.yes') : t('app.common.no')],
        [t('app.personRecord.fields.housing'), vocab.label('ethos', profile.housingEthos)],
      ]}
    />
  );
}

export function SpecialFacts({ special }: { special: NonNullable<PersonView['special']> }) {
  const { t } = useTranslation();
  const vocab = useVocab();
  return (
    <Facts
      items={[
        [t('app.personRecord.fields.disability'), vocab.label('disability', special.disability)],
        [t('app.personRecord.fields.disadvantages'), special.disadvantages.map((d) => vocab.label('disadvantages', d)).join(', ')],
      ]}
    />
  );
}
