import { sql } from 'kysely';
import type { Tx } from '../../platform/db/database.js';
import { notFound } from '../../platform/errors.js';

function teamsQuery(tx: Tx) {
  return tx
    .selectFrom('team as t')
    .select(['t.id', 't.name', 't.organisationId'])
    .select(sql<string[]>`coalesce((SELECT array_agg(m.user_id ORDER BY m.user_id) FROM team_member m WHERE m.tenant_id = t.tenant_id AND m.team_id = t.id), '{}')`.as('memberIds'));
}

export function listTeams(tx: Tx, organisationId: string | null) {
  let q = teamsQuery(tx);
  if (organisationId) q = q.where('t.organisationId', '=', organisationId);
  return q.orderBy('t.name').execute();
}

export async function findTeam(tx: Tx, id: string) {
  const row = await teamsQuery(tx).where('t.id', '=', id).executeTakeFirst();
  if (!row) throw notFound();
  return row;
}
