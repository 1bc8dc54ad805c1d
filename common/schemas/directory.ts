import { z } from 'zod';

// Staff API of the territorial service directory (Open Referral HSDS 3.1 with the Approdo profile,
// docs/hsds-profile.md). Request bodies carry no defaults: a PATCH must leave unsent fields alone,
// so the create commands fill defaults in. Replace-on-save arrays (phones, schedules…) replace
// the whole set when present and leave it untouched when absent.

/** The public finder's languages (same list as server/domains/directory/needs-taxonomy.ts). */
export const CONTENT_LANGUAGES = ['it', 'en', 'fr', 'ar', 'es', 'uk', 'sq', 'zh', 'bn', 'ur', 'ti', 'fa'] as const;
export const SERVICE_STATUSES = ['active', 'inactive', 'defunct', 'temporarily closed'] as const;
export const PUBLICATION_STATES = ['draft', 'pending_approval', 'published'] as const;
export const TARGET_GROUPS = [
  'women',
  'minors_15_17',
  'unaccompanied_minors',
  'young_adults',
  'neet',
  'families',
  'survivors',
  'asylum_seekers',
  'refugees',
  'people_with_disabilities',
  'elderly',
] as const;
export const RESIDENCE_PERMIT_REQUIREMENTS = ['none', 'any_permit', 'valid_permit', 'not_required_emergency'] as const;
export const PHONE_TYPES = ['voice', 'cell', 'text', 'fax', 'video', 'textphone'] as const;
export const LOCATION_TYPES = ['physical', 'postal', 'virtual'] as const;
export const SCHEDULE_FREQUENCIES = ['WEEKLY', 'MONTHLY'] as const;
export const REPORT_REASONS = ['closed', 'wrong_hours', 'wrong_contact', 'wrong_address', 'other'] as const;
export const REPORT_STATUSES = ['open', 'resolved', 'dismissed'] as const;
export const CHANGE_STATUSES = ['pending', 'approved', 'rejected'] as const;
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

const text = (max: number) => z.string().trim().max(max);
const optText = (max: number) => text(max).nullable().optional();
const httpUrl = z.url({ protocol: /^https?$/ }).trim().max(500);
const email = z.string().trim().toLowerCase().max(254).email();
const isoDate = z.iso.date();
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/);
export const languageCode = z.string().regex(/^[a-z]{2,3}$/);
export const needCode = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/);
const uuid = z.string().uuid();

/** {lang: {field: text}} with the fields an entity translates. */
function translations<K extends string>(fields: readonly K[], max = 10000) {
  const shape = Object.fromEntries(fields.map((f) => [f, text(max).optional()])) as Record<K, z.ZodOptional<z.ZodString>>;
  return z.partialRecord(z.enum(CONTENT_LANGUAGES), z.object(shape).strict());
}
export const SERVICE_TRANSLATED = ['name', 'description', 'eligibilityDescription', 'applicationProcess', 'feesDescription'] as const;
export const LOCATION_TRANSLATED = ['name', 'description', 'transportation'] as const;
export const ORGANIZATION_TRANSLATED = ['name', 'description'] as const;

export const phoneInput = z
  .object({
    number: z.string().trim().regex(/^[+0-9 ()./-]{3,30}$/),
    extension: optText(20),
    type: z.enum(PHONE_TYPES).nullable().optional(),
    description: optText(300),
  })
  .strict();

export const scheduleInput = z
  .object({
    freq: z.enum(SCHEDULE_FREQUENCIES).optional(),
    // RFC 5545 BYDAY: weekdays, with an ordinal for monthly rules ("1MO" = first Monday).
    byday: z.string().regex(/^([+-]?[1-5])?(MO|TU|WE|TH|FR|SA|SU)(,([+-]?[1-5])?(MO|TU|WE|TH|FR|SA|SU))*$/).nullable().optional(),
    bymonthday: z.string().regex(/^-?\d{1,2}(,-?\d{1,2})*$/).nullable().optional(),
    opensAt: time.nullable().optional(),
    closesAt: time.nullable().optional(),
    validFrom: isoDate.nullable().optional(),
    validTo: isoDate.nullable().optional(),
    description: optText(500),
    notes: optText(500),
  })
  .strict();

export const requiredDocumentInput = z
  .object({ document: text(300).min(1), uri: httpUrl.nullable().optional(), translations: translations(['document'], 300).optional() })
  .strict();

export const costOptionInput = z
  .object({
    option: optText(300),
    amount: z.number().min(0).max(1_000_000).nullable().optional(),
    currency: z.string().regex(/^[A-Z]{3}$/).nullable().optional(),
    amountDescription: optText(300),
    validFrom: isoDate.nullable().optional(),
    validTo: isoDate.nullable().optional(),
  })
  .strict();

const serviceFields = {
  organizationId: uuid,
  name: text(300).min(1),
  alternateName: optText(300),
  description: text(10000).optional(),
  url: httpUrl.nullable().optional(),
  email: email.nullable().optional(),
  status: z.enum(SERVICE_STATUSES).optional(),
  interpretationServices: optText(1000),
  applicationProcess: optText(5000),
  feesDescription: optText(2000),
  fees: optText(500),
  waitTime: optText(300),
  accreditations: optText(1000),
  licenses: optText(1000),
  eligibilityDescription: optText(5000),
  alert: optText(1000),
  minimumAge: z.number().int().min(0).max(130).nullable().optional(),
  maximumAge: z.number().int().min(0).max(130).nullable().optional(),
  acceptsReferrals: z.boolean().optional(),
  targetGroups: z.array(z.enum(TARGET_GROUPS)).max(TARGET_GROUPS.length).optional(),
  residencePermitRequirement: z.enum(RESIDENCE_PERMIT_REQUIREMENTS).optional(),
  interpretationAvailable: z.boolean().optional(),
  childcareAvailable: z.boolean().optional(),
  womenOnly: z.boolean().optional(),
  freeOfCharge: z.boolean().optional(),
  /** Settable only by holders of protection.access. */
  confidential: z.boolean().optional(),
  /** Approvers may keep a new service as a draft; partners' services always await approval. */
  publicationState: z.enum(['draft', 'published']).optional(),
  translations: translations(SERVICE_TRANSLATED).optional(),
  phones: z.array(phoneInput).max(20).optional(),
  schedules: z.array(scheduleInput).max(50).optional(),
  languages: z.array(languageCode).max(40).optional(),
  needs: z.array(needCode).max(30).optional(),
  requiredDocuments: z.array(requiredDocumentInput).max(30).optional(),
  costOptions: z.array(costOptionInput).max(20).optional(),
  locationIds: z.array(uuid).max(50).optional(),
};
export const serviceBody = z.object(serviceFields).strict();
export const servicePatch = z.object(serviceFields).partial().strict();
export type ServiceInput = z.infer<typeof servicePatch>;

export const serviceListQuery = z
  .object({
    q: text(100).optional(),
    category: needCode.optional(),
    status: z.enum(SERVICE_STATUSES).optional(),
    publicationState: z.enum(PUBLICATION_STATES).optional(),
    organizationId: uuid.optional(),
    overdue: z.enum(['true', 'false']).optional(),
    limit: z.coerce.number().int().min(1).max(200).optional(),
    offset: z.coerce.number().int().min(0).max(100000).optional(),
  })
  .strict();

const accessibilityInput = z.object({ description: optText(1000), details: optText(2000), url: httpUrl.nullable().optional() }).strict();
export const addressInput = z
  .object({
    address1: text(300).min(1),
    address2: optText(300),
    city: text(100).min(1),
    postalCode: z.string().trim().regex(/^[0-9A-Za-z -]{0,10}$/).optional(),
    region: optText(100),
    stateProvince: text(100).optional(),
    country: z.string().regex(/^[A-Z]{2}$/).optional(),
  })
  .strict();

const locationFields = {
  name: text(300).min(1),
  alternateName: optText(300),
  description: optText(5000),
  transportation: optText(2000),
  locationType: z.enum(LOCATION_TYPES).optional(),
  url: httpUrl.nullable().optional(),
  organizationId: uuid.nullable().optional(),
  latitude: z.number().min(-90).max(90).nullable().optional(),
  longitude: z.number().min(-180).max(180).nullable().optional(),
  neighbourhood: optText(100),
  externalIdentifier: optText(100),
  externalIdentifierType: optText(100),
  /** Shelters: never published nor geocoded; settable only by holders of protection.access. */
  confidential: z.boolean().optional(),
  address: addressInput.nullable().optional(),
  accessibility: z.array(accessibilityInput).max(20).optional(),
  translations: translations(LOCATION_TRANSLATED).optional(),
};
export const locationBody = z.object(locationFields).strict();
export const locationPatch = z.object(locationFields).partial().strict();
export type LocationInput = z.infer<typeof locationPatch>;
export const locationListQuery = z.object({ q: text(100).optional(), organizationId: uuid.optional() }).strict();

const organizationFields = {
  name: text(300).min(1),
  alternateName: optText(300),
  description: text(10000).optional(),
  email: email.nullable().optional(),
  website: httpUrl.nullable().optional(),
  taxStatus: optText(100),
  taxId: z.string().trim().regex(/^[0-9A-Za-z]{6,20}$/).nullable().optional(),
  yearIncorporated: z.number().int().min(1000).max(2200).nullable().optional(),
  legalStatus: optText(100),
  uri: httpUrl.nullable().optional(),
  parentOrganizationId: uuid.nullable().optional(),
  /** The Approdo organisation this directory entry describes, when it is one of the network's. */
  approdoOrganisationId: uuid.nullable().optional(),
  translations: translations(ORGANIZATION_TRANSLATED).optional(),
};
export const organizationBody = z.object(organizationFields).strict();
export const organizationPatch = z.object(organizationFields).partial().strict();
export type OrganizationInput = z.infer<typeof organizationPatch>;

export const directoryIdParam = z.object({ id: uuid }).strict();
export const changeListQuery = z.object({ status: z.enum(CHANGE_STATUSES).optional() }).strict();
export const reportListQuery = z.object({ status: z.enum(REPORT_STATUSES).optional() }).strict();
export const rejectBody = z.object({ comment: text(1000).optional() }).strict();
export const resolveBody = z.object({ comment: text(1000).optional() }).strict();
export const emptyBody = z.object({}).strict();
export const mergeBody = z.object({ intoId: uuid }).strict();
export const duplicateCheckBody = z
  .object({
    name: text(300).min(1),
    address: optText(300),
    city: optText(100),
    organizationId: uuid.nullable().optional(),
    identifier: optText(100),
    excludeId: uuid.nullable().optional(),
  })
  .strict();
export const duplicateReportQuery = z.object({ threshold: z.coerce.number().min(0.3).max(1).optional() }).strict();
export const organizationListQuery = z.object({ q: text(100).optional() }).strict();
/** A term an admin adds to the tenant's needs taxonomy. */
export const needBody = z
  .object({
    code: needCode,
    name: text(200).min(1),
    description: text(1000).optional(),
    translations: translations(['name', 'description'], 1000).optional(),
  })
  .strict();
