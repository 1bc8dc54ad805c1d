import type { Tx } from '../../platform/db/database.js';
import { DomainError } from '../../platform/errors.js';

export interface EnrolmentRow {
  id: string;
  personId: string;
  projectId: string;
  projectCode: string;
  projectName: string;
  funder: string;
  fundingStream: string;
  organisationId: string;
  entryDate: string;
  entryStatus: Record<string, unknown>;
  exitDate: string | null;
  exitStatus: Record<string, unknown> | null;
  exitReason: string | null;
  version: number;
  createdAt: Date;
}

function enrolmentQuery(tx: Tx) {
  return tx
    .selectFrom('enrolment as e')
    .innerJoin('project as pr', (j) => j.onRef('pr.tenantId', '=', 'e.tenantId').onRef('pr.id', '=', 'e.projectId'))
    .select([
      'e.id',
      'e.personId',
      'e.projectId',
      'pr.code as projectCode',
      'pr.name as projectName',
      'pr.funder',
      'pr.fundingStream',
      'e.organisationId',
      'e.entryDate',
      'e.entryStatus',
      'e.exitDate',
      'e.exitStatus',
      'e.exitReason',
      'e.version',
      'e.createdAt',
    ]);
}

/** The person's enrolments: open ones first, then by entry date, newest first. */
export async function listEnrolments(tx: Tx, personId: string): Promise<EnrolmentRow[]> {
  return enrolmentQuery(tx)
    .where('e.personId', '=', personId)
    .orderBy((eb) => eb.case().when('e.exitDate', 'is', null).then(0).else(1).end())
    .orderBy('e.entryDate', 'desc')
    .execute();
}

export async function findEnrolment(tx: Tx, personId: string, enrolmentId: string): Promise<EnrolmentRow> {
  const row = await enrolmentQuery(tx).where('e.personId', '=', personId).where('e.id', '=', enrolmentId).executeTakeFirst();
  if (!row) throw new DomainError('NOT_FOUND');
  return row;
}
