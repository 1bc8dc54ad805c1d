// Locale keys of the directory's codes, spelled out so that the key check (i18n-keys.test.ts)
// sees every one of them.

export const STATUS_LABELS: Record<string, string> = {
  active: 'app.directory.statuses.active',
  inactive: 'app.directory.statuses.inactive',
  defunct: 'app.directory.statuses.defunct',
  'temporarily closed': 'app.directory.statuses.temporarilyClosed',
};

export const PUBLICATION_LABELS: Record<string, string> = {
  draft: 'app.directory.publication.draft',
  pending_approval: 'app.directory.publication.pending_approval',
  published: 'app.directory.publication.published',
};

export const TARGET_GROUP_LABELS: Record<string, string> = {
  women: 'app.directory.targetGroups.women',
  minors_15_17: 'app.directory.targetGroups.minors_15_17',
  unaccompanied_minors: 'app.directory.targetGroups.unaccompanied_minors',
  young_adults: 'app.directory.targetGroups.young_adults',
  neet: 'app.directory.targetGroups.neet',
  families: 'app.directory.targetGroups.families',
  survivors: 'app.directory.targetGroups.survivors',
  asylum_seekers: 'app.directory.targetGroups.asylum_seekers',
  refugees: 'app.directory.targetGroups.refugees',
  people_with_disabilities: 'app.directory.targetGroups.people_with_disabilities',
  elderly: 'app.directory.targetGroups.elderly',
};

export const PERMIT_LABELS: Record<string, string> = {
  none: 'app.directory.permit.none',
  any_permit: 'app.directory.permit.any_permit',
  valid_permit: 'app.directory.permit.valid_permit',
  not_required_emergency: 'app.directory.permit.not_required_emergency',
};

export const PHONE_TYPE_LABELS: Record<string, string> = {
  voice: 'app.directory.phoneTypes.voice',
  cell: 'app.directory.phoneTypes.cell',
  text: 'app.directory.phoneTypes.text',
  fax: 'app.directory.phoneTypes.fax',
  video: 'app.directory.phoneTypes.video',
  textphone: 'app.directory.phoneTypes.textphone',
};

export const WEEKDAY_LABELS: Record<string, string> = {
  MO: 'app.directory.weekdays.MO',
  TU: 'app.directory.weekdays.TU',
  WE: 'app.directory.weekdays.WE',
  TH: 'app.directory.weekdays.TH',
  FR: 'app.directory.weekdays.FR',
  SA: 'app.directory.weekdays.SA',
  SU: 'app.directory.weekdays.SU',
};

export const REASON_LABELS: Record<string, string> = {
  closed: 'app.directory.reportReasons.closed',
  wrong_hours: 'app.directory.reportReasons.wrong_hours',
  wrong_contact: 'app.directory.reportReasons.wrong_contact',
  wrong_address: 'app.directory.reportReasons.wrong_address',
  other: 'app.directory.reportReasons.other',
};

export const DUPLICATE_REASON_LABELS: Record<string, string> = {
  same_identifier: 'app.directory.duplicateReasons.same_identifier',
  same_address: 'app.directory.duplicateReasons.same_address',
  similar_name_address: 'app.directory.duplicateReasons.similar_name_address',
  similar_name: 'app.directory.duplicateReasons.similar_name',
};

/** Service fields as named in the change queue and the history, by their API (camelCase) name. */
const FIELD_LABELS: Record<string, string> = {
  name: 'app.directory.fields.name',
  alternateName: 'app.directory.fields.alternateName',
  description: 'app.directory.fields.description',
  organizationId: 'app.directory.fields.organization',
  status: 'app.directory.fields.status',
  publicationState: 'app.directory.fields.publicationState',
  url: 'app.directory.fields.url',
  email: 'app.directory.fields.email',
  eligibilityDescription: 'app.directory.fields.eligibility',
  applicationProcess: 'app.directory.fields.applicationProcess',
  feesDescription: 'app.directory.fields.fees',
  interpretationServices: 'app.directory.fields.interpretationServices',
  waitTime: 'app.directory.fields.waitTime',
  alert: 'app.directory.fields.alert',
  minimumAge: 'app.directory.fields.minimumAge',
  maximumAge: 'app.directory.fields.maximumAge',
  acceptsReferrals: 'app.directory.fields.acceptsReferrals',
  freeOfCharge: 'app.directory.fields.freeOfCharge',
  womenOnly: 'app.directory.fields.womenOnly',
  childcareAvailable: 'app.directory.fields.childcareAvailable',
  interpretationAvailable: 'app.directory.fields.interpretationAvailable',
  residencePermitRequirement: 'app.directory.fields.permit',
  targetGroups: 'app.directory.fields.targetGroups',
  confidential: 'app.directory.confidential',
  translations: 'app.directory.fields.translations',
  phones: 'app.directory.fields.phones',
  schedules: 'app.directory.fields.schedules',
  languages: 'app.directory.fields.languages',
  needs: 'app.directory.fields.needs',
  locationIds: 'app.directory.fields.locations',
  requiredDocuments: 'app.directory.fields.documents',
  costOptions: 'app.directory.fields.costs',
  lastVerifiedAt: 'app.directory.fields.lastVerified',
  nextCheckDue: 'app.directory.fields.nextCheckDue',
  mergedFrom: 'app.directory.history.mergedFrom',
  mergedInto: 'app.directory.history.mergedInto',
};

/** The locale key naming a field given in API (camelCase) or HSDS (snake_case) spelling, if known. */
export function fieldLabel(field: string): string | undefined {
  return FIELD_LABELS[field.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase())];
}

/** The name of a language in the reader's language ("ar" → "arabo"), from the browser's own data. */
export function languageName(code: string, uiLanguage: string): string {
  try {
    return new Intl.DisplayNames([uiLanguage], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
