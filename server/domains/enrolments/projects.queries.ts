import { sql } from 'kysely';
import type { ProjectView } from '../../../common/schemas/enrolments.js';
import type { Tx } from '../../platform/db/database.js';
import { DomainError } from '../../platform/errors.js';

function projectQuery(tx: Tx) {
  return tx
    .selectFrom('project as pr')
    .select(['pr.id', 'pr.code', 'pr.name', 'pr.funder', 'pr.fundingStream', 'pr.description', 'pr.startsOn', 'pr.endsOn', 'pr.active'])
    .select(
      sql<number>`(SELECT count(DISTINCT e.person_id)::int FROM enrolment e WHERE e.tenant_id = pr.tenant_id AND e.project_id = pr.id AND e.exit_date IS NULL)`.as(
        'openEnrolments',
      ),
    );
}

export async function listProjects(tx: Tx, includeInactive: boolean): Promise<ProjectView[]> {
  let q = projectQuery(tx);
  if (!includeInactive) q = q.where('pr.active', '=', true);
  return q.orderBy('pr.code').limit(1000).execute();
}

export async function findProject(tx: Tx, id: string): Promise<ProjectView> {
  const row = await projectQuery(tx).where('pr.id', '=', id).executeTakeFirst();
  if (!row) throw new DomainError('NOT_FOUND');
  return row;
}
