import { describe, expect, it } from 'vitest';
import type { Actor } from './actor.js';
import { allow, authorize, reaches } from './authz.js';

const actor = (roles: Actor['roles'], extra: Partial<Actor> = {}): Actor => ({
  kind: 'user', tenantId: 't', userId: 'u1', organisationId: 'o1', roles, teamIds: ['team1'], sessionId: 's', email: 'e', displayName: 'd', locale: 'it', ...extra,
});

describe('policy layer', () => {
  it('allow respects the scope ladder', () => {
    expect(allow(actor(['case_worker']), 'person.read', 'team')).toBe(true);
    expect(allow(actor(['case_worker']), 'person.read', 'organisation')).toBe(false);
    expect(allow(actor(['coordinator']), 'person.read', 'tenant')).toBe(true);
    expect(allow(actor(['analyst']), 'person.read')).toBe(false);
  });
  it('authorize throws FORBIDDEN and returns the granted scope', () => {
    expect(authorize(actor(['front_desk']), 'person.write')).toBe('organisation');
    expect(() => authorize(actor(['funder_viewer']), 'user.read')).toThrow('FORBIDDEN');
  });
  it('reaches decides on records by owner', () => {
    const cw = actor(['case_worker']);
    expect(reaches(cw, 'person.read', { userId: 'u1' })).toBe(true);
    expect(reaches(cw, 'person.read', { teamId: 'team1', userId: 'u9' })).toBe(true);
    expect(reaches(cw, 'person.read', { teamId: 'team2', userId: 'u9', organisationId: 'o1' })).toBe(false);
    expect(reaches(actor(['front_desk']), 'person.read', { organisationId: 'o1' })).toBe(true);
    expect(reaches(actor(['front_desk']), 'person.read', { organisationId: 'o2' })).toBe(false);
    expect(reaches(actor(['partner_operator']), 'person.read', { userId: 'u2' })).toBe(false);
    expect(reaches(actor(['analyst']), 'person.read', { organisationId: 'o1' })).toBe(false);
  });
});
