import { ageBandOf } from '../../../common/schemas/people-vocabulary.js';
import type { Tx } from '../../platform/db/database.js';
import type { ConsentPurpose } from '../../platform/db/people-schema.js';
import { DomainError } from '../../platform/errors.js';

export interface ConsentRow {
  id: string;
  personId: string;
  noticeId: string;
  noticeVersion: number;
  purpose: ConsentPurpose;
  partnerOrganisationId: string | null;
  partnerOrganisationName: string | null;
  decision: 'given' | 'refused';
  language: string;
  explainedHow: 'read_by_person' | 'read_aloud' | 'interpreter' | 'cultural_mediator';
  explainedBy: string | null;
  decidedOn: string;
  withdrawnAt: Date | null;
  signatureFileId: string | null;
  guardian: { name: string; relation: string; document?: string | null } | null;
  recordedByName: string | null;
  createdAt: Date;
}

function consentQuery(tx: Tx) {
  return tx
    .selectFrom('consent as c')
    .innerJoin('notice as n', (j) => j.onRef('n.tenantId', '=', 'c.tenantId').onRef('n.id', '=', 'c.noticeId'))
    .leftJoin('organisation as o', (j) => j.onRef('o.tenantId', '=', 'c.tenantId').onRef('o.id', '=', 'c.partnerOrganisationId'))
    .leftJoin('appUser as u', (j) => j.onRef('u.tenantId', '=', 'c.tenantId').onRef('u.id', '=', 'c.recordedBy'))
    .select([
      'c.id',
      'c.personId',
      'c.noticeId',
      'n.version as noticeVersion',
      'c.purpose',
      'c.partnerOrganisationId',
      'o.name as partnerOrganisationName',
      'c.decision',
      'c.language',
      'c.explainedHow',
      'c.explainedBy',
      'c.decidedOn',
      'c.withdrawnAt',
      'c.signatureFileId',
      'c.guardian',
      'u.displayName as recordedByName',
      'c.createdAt',
    ]);
}

/** Every decision recorded on the person, latest first, in the order consent-rules.ts reads them. */
export async function consentHistory(tx: Tx, personId: string): Promise<ConsentRow[]> {
  return consentQuery(tx).where('c.personId', '=', personId).orderBy('c.decidedOn', 'desc').orderBy('c.createdAt', 'desc').execute();
}

export async function findConsent(tx: Tx, personId: string, consentId: string): Promise<ConsentRow> {
  const row = await consentQuery(tx).where('c.personId', '=', personId).where('c.id', '=', consentId).executeTakeFirst();
  if (!row) throw new DomainError('NOT_FOUND');
  return row;
}

/**
 * Whether the person is a minor on `day`: from the exact birth date when known, else the birth
 * year, else the age band recorded at intake. Minors' decisions need a guardian's.
 */
export async function isMinorOn(tx: Tx, personId: string, day: string): Promise<boolean> {
  const p = await tx
    .selectFrom('person as p')
    .leftJoin('personIdentity as i', (j) => j.onRef('i.tenantId', '=', 'p.tenantId').onRef('i.personId', '=', 'p.id'))
    .select(['p.ageBand', 'p.birthYear', 'i.birthDate'])
    .where('p.id', '=', personId)
    .executeTakeFirstOrThrow();
  const at = new Date(`${day}T12:00:00Z`);
  if (p.birthDate) {
    const [y, m, d] = p.birthDate.split('-').map(Number) as [number, number, number];
    const adultOn = new Date(Date.UTC(y + 18, m - 1, d, 0, 0, 0));
    return at < adultOn;
  }
  const band = p.birthYear ? ageBandOf(p.birthYear, at) : p.ageBand;
  return band === 'under_15' || band === '15_17';
}
