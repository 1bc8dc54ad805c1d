import { isRole, type Role } from '../../../common/permissions.js';
import type { UserView } from '../../../common/schemas/users.js';
import type { UserRecord } from './users.queries.js';

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

/** Explicit whitelist: never password hashes, TOTP secrets or OIDC subjects. */
export function presentUser(u: UserRecord): UserView {
  return {
    id: u.id,
    email: u.email,
    displayName: u.displayName,
    locale: u.locale,
    status: u.status,
    roles: u.roles.filter(isRole) as Role[],
    organisation: { id: u.organisationId, name: u.organisationName, slug: u.organisationSlug },
    mfaEnabled: u.mfaEnabledAt !== null,
    lastLoginAt: iso(u.lastLoginAt),
    createdAt: iso(u.createdAt)!,
  };
}
