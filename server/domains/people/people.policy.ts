import { sql, type Expression, type SqlBool } from 'kysely';
import { grantedScope, type Permission } from '../../../common/permissions.js';
import { allow } from '../../platform/authz/authz.js';
import type { Actor } from '../../platform/authz/actor.js';
import type { Tx } from '../../platform/db/database.js';
import { DomainError } from '../../platform/errors.js';

// Who reaches a person record. The scope ladder of common/permissions.ts applied to people:
// - tenant: every person of the tenant;
// - organisation: people linked to the actor's organisation (registered, served, enrolled there:
//   person_organisation);
// - team: people with a worker assigned (person_worker) who is the actor or one of their teams' members;
// - own: people the actor is assigned to.
// Merged records are reachable only through their survivor; protected records (issue 7) only by
// their protection team. A person out of reach answers 404, as if it did not exist.

export type PersonPermission = Extract<Permission, 'person.read' | 'person.write' | 'person.special' | 'person.merge'>;

/**
 * SQL condition over a `person` row aliased `p` (tenant already bound by RLS): true when the actor
 * reaches it with `permission`. False for everyone without the permission.
 */
export function personReachable(actor: Actor, permission: PersonPermission, alias = 'p'): Expression<SqlBool> {
  const id = sql.ref(`${alias}.id`);
  const scope = grantedScope(actor.roles, permission);
  const notProtected = sql<SqlBool>`NOT ${sql.ref(`${alias}.protected`)}`;
  switch (scope) {
    case 'tenant':
      return notProtected;
    case 'organisation':
      return sql<SqlBool>`${notProtected} AND EXISTS (SELECT 1 FROM person_organisation po
        WHERE po.tenant_id = ${sql.ref(`${alias}.tenant_id`)} AND po.person_id = ${id} AND po.organisation_id = ${actor.organisationId})`;
    case 'team':
      return sql<SqlBool>`${notProtected} AND EXISTS (SELECT 1 FROM person_worker pw
        WHERE pw.tenant_id = ${sql.ref(`${alias}.tenant_id`)} AND pw.person_id = ${id}
          AND (pw.user_id = ${actor.userId} OR pw.user_id IN (SELECT tm.user_id FROM team_member tm
            WHERE tm.tenant_id = pw.tenant_id AND tm.team_id = ANY (${actor.teamIds}::uuid[]))))`;
    case 'own':
      return sql<SqlBool>`${notProtected} AND EXISTS (SELECT 1 FROM person_worker pw
        WHERE pw.tenant_id = ${sql.ref(`${alias}.tenant_id`)} AND pw.person_id = ${id} AND pw.user_id = ${actor.userId})`;
    default:
      return sql<SqlBool>`false`;
  }
}

/**
 * Loads the active person `personId` if the actor reaches it with `permission`; else NOT_FOUND
 * (whether it does not exist, is merged, belongs to another tenant, or is out of the actor's reach).
 * Returns the row's version for optimistic concurrency.
 */
export async function assertPersonReachable(
  tx: Tx,
  actor: Actor,
  personId: string,
  permission: PersonPermission,
): Promise<{ id: string; version: number; organisationId: string; code: string }> {
  if (!allow(actor, permission)) throw new DomainError('NOT_FOUND');
  const row = await tx
    .selectFrom('person as p')
    .select(['p.id', 'p.version', 'p.organisationId', 'p.code'])
    .where('p.id', '=', personId)
    .where('p.status', '=', 'active')
    .where(personReachable(actor, permission))
    .executeTakeFirst();
  if (!row) throw new DomainError('NOT_FOUND');
  return row;
}

/** Whether the actor may see special-category fields (GDPR Art. 9) of a person they reach. */
export function seesSpecialCategories(actor: Actor): boolean {
  return allow(actor, 'person.special');
}

/** Links a person to the actor's organisation (and the actor as a worker), so that they reach it later. */
export async function linkPersonToActor(
  tx: Tx,
  actor: Actor,
  personId: string,
  reason: 'registered' | 'contact' | 'enrolment',
  workerRole: 'intake' | 'case_worker' | null,
): Promise<void> {
  await tx
    .insertInto('personOrganisation')
    .values({ tenantId: actor.tenantId, personId, organisationId: actor.organisationId, reason })
    .onConflict((oc) => oc.doNothing())
    .execute();
  if (workerRole) {
    await tx
      .insertInto('personWorker')
      .values({ tenantId: actor.tenantId, personId, userId: actor.userId, role: workerRole })
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
}
