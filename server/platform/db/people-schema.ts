import type { ColumnType, Generated, GeneratedAlways } from 'kysely';

// Kysely types of the front-door tables (server/db/migrations/0009_people.sql), camelCase.
type GeneratedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** `date` columns come back as strings (see the pg type parser in database.ts). */
type DateCol = ColumnType<string, string, string>;
/** jsonb written as a JSON string (JSON.stringify), read back parsed. */
type Json<T> = ColumnType<T, string | undefined, string>;
type JsonNullable<T> = ColumnType<T | null, string | null | undefined, string | null>;
/** numeric columns come back as strings from pg. */
type Numeric = ColumnType<string | null, string | number | null | undefined, string | number | null>;

export interface OpeningHoursEntry {
  day: 'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU';
  opens: string;
  closes: string;
}

export interface AccessPointTable {
  tenantId: string;
  id: Generated<string>;
  organisationId: string;
  kind: 'porta_sociale' | 'sportello' | 'outreach' | 'other';
  name: string;
  address: string | null;
  city: string | null;
  latitude: Numeric;
  longitude: Numeric;
  openingHours: Json<OpeningHoursEntry[]>;
  languages: Generated<string[]>;
  phone: string | null;
  email: string | null;
  slotMinutes: Generated<number>;
  desks: Generated<number>;
  directoryLocationId: string | null;
  active: Generated<boolean>;
  version: Generated<number>;
  createdAt: GeneratedTimestamp;
  updatedAt: GeneratedTimestamp;
}

export interface AccessPointOperatorTable {
  tenantId: string;
  accessPointId: string;
  userId: string;
}

export interface ProjectTable {
  tenantId: string;
  id: Generated<string>;
  code: string;
  name: string;
  funder: Generated<string>;
  fundingStream: Generated<string>;
  description: Generated<string>;
  startsOn: DateCol | null;
  endsOn: DateCol | null;
  active: Generated<boolean>;
  createdAt: GeneratedTimestamp;
}

export interface HouseholdJson {
  size?: number;
  members?: { relation: string; birthYear?: number; dependent?: boolean }[];
}

export interface PersonTable {
  tenantId: string;
  id: Generated<string>;
  code: string;
  status: Generated<'active' | 'merged'>;
  mergedIntoId: string | null;
  protected: Generated<boolean>;
  organisationId: string;
  accessPointId: string | null;
  createdBy: string | null;
  sex: Generated<'female' | 'male' | 'intersex' | 'not_declared'>;
  gender: Generated<'woman' | 'man' | 'non_binary' | 'not_declared'>;
  ageBand: 'under_15' | '15_17' | '18_24' | '25_29' | '30_54' | '55_64' | '65_plus';
  birthYear: number | null;
  birthYearEstimated: Generated<boolean>;
  citizenship: string | null;
  citizenshipIstat: string | null;
  languages: Generated<string[]>;
  preferredLanguage: string | null;
  interpreterNeeded: Generated<boolean>;
  interpreterLanguage: string | null;
  interpreterGender: 'any' | 'woman' | 'man' | null;
  household: Json<HouseholdJson>;
  permitType: string | null;
  permitExpiresOn: DateCol | null;
  residenceIstat: string | null;
  educationIsced: number | null;
  foreignQualifications: Json<{ title: string; country?: string; year?: number; recognised?: boolean }[]>;
  labourStatus: 'employed' | 'self_employed' | 'unemployed' | 'inactive' | 'in_education' | null;
  unemployedSince: DateCol | null;
  housingEthos: string | null;
  disability: 'yes' | 'no' | 'not_declared' | null;
  disadvantages: Generated<string[]>;
  needs: Generated<string[]>;
  version: Generated<number>;
  createdAt: GeneratedTimestamp;
  updatedAt: GeneratedTimestamp;
}

export interface PersonIdentityTable {
  tenantId: string;
  personId: string;
  givenName: string | null;
  familyName: string | null;
  givenNameOriginal: string | null;
  familyNameOriginal: string | null;
  aliases: Generated<string[]>;
  birthDate: DateCol | null;
  birthDateEstimated: Generated<boolean>;
  birthPlace: string | null;
  birthCountry: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
  permitNumber: string | null;
  searchNames: Generated<string>;
  phonetic: GeneratedAlways<string[]>;
  phoneKey: GeneratedAlways<string | null>;
  /** person.birthYear, copied by triggers (migration 0009) for the match index. */
  birthYear: GeneratedAlways<number | null>;
}

export interface PersonOrganisationTable {
  tenantId: string;
  personId: string;
  organisationId: string;
  since: GeneratedTimestamp;
  reason: 'registered' | 'contact' | 'enrolment' | 'referral' | 'case' | 'merge';
}

export interface PersonWorkerTable {
  tenantId: string;
  personId: string;
  userId: string;
  role: 'intake' | 'case_worker' | 'protection' | 'mentor' | 'other';
  since: GeneratedTimestamp;
}

export interface AnonymousProfileJson {
  gender?: string;
  ageBand?: string;
  citizenship?: string;
}

export interface ContactTable {
  tenantId: string;
  id: Generated<string>;
  personId: string | null;
  accessPointId: string | null;
  organisationId: string;
  operatorId: string | null;
  occurredAt: GeneratedTimestamp;
  channel: 'in_person' | 'phone' | 'outreach' | 'online';
  needs: Generated<string[]>;
  informationGiven: Generated<string>;
  suggestedServiceIds: Generated<string[]>;
  outcome: 'informed' | 'oriented' | 'referred' | 'registered' | 'appointment' | 'no_action';
  nextStep: Generated<string>;
  nextStepDue: DateCol | null;
  nextStepDoneAt: Timestamp | null;
  language: string | null;
  anonymousProfile: JsonNullable<AnonymousProfileJson>;
  createdAt: GeneratedTimestamp;
}

export interface AppointmentTable {
  tenantId: string;
  id: Generated<string>;
  accessPointId: string;
  personId: string | null;
  visitorName: string | null;
  startsAt: Timestamp;
  endsAt: Timestamp;
  operatorId: string | null;
  purpose: Generated<string>;
  status: Generated<'booked' | 'cancelled' | 'attended' | 'missed'>;
  reminderChannel: Generated<'none' | 'email' | 'sms'>;
  reminderTo: string | null;
  reminderLanguage: string | null;
  reminderSentAt: Timestamp | null;
  createdBy: string | null;
  version: Generated<number>;
  createdAt: GeneratedTimestamp;
}

export interface EnrolmentTable {
  tenantId: string;
  id: Generated<string>;
  personId: string;
  projectId: string;
  organisationId: string;
  entryDate: DateCol;
  entryStatus: Json<Record<string, unknown>>;
  exitDate: DateCol | null;
  exitStatus: JsonNullable<Record<string, unknown>>;
  exitReason: string | null;
  createdBy: string | null;
  version: Generated<number>;
  createdAt: GeneratedTimestamp;
}

export type ConsentPurpose = 'service_delivery' | 'sharing' | 'contact' | 'photos' | 'research';
export type LegalBasis = 'consent' | 'public_task' | 'legal_obligation' | 'vital_interests' | 'contract';

export interface ProcessingPurposeTable {
  tenantId: string;
  purpose: ConsentPurpose;
  legalBasis: LegalBasis;
}

export interface NoticeTable {
  tenantId: string;
  id: Generated<string>;
  purpose: ConsentPurpose;
  partnerOrganisationId: string | null;
  version: number;
  texts: ColumnType<Record<string, { title: string; body: string }>, string, string>;
  publishedAt: GeneratedTimestamp;
  retiredAt: Timestamp | null;
  createdBy: string | null;
}

export interface StoredFileTable {
  tenantId: string;
  id: Generated<string>;
  purpose: string;
  fileName: string;
  contentType: string;
  sizeBytes: ColumnType<string, number | string, number | string>;
  sha256: string;
  storageKey: string;
  createdBy: string | null;
  createdAt: GeneratedTimestamp;
}

export interface ConsentTable {
  tenantId: string;
  id: Generated<string>;
  personId: string;
  noticeId: string;
  purpose: ConsentPurpose;
  partnerOrganisationId: string | null;
  decision: 'given' | 'refused';
  language: string;
  explainedHow: 'read_by_person' | 'read_aloud' | 'interpreter' | 'cultural_mediator';
  explainedBy: string | null;
  decidedOn: DateCol;
  withdrawnAt: Timestamp | null;
  withdrawnBy: string | null;
  signatureFileId: string | null;
  guardian: JsonNullable<{ name: string; relation: string; document?: string }>;
  recordedBy: string | null;
  createdAt: GeneratedTimestamp;
}

export interface PersonMergeTable {
  tenantId: string;
  id: Generated<string>;
  survivorId: string;
  mergedId: string;
  moved: Json<Record<string, unknown>>;
  mergedBy: string | null;
  mergedAt: GeneratedTimestamp;
  undoneAt: Timestamp | null;
  undoneBy: string | null;
}

export interface NotificationTable {
  tenantId: string;
  id: Generated<string>;
  userId: string;
  kind: string;
  personId: string | null;
  payload: Json<Record<string, unknown>>;
  dedupeKey: string;
  createdAt: GeneratedTimestamp;
  readAt: Timestamp | null;
}

export interface PeopleDatabase {
  accessPoint: AccessPointTable;
  accessPointOperator: AccessPointOperatorTable;
  project: ProjectTable;
  person: PersonTable;
  personIdentity: PersonIdentityTable;
  personOrganisation: PersonOrganisationTable;
  personWorker: PersonWorkerTable;
  contact: ContactTable;
  appointment: AppointmentTable;
  enrolment: EnrolmentTable;
  processingPurpose: ProcessingPurposeTable;
  notice: NoticeTable;
  storedFile: StoredFileTable;
  consent: ConsentTable;
  personMerge: PersonMergeTable;
  notification: NotificationTable;
}
