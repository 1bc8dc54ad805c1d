// Closed vocabularies of the front door and the person record (migration 0009_people.sql holds the
// same lists as CHECK constraints). Labels live in the locale files under `people.vocab.<list>.<code>`.

export const AGE_BANDS = ['under_15', '15_17', '18_24', '25_29', '30_54', '55_64', '65_plus'] as const;
export const SEXES = ['female', 'male', 'intersex', 'not_declared'] as const;
export const GENDERS = ['woman', 'man', 'non_binary', 'not_declared'] as const;
export const INTERPRETER_GENDERS = ['any', 'woman', 'man'] as const;
export const LABOUR_STATUSES = ['employed', 'self_employed', 'unemployed', 'inactive', 'in_education'] as const;
export const DISABILITY_ANSWERS = ['yes', 'no', 'not_declared'] as const;

/** ETHOS Light/ETHOS operational categories (FEANTSA), plus adequately housed. */
export const ETHOS_CATEGORIES = [
  'roofless_public_space',
  'roofless_night_shelter',
  'houseless_homeless_hostel',
  'houseless_women_shelter',
  'houseless_migrant_accommodation',
  'houseless_due_release',
  'houseless_long_term_support',
  'insecure_no_tenancy',
  'insecure_eviction',
  'insecure_violence',
  'inadequate_temporary_structure',
  'inadequate_unfit_housing',
  'inadequate_overcrowding',
  'housed',
] as const;

/** "Other disadvantage" flags of the EU funds' participant data (special category: person.special). */
export const DISADVANTAGES = [
  'single_parent',
  'jobless_household',
  'homeless',
  'trafficking_victim',
  'violence_victim',
  'asylum_seeker',
  'refugee',
  'addiction',
  'former_prisoner',
  'rural_isolation',
  'other',
] as const;

export const RESIDENCE_PERMIT_TYPES = [
  'work_employed',
  'work_self_employed',
  'family',
  'study',
  'asylum',
  'subsidiary_protection',
  'special_protection',
  'article_18',
  'domestic_violence',
  'long_term_eu',
  'awaiting_renewal',
  'eu_citizen_family',
  'none',
  'other',
] as const;

export const ACCESS_POINT_KINDS = ['porta_sociale', 'sportello', 'outreach', 'other'] as const;
export const CONTACT_CHANNELS = ['in_person', 'phone', 'outreach', 'online'] as const;
export const CONTACT_OUTCOMES = ['informed', 'oriented', 'referred', 'registered', 'appointment', 'no_action'] as const;
export const APPOINTMENT_STATUSES = ['booked', 'cancelled', 'attended', 'missed'] as const;
export const REMINDER_CHANNELS = ['none', 'email', 'sms'] as const;
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

export const CONSENT_PURPOSES = ['service_delivery', 'sharing', 'contact', 'photos', 'research'] as const;
export const LEGAL_BASES = ['consent', 'public_task', 'legal_obligation', 'vital_interests', 'contract'] as const;
export const CONSENT_DECISIONS = ['given', 'refused'] as const;
export const EXPLAINED_HOW = ['read_by_person', 'read_aloud', 'interpreter', 'cultural_mediator'] as const;
export const ENROLMENT_EXIT_REASONS = ['completed', 'autonomy_reached', 'transferred', 'moved_away', 'dropped_out', 'other'] as const;

/** ISCED 2011 levels 0-8. */
export const ISCED_LEVELS = [0, 1, 2, 3, 4, 5, 6, 7, 8] as const;

/** Age band of a birth year on a given day (approximate when only the year is known). */
export function ageBandOf(birthYear: number, today: Date = new Date()): (typeof AGE_BANDS)[number] {
  const age = today.getUTCFullYear() - birthYear;
  if (age < 15) return 'under_15';
  if (age < 18) return '15_17';
  if (age < 25) return '18_24';
  if (age < 30) return '25_29';
  if (age < 55) return '30_54';
  if (age < 65) return '55_64';
  return '65_plus';
}

/**
 * NEET (not in employment, education or training), as the EU funds count it: aged 15-29, not
 * employed and not in education or training. Unknown when the labour status is not recorded.
 */
export function isNeet(ageBand: (typeof AGE_BANDS)[number], labourStatus: (typeof LABOUR_STATUSES)[number] | null): boolean | null {
  if (labourStatus === null) return null;
  const young = ageBand === '15_17' || ageBand === '18_24' || ageBand === '25_29';
  return young && (labourStatus === 'unemployed' || labourStatus === 'inactive');
}
