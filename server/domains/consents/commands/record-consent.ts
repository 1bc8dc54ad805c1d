import type { z } from 'zod';
import type { consentBody } from '../../../../common/schemas/consents.js';
import type { Actor } from '../../../platform/authz/actor.js';
import { writeAudit } from '../../../platform/audit/audit-writer.js';
import type { Tx } from '../../../platform/db/database.js';
import { DomainError } from '../../../platform/errors.js';
import { romeDay } from '../../../platform/jobs/calendar.js';
import { assertPersonReachable } from '../../people/people.policy.js';
import { findConsent, isMinorOn, type ConsentRow } from '../consents.queries.js';
import { findNoticeOrNull } from '../notices.queries.js';

const invalid = (path: string, code: string) => new DomainError('VALIDATION_FAILED', {}, [{ path, code }]);

/**
 * Records a person's decision on an information notice: which version, in which language, how it
 * was explained and by whom, given or refused, the guardian for a minor, the scanned signature.
 */
export async function recordConsent(tx: Tx, actor: Actor, personId: string, input: z.infer<typeof consentBody>): Promise<ConsentRow> {
  await assertPersonReachable(tx, actor, personId, 'person.write');
  const notice = await findNoticeOrNull(tx, input.noticeId);
  if (!notice) throw invalid('body.noticeId', 'invalid_value');
  // The person was shown another version than the one in force: they must see the current one.
  if (notice.retiredAt || notice.version !== input.noticeVersion) throw new DomainError('NOTICE_OUTDATED', { version: notice.version });
  const byThirdParty = input.explainedHow === 'interpreter' || input.explainedHow === 'cultural_mediator';
  if (byThirdParty && !input.explainedBy) throw invalid('body.explainedBy', 'required');
  // Without a written text in that language, only an interpreter or mediator can have conveyed it.
  if (!notice.texts[input.language] && !byThirdParty) throw new DomainError('CONSENT_TRANSLATION_MISSING', {}, [{ path: 'body.explainedHow', code: 'invalid_value' }]);
  if (input.decidedOn > romeDay()) throw invalid('body.decidedOn', 'invalid_value');
  if (!input.guardian && (await isMinorOn(tx, personId, input.decidedOn))) {
    throw new DomainError('CONSENT_GUARDIAN_REQUIRED', {}, [{ path: 'body.guardian', code: 'required' }]);
  }
  if (input.signatureFileId) await assertUsableSignature(tx, actor, input.signatureFileId);
  const row = await tx
    .insertInto('consent')
    .values({
      tenantId: actor.tenantId,
      personId,
      noticeId: notice.id,
      purpose: notice.purpose,
      partnerOrganisationId: notice.partnerOrganisationId,
      decision: input.decision,
      language: input.language,
      explainedHow: input.explainedHow,
      explainedBy: input.explainedBy ?? null,
      decidedOn: input.decidedOn,
      signatureFileId: input.signatureFileId ?? null,
      guardian: input.guardian ? JSON.stringify({ name: input.guardian.name, relation: input.guardian.relation, document: input.guardian.document ?? null }) : null,
      recordedBy: actor.userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await writeAudit(tx, actor, {
    action: 'consent.record',
    entity: 'person',
    entityId: personId,
    diff: {
      consentId: row.id,
      purpose: notice.purpose,
      partnerOrganisationId: notice.partnerOrganisationId,
      noticeId: notice.id,
      noticeVersion: notice.version,
      decision: input.decision,
      language: input.language,
      explainedHow: input.explainedHow,
      guardian: !!input.guardian,
      signatureFileId: input.signatureFileId ?? null,
    },
  });
  return findConsent(tx, personId, row.id);
}

/** A signature file must be a consent signature the actor uploaded, not yet attached elsewhere. */
async function assertUsableSignature(tx: Tx, actor: Actor, fileId: string): Promise<void> {
  const file = await tx.selectFrom('storedFile').select(['id', 'purpose', 'createdBy']).where('id', '=', fileId).executeTakeFirst();
  const used = await tx.selectFrom('consent').select('id').where('signatureFileId', '=', fileId).executeTakeFirst();
  if (!file || file.purpose !== 'consent_signature' || file.createdBy !== actor.userId || used) {
    throw new DomainError('CONSENT_SIGNATURE_INVALID', {}, [{ path: 'body.signatureFileId', code: 'invalid_value' }]);
  }
}
