import type { Role } from '../../../common/permissions.js';

/** Who is acting: built once per request from the session, passed to policies and commands. */
export interface Actor {
  kind: 'user';
  tenantId: string;
  userId: string;
  organisationId: string;
  roles: Role[];
  teamIds: string[];
  sessionId: string;
  email: string;
  displayName: string;
  locale: string;
  requestId?: string;
}

/** Operator tooling (CLI, seeding): acts inside one tenant, with no user behind it. */
export interface SystemActor {
  kind: 'system';
  tenantId: string;
  label: string;
  requestId?: string;
}

export type AnyActor = Actor | SystemActor;
