// The permission map: which role may do what, and how far its reach extends.
// Scope ladder: own caseload < team < organisation < tenant. A grant at a wider scope includes
// the narrower ones. Policies (server/domains/*/*.policy.ts) turn a grant into a yes/no for a
// concrete record; the map alone never decides on a record.

export const ROLES = [
  'tenant_admin',
  'coordinator',
  'front_desk',
  'case_worker',
  'protection_specialist',
  'partner_operator',
  'analyst',
  'funder_viewer',
] as const;
export type Role = (typeof ROLES)[number];

export const SCOPES = ['own', 'team', 'organisation', 'tenant'] as const;
export type Scope = (typeof SCOPES)[number];

export const PERMISSIONS = [
  'organisation.read',
  'organisation.manage',
  'user.read',
  'user.manage',
  'tenant.settings',
  'audit.read',
  'person.read',
  'person.write',
  'protection.access',
  'report.aggregate',
  'directory.read',
  'directory.edit',
  'directory.approve',
  'network.read',
  // Special categories of a person's record (GDPR Art. 9: disability, disadvantage flags).
  'person.special',
  'person.merge',
  'access_point.manage',
  'project.manage',
  'notice.manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export type Grants = Partial<Record<Permission, Scope>>;

export const ROLE_GRANTS: Record<Role, Grants> = {
  tenant_admin: {
    'organisation.read': 'tenant',
    'organisation.manage': 'tenant',
    'user.read': 'tenant',
    'user.manage': 'tenant',
    'tenant.settings': 'tenant',
    'audit.read': 'tenant',
    'report.aggregate': 'tenant',
    'directory.read': 'tenant',
    'directory.edit': 'tenant',
    'directory.approve': 'tenant',
    // Overlaps and gaps of the service network (aggregate, never a confidential service).
    'network.read': 'tenant',
    'access_point.manage': 'tenant',
    'project.manage': 'tenant',
    'notice.manage': 'tenant',
  },
  coordinator: {
    'organisation.read': 'tenant',
    'user.read': 'tenant',
    'audit.read': 'tenant',
    'person.read': 'tenant',
    'person.write': 'tenant',
    'report.aggregate': 'tenant',
    'directory.read': 'tenant',
    'directory.edit': 'tenant',
    'directory.approve': 'tenant',
    'network.read': 'tenant',
    'person.special': 'tenant',
    'person.merge': 'tenant',
    'access_point.manage': 'tenant',
    'project.manage': 'tenant',
    'notice.manage': 'tenant',
  },
  front_desk: {
    'organisation.read': 'tenant',
    'person.read': 'organisation',
    'person.write': 'organisation',
    'directory.read': 'tenant',
  },
  case_worker: {
    'organisation.read': 'tenant',
    'user.read': 'organisation',
    'person.read': 'team',
    'person.write': 'own',
    'person.special': 'team',
    'directory.read': 'tenant',
  },
  protection_specialist: {
    'organisation.read': 'tenant',
    'user.read': 'organisation',
    'person.read': 'team',
    'person.write': 'own',
    'protection.access': 'team',
    'person.special': 'team',
    'directory.read': 'tenant',
  },
  partner_operator: {
    'organisation.read': 'tenant',
    'user.read': 'organisation',
    'person.read': 'own',
    'person.write': 'own',
    'directory.read': 'tenant',
    // Partners edit their own organisation's services as drafts a coordinator approves.
    'directory.edit': 'organisation',
  },
  analyst: {
    'organisation.read': 'tenant',
    'report.aggregate': 'tenant',
    'directory.read': 'tenant',
  },
  funder_viewer: {
    'report.aggregate': 'tenant',
  },
};

/** Roles whose holders must use a second factor (TOTP) to sign in. */
export const MFA_REQUIRED_ROLES: readonly Role[] = ['tenant_admin', 'coordinator', 'case_worker', 'protection_specialist'];

export function scopeRank(scope: Scope): number {
  return SCOPES.indexOf(scope);
}

/** The widest scope any of `roles` grants for `permission`, or null. */
export function grantedScope(roles: readonly Role[], permission: Permission): Scope | null {
  let best: Scope | null = null;
  for (const role of roles) {
    const s = ROLE_GRANTS[role]?.[permission];
    if (s && (best === null || scopeRank(s) > scopeRank(best))) best = s;
  }
  return best;
}

export function permissionsOf(roles: readonly Role[]): Grants {
  const out: Grants = {};
  for (const p of PERMISSIONS) {
    const s = grantedScope(roles, p);
    if (s) out[p] = s;
  }
  return out;
}

export function needsMfa(roles: readonly Role[]): boolean {
  return roles.some((r) => MFA_REQUIRED_ROLES.includes(r));
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
