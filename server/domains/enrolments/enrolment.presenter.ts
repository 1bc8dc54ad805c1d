import { ENROLMENT_EXIT_REASONS } from '../../../common/schemas/people-vocabulary.js';
import type { EnrolmentView } from '../../../common/schemas/enrolments.js';
import type { EnrolmentRow } from './enrolments.queries.js';
import { normaliseSnapshot } from './status-snapshot.js';

export function presentEnrolment(row: EnrolmentRow): EnrolmentView {
  const exitReason = (ENROLMENT_EXIT_REASONS as readonly string[]).includes(row.exitReason ?? '') ? (row.exitReason as EnrolmentView['exitReason']) : null;
  return {
    id: row.id,
    personId: row.personId,
    projectId: row.projectId,
    projectCode: row.projectCode,
    projectName: row.projectName,
    funder: row.funder,
    fundingStream: row.fundingStream,
    organisationId: row.organisationId,
    entryDate: row.entryDate,
    entryStatus: normaliseSnapshot(row.entryStatus)!,
    exitDate: row.exitDate,
    exitStatus: normaliseSnapshot(row.exitStatus),
    exitReason,
    open: row.exitDate === null,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
  };
}
