import { sql, type RawBuilder } from 'kysely';
import type { Actor } from '../../platform/authz/actor.js';
import { personReachable } from '../people/people.policy.js';

// How the front door's lists (day view, appointments) show a person: the pseudonymous code to
// everyone who sees the list, the name only to who reaches the record (person.read). The name is
// computed in SQL under that condition, so names of people out of reach never leave the database.
// Protected records (issue 7) out of reach do not even show their code.

export interface PersonRefColumns {
  personId: string | null;
  personCode: string | null;
  personReachable: boolean | null;
  personName: string | null;
}

/** The column list (person_id, person_code, person_reachable, person_name) over a LEFT JOINed `person p`. */
export function personRefColumns(actor: Actor): RawBuilder<unknown> {
  const reach = sql`coalesce((${personReachable(actor, 'person.read', 'p')}), false)`;
  return sql`p.id AS person_id,
    CASE WHEN ${reach} OR NOT p.protected THEN p.code END AS person_code,
    CASE WHEN p.id IS NULL THEN NULL ELSE ${reach} END AS person_reachable,
    CASE WHEN ${reach} THEN (SELECT coalesce(nullif(trim(concat_ws(' ', i.given_name, i.family_name)), ''), i.aliases[1])
      FROM person_identity i WHERE i.tenant_id = p.tenant_id AND i.person_id = p.id) END AS person_name`;
}

export function toPersonRef(r: PersonRefColumns): { id: string | null; code: string | null; displayName: string | null; reachable: boolean } | null {
  if (!r.personId) return null;
  const reachable = r.personReachable === true;
  return { id: reachable ? r.personId : null, code: r.personCode, displayName: reachable ? r.personName : null, reachable };
}
