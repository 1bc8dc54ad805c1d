import type { Tx } from '../../platform/db/database.js';
import { DomainError } from '../../platform/errors.js';

// Read side of contacts, inside withTenant. Who may read which contact is decided by the caller
// (through the person's reach, or the organisation for anonymous contacts).

function contactSelect(tx: Tx) {
  return tx
    .selectFrom('contact as c')
    .innerJoin('organisation as o', (j) => j.onRef('o.tenantId', '=', 'c.tenantId').onRef('o.id', '=', 'c.organisationId'))
    .leftJoin('accessPoint as ap', (j) => j.onRef('ap.tenantId', '=', 'c.tenantId').onRef('ap.id', '=', 'c.accessPointId'))
    .leftJoin('appUser as u', (j) => j.onRef('u.tenantId', '=', 'c.tenantId').onRef('u.id', '=', 'c.operatorId'))
    .select([
      'c.id',
      'c.personId',
      'c.accessPointId',
      'ap.name as accessPointName',
      'c.organisationId',
      'o.name as organisationName',
      'u.displayName as operatorName',
      'c.occurredAt',
      'c.channel',
      'c.needs',
      'c.informationGiven',
      'c.suggestedServiceIds',
      'c.outcome',
      'c.nextStep',
      'c.nextStepDue',
      'c.nextStepDoneAt',
      'c.language',
      'c.anonymousProfile',
      'c.createdAt',
    ]);
}

export type ContactRow = Awaited<ReturnType<ReturnType<typeof contactSelect>['executeTakeFirstOrThrow']>>;

export async function findContact(tx: Tx, id: string): Promise<ContactRow> {
  const row = await contactSelect(tx).where('c.id', '=', id).executeTakeFirst();
  if (!row) throw new DomainError('NOT_FOUND');
  return row;
}

/** A person's contacts, newest first (the record's "contacts" section). */
export async function listPersonContacts(tx: Tx, personId: string, limit = 200): Promise<ContactRow[]> {
  return contactSelect(tx).where('c.personId', '=', personId).orderBy('c.occurredAt', 'desc').orderBy('c.id').limit(limit).execute();
}
