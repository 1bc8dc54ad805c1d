import { authorize } from '../../platform/authz/authz.js';
import type { Actor } from '../../platform/authz/actor.js';

// Notices and legal bases are the tenant's (the data controller's) decisions: only holders of
// notice.manage at tenant scope change them; every staff member reads them. Consents on a person
// follow the person's reach (people.policy.ts): person.read to see them, person.write to record
// or withdraw one.

export function assertCanManageNotices(actor: Actor): void {
  authorize(actor, 'notice.manage', 'tenant');
}
