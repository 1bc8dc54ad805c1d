import type { DirectoryDatabase } from './directory-schema.js';
import type { PeopleDatabase } from './people-schema.js';
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

// Column names are snake_case in SQL and camelCase here (Kysely CamelCasePlugin).
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type GeneratedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json = ColumnType<unknown, string | undefined, string>;

export interface TenantTable {
  id: Generated<string>;
  slug: string;
  name: string;
  settings: ColumnType<TenantSettings, string | undefined, string>;
  createdAt: GeneratedTimestamp;
  updatedAt: GeneratedTimestamp;
}

export interface TenantSettings {
  languages?: string[];
  logoUrl?: string | null;
  fundingStreams?: { code: string; name: string }[];
}

export interface OrganisationTable {
  tenantId: string;
  id: Generated<string>;
  slug: string;
  name: string;
  kind: string;
  isLead: Generated<boolean>;
  taxCode: string | null;
  email: string | null;
  phone: string | null;
  website: string | null;
  address: string | null;
  active: Generated<boolean>;
  createdAt: GeneratedTimestamp;
  updatedAt: GeneratedTimestamp;
}

export interface TeamTable {
  tenantId: string;
  id: Generated<string>;
  organisationId: string;
  name: string;
}

export interface AppUserTable {
  tenantId: string;
  id: Generated<string>;
  organisationId: string;
  email: string;
  displayName: string;
  locale: Generated<string>;
  status: Generated<'active' | 'disabled'>;
  passwordHash: string | null;
  passwordChangedAt: Timestamp | null;
  mfaSecret: string | null;
  mfaEnabledAt: Timestamp | null;
  mfaLastStep: string | null;
  /** TOTP secret shown during enrolment, not yet confirmed with a code (migration 0002). */
  mfaPendingSecret: ColumnType<string | null, string | null | undefined, string | null>;
  oidcSubject: string | null;
  lastLoginAt: Timestamp | null;
  createdAt: GeneratedTimestamp;
  updatedAt: GeneratedTimestamp;
}

export interface UserRoleTable {
  tenantId: string;
  userId: string;
  role: string;
}

export interface TeamMemberTable {
  tenantId: string;
  teamId: string;
  userId: string;
}

export interface MfaRecoveryCodeTable {
  tenantId: string;
  userId: string;
  codeHash: Buffer;
  usedAt: Timestamp | null;
}

export interface UserSessionTable {
  tenantId: string;
  id: Generated<string>;
  userId: string;
  tokenHash: Buffer;
  csrfToken: string;
  stage: Generated<'full' | 'mfa_setup'>;
  authMethod: Generated<'password' | 'oidc'>;
  createdAt: GeneratedTimestamp;
  lastSeenAt: GeneratedTimestamp;
  absoluteExpiresAt: Timestamp;
}

export interface PasswordResetTable {
  tenantId: string;
  id: Generated<string>;
  userId: string;
  tokenHash: Buffer;
  expiresAt: Timestamp;
  usedAt: Timestamp | null;
  createdAt: GeneratedTimestamp;
}

export interface LoginFailureTable {
  keyHash: Buffer;
  failedAt: GeneratedTimestamp;
}

export interface OidcLoginStateTable {
  handleHash: Buffer;
  state: string;
  nonce: string;
  codeVerifier: string;
  expiresAt: Timestamp;
  createdAt: GeneratedTimestamp;
}

export interface AuditEventTable {
  tenantId: string;
  seq: string;
  occurredAt: Timestamp;
  actorUserId: string | null;
  actorOrgId: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  requestId: string | null;
  diff: Json;
  prevHash: Buffer;
  hash: Buffer;
}

export interface Database extends DirectoryDatabase, PeopleDatabase {
  tenant: TenantTable;
  organisation: OrganisationTable;
  team: TeamTable;
  appUser: AppUserTable;
  userRole: UserRoleTable;
  teamMember: TeamMemberTable;
  mfaRecoveryCode: MfaRecoveryCodeTable;
  userSession: UserSessionTable;
  passwordReset: PasswordResetTable;
  loginFailure: LoginFailureTable;
  oidcLoginState: OidcLoginStateTable;
  auditEvent: AuditEventTable;
}

export type TenantRow = Selectable<TenantTable>;
export type OrganisationRow = Selectable<OrganisationTable>;
export type AppUserRow = Selectable<AppUserTable>;
export type NewAppUser = Insertable<AppUserTable>;
export type UserSessionRow = Selectable<UserSessionTable>;
