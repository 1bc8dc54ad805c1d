import { authorize } from '../../platform/authz/authz.js';
import type { Actor } from '../../platform/authz/actor.js';

// Projects and funding streams are the tenant's: project.manage (tenant scope) creates and edits
// them, every staff member lists them (reports, enrolment forms). Enrolments belong to the person
// record and follow its reach (people.policy.ts): person.read to see, person.write to enrol or
// record an exit.

export function assertCanManageProjects(actor: Actor): void {
  authorize(actor, 'project.manage', 'tenant');
}
