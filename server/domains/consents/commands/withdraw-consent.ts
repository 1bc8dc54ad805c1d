import { sql } from 'kysely';
import type { Actor } from '../../../platform/authz/actor.js';
import { writeAudit } from '../../../platform/audit/audit-writer.js';
import type { Tx } from '../../../platform/db/database.js';
import { DomainError } from '../../../platform/errors.js';
import { assertPersonReachable } from '../../people/people.policy.js';
import { findConsent, type ConsentRow } from '../consents.queries.js';

/**
 * Withdraws a consent, with effect at once: every consent given for that purpose (and partner)
 * and not yet withdrawn is marked, so that no older decision can stand in for it.
 */
export async function withdrawConsent(tx: Tx, actor: Actor, personId: string, consentId: string, note?: string): Promise<ConsentRow> {
  await assertPersonReachable(tx, actor, personId, 'person.write');
  const target = await findConsent(tx, personId, consentId);
  if (target.decision !== 'given' || target.withdrawnAt) throw new DomainError('CONSENT_NOT_WITHDRAWABLE');
  let q = tx
    .updateTable('consent')
    .set({ withdrawnAt: sql`now()`, withdrawnBy: actor.userId })
    .where('personId', '=', personId)
    .where('purpose', '=', target.purpose)
    .where('decision', '=', 'given')
    .where('withdrawnAt', 'is', null);
  q = target.partnerOrganisationId ? q.where('partnerOrganisationId', '=', target.partnerOrganisationId) : q.where('partnerOrganisationId', 'is', null);
  const withdrawn = await q.returning('id').execute();
  await writeAudit(tx, actor, {
    action: 'consent.withdraw',
    entity: 'person',
    entityId: personId,
    diff: { consentIds: withdrawn.map((w) => w.id), purpose: target.purpose, partnerOrganisationId: target.partnerOrganisationId, note: note ?? null },
  });
  return findConsent(tx, personId, consentId);
}
