import type { PersonSection } from '../../../common/schemas/people.js';
import type { PersonView } from '../../../common/schemas/people-views.js';
import type { Actor } from '../../platform/authz/actor.js';
import { writeAudit } from '../../platform/audit/audit-writer.js';
import type { Tx } from '../../platform/db/database.js';
import { allowedSections, presentPerson } from './person.presenter.js';
import { loadPersonRecord } from './people.queries.js';
import { assertPersonReachable } from './people.policy.js';

// Reading a person record: reach check (404 outside it), the sections the actor may see, and one
// audit event per read naming the sections returned ("every view of a person record is written to
// the audit trail").

export async function viewPerson(tx: Tx, actor: Actor, personId: string, asked?: PersonSection[]): Promise<PersonView> {
  await assertPersonReachable(tx, actor, personId, 'person.read');
  const sections = allowedSections(actor, asked);
  const view = presentPerson(await loadPersonRecord(tx, personId), sections);
  await writeAudit(tx, actor, { action: 'person.view', entity: 'person', entityId: personId, diff: { sections } });
  return view;
}

/** The sections named in ?sections=core,identity (validated by the query schema). */
export function parseSections(value: string | undefined): PersonSection[] | undefined {
  return value ? (value.split(',') as PersonSection[]) : undefined;
}
