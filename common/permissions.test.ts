import { describe, expect, it } from 'vitest';
import { grantedScope, needsMfa, permissionsOf, ROLES, ROLE_GRANTS } from './permissions.js';

describe('permission map', () => {
  it('gives every role at least one grant', () => {
    for (const r of ROLES) expect(Object.keys(ROLE_GRANTS[r]).length, r).toBeGreaterThan(0);
  });
  it('takes the widest scope across roles', () => {
    expect(grantedScope(['case_worker'], 'person.read')).toBe('team');
    expect(grantedScope(['case_worker', 'coordinator'], 'person.read')).toBe('tenant');
    expect(grantedScope(['analyst'], 'person.read')).toBeNull();
  });
  it('keeps aggregate-only roles away from person data and protection', () => {
    for (const r of ['analyst', 'funder_viewer'] as const) {
      const p = permissionsOf([r]);
      expect(p['person.read']).toBeUndefined();
      expect(p['protection.access']).toBeUndefined();
      expect(p['report.aggregate']).toBe('tenant');
    }
  });
  it('requires MFA for admin, coordinator, case worker and protection specialist only', () => {
    expect(ROLES.filter((r) => needsMfa([r]))).toEqual(['tenant_admin', 'coordinator', 'case_worker', 'protection_specialist']);
  });
});
