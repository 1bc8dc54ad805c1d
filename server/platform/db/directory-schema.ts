import type { ColumnType, Generated, GeneratedAlways } from 'kysely';

// Kysely types of the directory tables (server/db/migrations/0005_directory.sql), camelCase.
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type GeneratedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** `date` columns come back as strings (see the pg type parser in database.ts). */
type DateCol = ColumnType<string, string, string>;
/** Per-language texts of the Approdo profile: {lang: {field: text}}. */
export type TranslationMap = Record<string, Record<string, string>>;
type JsonDefault = ColumnType<TranslationMap, string | undefined, string>;

export interface DirAccessibilityTable {
  tenantId: string;
  id: Generated<string>;
  locationId: string | null;
  description: string | null;
  details: string | null;
  url: string | null;
}

export interface DirAddressTable {
  tenantId: string;
  id: Generated<string>;
  locationId: string;
  attention: string | null;
  address1: string;
  address2: string | null;
  city: string;
  region: string | null;
  stateProvince: Generated<string>;
  postalCode: Generated<string>;
  country: Generated<string>;
  addressType: Generated<string>;
}

export interface DirAttributeTable {
  tenantId: string;
  id: Generated<string>;
  linkId: string;
  taxonomyTermId: string;
  linkType: string | null;
  linkEntity: string;
  value: string | null;
  label: string | null;
}

export interface DirContactTable {
  tenantId: string;
  id: Generated<string>;
  organizationId: string | null;
  serviceId: string | null;
  serviceAtLocationId: string | null;
  locationId: string | null;
  name: string | null;
  title: string | null;
  department: string | null;
  email: string | null;
}

export interface DirCostOptionTable {
  tenantId: string;
  id: Generated<string>;
  serviceId: string;
  validFrom: DateCol | null;
  validTo: DateCol | null;
  option: string | null;
  currency: string | null;
  amount: string | null;
  amountDescription: string | null;
}

export interface DirFundingTable {
  tenantId: string;
  id: Generated<string>;
  organizationId: string | null;
  serviceId: string | null;
  source: string | null;
}

export interface DirLanguageTable {
  tenantId: string;
  id: Generated<string>;
  serviceId: string | null;
  locationId: string | null;
  phoneId: string | null;
  name: string | null;
  code: string | null;
  note: string | null;
}

export interface DirLocationTable {
  tenantId: string;
  id: Generated<string>;
  locationType: Generated<string>;
  url: string | null;
  organizationId: string | null;
  name: string | null;
  alternateName: string | null;
  description: string | null;
  transportation: string | null;
  latitude: string | null;
  longitude: string | null;
  externalIdentifier: string | null;
  externalIdentifierType: string | null;
  neighbourhood: string | null;
  translations: JsonDefault;
  confidential: Generated<boolean>;
  createdAt: GeneratedTimestamp;
  updatedAt: GeneratedTimestamp;
}

export interface DirMetadataTable {
  tenantId: string;
  id: Generated<string>;
  resourceId: string;
  resourceType: string;
  lastActionDate: GeneratedTimestamp;
  lastActionType: string;
  fieldName: string;
  previousValue: Generated<string>;
  replacementValue: Generated<string>;
  updatedBy: string;
}

export interface DirOrganizationTable {
  tenantId: string;
  id: Generated<string>;
  name: string;
  alternateName: string | null;
  description: Generated<string>;
  email: string | null;
  website: string | null;
  taxStatus: string | null;
  taxId: string | null;
  yearIncorporated: number | null;
  legalStatus: string | null;
  logo: string | null;
  uri: string | null;
  parentOrganizationId: string | null;
  approdoOrganisationId: string | null;
  translations: JsonDefault;
  createdAt: GeneratedTimestamp;
  updatedAt: GeneratedTimestamp;
}

export interface DirOrganizationIdentifierTable {
  tenantId: string;
  id: Generated<string>;
  organizationId: string;
  identifierScheme: string | null;
  identifierType: string;
  identifier: string;
}

export interface DirPhoneTable {
  tenantId: string;
  id: Generated<string>;
  locationId: string | null;
  serviceId: string | null;
  organizationId: string | null;
  contactId: string | null;
  serviceAtLocationId: string | null;
  number: string;
  extension: string | null;
  type: string | null;
  description: string | null;
  translations: JsonDefault;
}

export interface DirProgramTable {
  tenantId: string;
  id: Generated<string>;
  organizationId: string;
  name: string;
  alternateName: string | null;
  description: Generated<string>;
}

export interface DirReportTable {
  tenantId: string;
  id: Generated<string>;
  serviceId: string;
  reason: string;
  message: string | null;
  status: Generated<string>;
  createdAt: GeneratedTimestamp;
  resolvedAt: Timestamp | null;
  resolvedBy: string | null;
}

export interface DirRequiredDocumentTable {
  tenantId: string;
  id: Generated<string>;
  serviceId: string;
  document: string | null;
  uri: string | null;
  translations: JsonDefault;
}

export interface DirScheduleTable {
  tenantId: string;
  id: Generated<string>;
  serviceId: string | null;
  locationId: string | null;
  serviceAtLocationId: string | null;
  validFrom: DateCol | null;
  validTo: DateCol | null;
  dtstart: DateCol | null;
  timezone: number | null;
  until: DateCol | null;
  count: number | null;
  wkst: string | null;
  freq: string | null;
  interval: number | null;
  byday: string | null;
  byweekno: string | null;
  bymonthday: string | null;
  byyearday: string | null;
  description: string | null;
  opensAt: string | null;
  closesAt: string | null;
  scheduleLink: string | null;
  attendingType: string | null;
  notes: string | null;
  translations: JsonDefault;
}

export interface DirSearchMissTable {
  tenantId: string;
  day: DateCol;
  category: Generated<string>;
  language: Generated<string>;
  area: Generated<string>;
  misses: Generated<number>;
}

export interface DirServiceTable {
  tenantId: string;
  id: Generated<string>;
  organizationId: string;
  programId: string | null;
  name: string;
  alternateName: string | null;
  description: Generated<string>;
  url: string | null;
  email: string | null;
  status: Generated<string>;
  interpretationServices: string | null;
  applicationProcess: string | null;
  feesDescription: string | null;
  waitTime: string | null;
  fees: string | null;
  accreditations: string | null;
  eligibilityDescription: string | null;
  minimumAge: number | null;
  maximumAge: number | null;
  assuredDate: DateCol | null;
  assurerEmail: string | null;
  licenses: string | null;
  alert: string | null;
  lastModified: GeneratedTimestamp;
  translations: JsonDefault;
  lastVerifiedAt: Timestamp | null;
  verifiedBy: string | null;
  nextCheckDue: DateCol | null;
  acceptsReferrals: Generated<boolean>;
  targetGroups: Generated<string[]>;
  residencePermitRequirement: Generated<string>;
  interpretationAvailable: Generated<boolean>;
  childcareAvailable: Generated<boolean>;
  womenOnly: Generated<boolean>;
  freeOfCharge: Generated<boolean>;
  confidential: Generated<boolean>;
  publicationState: Generated<string>;
  createdBy: string | null;
  createdAt: GeneratedTimestamp;
  updatedAt: GeneratedTimestamp;
  searchText: GeneratedAlways<string>;
}

/** A partner's proposed edit of a published service (migration 0006). */
export interface DirServiceChangeTable {
  tenantId: string;
  id: Generated<string>;
  serviceId: string;
  proposed: ColumnType<Record<string, unknown>, string, string>;
  proposedBy: string | null;
  status: Generated<string>;
  comment: string | null;
  decidedBy: string | null;
  decidedAt: Timestamp | null;
  createdAt: GeneratedTimestamp;
  updatedAt: GeneratedTimestamp;
}

export interface DirServiceAreaTable {
  tenantId: string;
  id: Generated<string>;
  serviceId: string | null;
  serviceAtLocationId: string | null;
  name: string | null;
  description: string | null;
  extent: string | null;
  extentType: string | null;
  uri: string | null;
}

export interface DirServiceAtLocationTable {
  tenantId: string;
  id: Generated<string>;
  serviceId: string;
  locationId: string;
  description: string | null;
}

export interface DirServiceCapacityTable {
  tenantId: string;
  id: Generated<string>;
  serviceId: string;
  unitId: string;
  available: string;
  maximum: string | null;
  description: string | null;
  updated: GeneratedTimestamp;
}

export interface DirTaxonomyTable {
  tenantId: string;
  id: Generated<string>;
  name: string;
  description: Generated<string>;
  uri: string | null;
  version: string | null;
}

export interface DirTaxonomyTermTable {
  tenantId: string;
  id: Generated<string>;
  code: string | null;
  name: string;
  description: Generated<string>;
  parentId: string | null;
  taxonomy: string | null;
  language: string | null;
  taxonomyId: string | null;
  termUri: string | null;
  translations: JsonDefault;
}

export interface DirUnitTable {
  tenantId: string;
  id: Generated<string>;
  name: string;
  scheme: string | null;
  identifier: string | null;
  uri: string | null;
}

export interface DirUrlTable {
  tenantId: string;
  id: Generated<string>;
  label: string | null;
  url: string;
  organizationId: string | null;
  serviceId: string | null;
}

export interface DirectoryDatabase {
  dirAccessibility: DirAccessibilityTable;
  dirAddress: DirAddressTable;
  dirAttribute: DirAttributeTable;
  dirContact: DirContactTable;
  dirCostOption: DirCostOptionTable;
  dirFunding: DirFundingTable;
  dirLanguage: DirLanguageTable;
  dirLocation: DirLocationTable;
  dirMetadata: DirMetadataTable;
  dirOrganization: DirOrganizationTable;
  dirOrganizationIdentifier: DirOrganizationIdentifierTable;
  dirPhone: DirPhoneTable;
  dirProgram: DirProgramTable;
  dirReport: DirReportTable;
  dirRequiredDocument: DirRequiredDocumentTable;
  dirSchedule: DirScheduleTable;
  dirSearchMiss: DirSearchMissTable;
  dirService: DirServiceTable;
  dirServiceArea: DirServiceAreaTable;
  dirServiceAtLocation: DirServiceAtLocationTable;
  dirServiceChange: DirServiceChangeTable;
  dirServiceCapacity: DirServiceCapacityTable;
  dirTaxonomy: DirTaxonomyTable;
  dirTaxonomyTerm: DirTaxonomyTermTable;
  dirUnit: DirUnitTable;
  dirUrl: DirUrlTable;
}

