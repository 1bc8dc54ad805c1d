import type { z } from 'zod';
import type { teamBody } from '../../../../common/schemas/teams.js';
import type { AnyActor } from '../../../platform/authz/actor.js';
import { writeAudit } from '../../../platform/audit/audit-writer.js';
import type { Tx } from '../../../platform/db/database.js';
import { DomainError } from '../../../platform/errors.js';
import { findOrganisation } from '../../organisations/organisations.queries.js';
import { findTeam } from '../teams.queries.js';

export async function createTeam(tx: Tx, actor: AnyActor, input: z.infer<typeof teamBody>) {
  const org = await findOrganisation(tx, input.organisationId);
  const row = await tx.insertInto('team').values({ tenantId: actor.tenantId, organisationId: org.id, name: input.name }).returning('id').executeTakeFirstOrThrow();
  await writeAudit(tx, actor, { action: 'team.create', entity: 'team', entityId: row.id, diff: { ...input } });
  return findTeam(tx, row.id);
}

/** Replaces the members of a team. Members must belong to the team's organisation. */
export async function setTeamMembers(tx: Tx, actor: AnyActor, teamId: string, userIds: string[]) {
  const team = await findTeam(tx, teamId);
  const wanted = [...new Set(userIds)].sort();
  if (wanted.length) {
    const found = await tx.selectFrom('appUser').select('id').where('id', 'in', wanted).where('organisationId', '=', team.organisationId).execute();
    if (found.length !== wanted.length) {
      throw new DomainError('VALIDATION_FAILED', {}, [{ path: 'body.userIds', code: 'invalid_value' }]);
    }
  }
  await tx.deleteFrom('teamMember').where('teamId', '=', team.id).execute();
  if (wanted.length) await tx.insertInto('teamMember').values(wanted.map((userId) => ({ tenantId: actor.tenantId, teamId: team.id, userId }))).execute();
  await writeAudit(tx, actor, { action: 'team.members', entity: 'team', entityId: team.id, diff: { memberIds: [team.memberIds, wanted] } });
  return findTeam(tx, team.id);
}

export async function deleteTeam(tx: Tx, actor: AnyActor, teamId: string) {
  const team = await findTeam(tx, teamId);
  await tx.deleteFrom('team').where('id', '=', team.id).execute();
  await writeAudit(tx, actor, { action: 'team.delete', entity: 'team', entityId: team.id, diff: { name: team.name } });
}
