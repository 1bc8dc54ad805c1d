import type { z } from 'zod';
import type { personConsentsView } from '../../../../common/schemas/consents.js';
import type { Actor } from '../../../platform/authz/actor.js';
import { writeAudit } from '../../../platform/audit/audit-writer.js';
import type { Tx } from '../../../platform/db/database.js';
import { DomainError } from '../../../platform/errors.js';
import { findStoredFile, type StoredFileRow } from '../../../platform/files/stored-files.js';
import { assertPersonReachable } from '../../people/people.policy.js';
import { presentConsent, presentConsentStates } from '../consent.presenter.js';
import { consentHistory, findConsent } from '../consents.queries.js';
import { currentNotices } from '../notices.queries.js';
import { listLegalBases } from '../processing-purposes.queries.js';

/** The consents section of a person's record; the view is written to the audit trail. */
export async function viewPersonConsents(tx: Tx, actor: Actor, personId: string): Promise<z.infer<typeof personConsentsView>> {
  const person = await assertPersonReachable(tx, actor, personId, 'person.read');
  const [history, bases, notices] = await Promise.all([consentHistory(tx, personId), listLegalBases(tx), currentNotices(tx)]);
  await writeAudit(tx, actor, { action: 'person.view', entity: 'person', entityId: personId, diff: { sections: ['consents'] } });
  return {
    personId,
    personCode: person.code,
    states: presentConsentStates(history, bases, notices),
    history: history.map(presentConsent),
  };
}

/** The scanned signature of a consent (audited as a view of the consents section). */
export async function viewConsentSignature(tx: Tx, actor: Actor, personId: string, consentId: string): Promise<StoredFileRow> {
  await assertPersonReachable(tx, actor, personId, 'person.read');
  const consent = await findConsent(tx, personId, consentId);
  const file = consent.signatureFileId ? await findStoredFile(tx, consent.signatureFileId) : undefined;
  if (!file) throw new DomainError('NOT_FOUND');
  await writeAudit(tx, actor, { action: 'person.view', entity: 'person', entityId: personId, diff: { sections: ['consents.signature'], consentId } });
  return file;
}
