import { z } from 'zod';
import {
  CHANGE_STATUSES,
  LOCATION_TYPES,
  PHONE_TYPES,
  PUBLICATION_STATES,
  REPORT_REASONS,
  REPORT_STATUSES,
  RESIDENCE_PERMIT_REQUIREMENTS,
  SERVICE_STATUSES,
  TARGET_GROUPS,
} from './directory.js';

// What the staff API answers about the directory (presenters build exactly these shapes).

const translationsView = z.record(z.string(), z.record(z.string(), z.string()));
const nullableText = z.string().nullable();

export const organizationView = z.object({
  id: z.string().uuid(),
  name: z.string(),
  alternateName: nullableText,
  description: z.string(),
  email: nullableText,
  website: nullableText,
  taxStatus: nullableText,
  taxId: nullableText,
  yearIncorporated: z.number().int().nullable(),
  legalStatus: nullableText,
  uri: nullableText,
  parentOrganizationId: z.string().uuid().nullable(),
  approdoOrganisationId: z.string().uuid().nullable(),
  translations: translationsView,
  serviceCount: z.number().int().optional(),
  updatedAt: z.string(),
});
export type OrganizationView = z.infer<typeof organizationView>;

export const addressView = z.object({
  address1: z.string(),
  address2: nullableText,
  city: z.string(),
  postalCode: z.string(),
  region: nullableText,
  stateProvince: z.string(),
  country: z.string(),
});

export const locationView = z.object({
  id: z.string().uuid(),
  name: nullableText,
  alternateName: nullableText,
  description: nullableText,
  transportation: nullableText,
  locationType: z.enum(LOCATION_TYPES),
  url: nullableText,
  organizationId: z.string().uuid().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  neighbourhood: nullableText,
  externalIdentifier: nullableText,
  externalIdentifierType: nullableText,
  confidential: z.boolean(),
  address: addressView.nullable(),
  accessibility: z.array(z.object({ description: nullableText, details: nullableText, url: nullableText })),
  translations: translationsView,
  serviceCount: z.number().int().optional(),
  updatedAt: z.string(),
});
export type LocationView = z.infer<typeof locationView>;

export const scheduleView = z.object({
  freq: z.string().nullable(),
  byday: nullableText,
  bymonthday: nullableText,
  opensAt: nullableText,
  closesAt: nullableText,
  validFrom: nullableText,
  validTo: nullableText,
  description: nullableText,
  notes: nullableText,
});

export const serviceListItem = z.object({
  id: z.string().uuid(),
  name: z.string(),
  organization: z.object({ id: z.string().uuid(), name: z.string() }),
  status: z.enum(SERVICE_STATUSES),
  publicationState: z.enum(PUBLICATION_STATES),
  confidential: z.boolean(),
  needs: z.array(z.string()),
  lastVerifiedAt: nullableText,
  nextCheckDue: nullableText,
  overdue: z.boolean(),
  updatedAt: z.string(),
});
export type ServiceListItem = z.infer<typeof serviceListItem>;
export const serviceList = z.object({ items: z.array(serviceListItem), total: z.number().int() });

export const metadataView = z.object({
  date: z.string(),
  action: z.string(),
  field: z.string(),
  previousValue: z.string(),
  replacementValue: z.string(),
  updatedBy: z.string(),
});

export const serviceView = serviceListItem.extend({
  alternateName: nullableText,
  description: z.string(),
  url: nullableText,
  email: nullableText,
  interpretationServices: nullableText,
  applicationProcess: nullableText,
  feesDescription: nullableText,
  fees: nullableText,
  waitTime: nullableText,
  accreditations: nullableText,
  licenses: nullableText,
  eligibilityDescription: nullableText,
  alert: nullableText,
  minimumAge: z.number().int().nullable(),
  maximumAge: z.number().int().nullable(),
  acceptsReferrals: z.boolean(),
  targetGroups: z.array(z.enum(TARGET_GROUPS)),
  residencePermitRequirement: z.enum(RESIDENCE_PERMIT_REQUIREMENTS),
  interpretationAvailable: z.boolean(),
  childcareAvailable: z.boolean(),
  womenOnly: z.boolean(),
  freeOfCharge: z.boolean(),
  translations: translationsView,
  verifiedBy: z.object({ id: z.string().uuid(), displayName: z.string() }).nullable(),
  phones: z.array(z.object({ number: z.string(), extension: nullableText, type: z.enum(PHONE_TYPES).nullable(), description: nullableText })),
  schedules: z.array(scheduleView),
  languages: z.array(z.string()),
  requiredDocuments: z.array(z.object({ document: z.string(), uri: nullableText, translations: translationsView })),
  costOptions: z.array(
    z.object({ option: nullableText, amount: z.number().nullable(), currency: nullableText, amountDescription: nullableText, validFrom: nullableText, validTo: nullableText }),
  ),
  locations: z.array(locationView),
  pendingChangeId: z.string().uuid().nullable(),
  openReports: z.number().int(),
  history: z.array(metadataView),
  createdAt: z.string(),
});
export type ServiceView = z.infer<typeof serviceView>;

export const duplicateCandidate = z.object({
  id: z.string().uuid(),
  name: z.string(),
  organizationName: z.string(),
  address: nullableText,
  score: z.number(),
  reason: z.enum(['same_identifier', 'same_address', 'similar_name_address', 'similar_name']),
});
export type DuplicateCandidate = z.infer<typeof duplicateCandidate>;

export const serviceCreated = serviceView.extend({ duplicates: z.array(duplicateCandidate) });
export const locationCreated = locationView.extend({ duplicates: z.array(z.object({ id: z.string().uuid(), name: nullableText, address: nullableText, score: z.number(), reason: duplicateCandidate.shape.reason })) });

export const duplicatePair = z.object({ a: duplicateCandidate.omit({ score: true, reason: true }), b: duplicateCandidate.omit({ score: true, reason: true }), score: z.number(), reason: duplicateCandidate.shape.reason });
export type DuplicatePair = z.infer<typeof duplicatePair>;

export const changeView = z.object({
  id: z.string().uuid(),
  service: z.object({ id: z.string().uuid(), name: z.string() }),
  organizationName: z.string(),
  /** Field → [current value, proposed value]. */
  fields: z.record(z.string(), z.tuple([z.unknown(), z.unknown()])),
  proposedBy: z.object({ id: z.string().uuid(), displayName: z.string() }).nullable(),
  status: z.enum(CHANGE_STATUSES),
  comment: nullableText,
  createdAt: z.string(),
  decidedAt: nullableText,
});
export type ChangeView = z.infer<typeof changeView>;

export const reportView = z.object({
  id: z.string().uuid(),
  service: z.object({ id: z.string().uuid(), name: z.string() }),
  reason: z.enum(REPORT_REASONS),
  message: nullableText,
  status: z.enum(REPORT_STATUSES),
  createdAt: z.string(),
  resolvedAt: nullableText,
});
export type ReportView = z.infer<typeof reportView>;

export const needTermView = z.object({ id: z.string().uuid(), code: z.string(), name: z.string(), translations: translationsView });
export type NeedTermView = z.infer<typeof needTermView>;

export const serviceProposed = z.object({ changeId: z.string().uuid(), service: serviceView });
export const mergeResult = z.object({ service: serviceView, moved: z.record(z.string(), z.number().int()) });
