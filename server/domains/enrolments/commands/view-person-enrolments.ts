import type { z } from 'zod';
import type { personEnrolmentsView } from '../../../../common/schemas/enrolments.js';
import type { Actor } from '../../../platform/authz/actor.js';
import { writeAudit } from '../../../platform/audit/audit-writer.js';
import type { Tx } from '../../../platform/db/database.js';
import { assertPersonReachable } from '../../people/people.policy.js';
import { presentEnrolment } from '../enrolment.presenter.js';
import { findEnrolment, listEnrolments, type EnrolmentRow } from '../enrolments.queries.js';

/** The enrolments section of a person's record; the view is written to the audit trail. */
export async function viewPersonEnrolments(tx: Tx, actor: Actor, personId: string): Promise<z.infer<typeof personEnrolmentsView>> {
  const person = await assertPersonReachable(tx, actor, personId, 'person.read');
  const rows = await listEnrolments(tx, personId);
  await writeAudit(tx, actor, { action: 'person.view', entity: 'person', entityId: personId, diff: { sections: ['enrolments'] } });
  return { personId, personCode: person.code, items: rows.map(presentEnrolment) };
}

/** One enrolment (for its ETag before an exit), audited like the section. */
export async function viewEnrolment(tx: Tx, actor: Actor, personId: string, enrolmentId: string): Promise<EnrolmentRow> {
  await assertPersonReachable(tx, actor, personId, 'person.read');
  const row = await findEnrolment(tx, personId, enrolmentId);
  await writeAudit(tx, actor, { action: 'person.view', entity: 'person', entityId: personId, diff: { sections: ['enrolments'], enrolmentId } });
  return row;
}
