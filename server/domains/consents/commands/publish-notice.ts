import { sql } from 'kysely';
import type { z } from 'zod';
import type { noticeBody } from '../../../../common/schemas/consents.js';
import type { Actor } from '../../../platform/authz/actor.js';
import { writeAudit } from '../../../platform/audit/audit-writer.js';
import type { Tx } from '../../../platform/db/database.js';
import { DomainError } from '../../../platform/errors.js';
import { findNotice, type NoticeRow } from '../notices.queries.js';

/**
 * Publishes a new version of the notice of a purpose (and, for sharing, of a partner): version =
 * last + 1, and the version in force until now is retired in the same transaction. Consents
 * recorded on the old version stay valid; the record shows them as outdated (ask again).
 */
export async function publishNotice(tx: Tx, actor: Actor, input: z.infer<typeof noticeBody>): Promise<NoticeRow> {
  const partnerId = input.partnerOrganisationId ?? null;
  if ((input.purpose === 'sharing') !== (partnerId !== null)) {
    throw new DomainError('VALIDATION_FAILED', {}, [{ path: 'body.partnerOrganisationId', code: input.purpose === 'sharing' ? 'required' : 'invalid_value' }]);
  }
  if (partnerId) {
    const partner = await tx.selectFrom('organisation').select('id').where('id', '=', partnerId).executeTakeFirst();
    if (!partner) throw new DomainError('VALIDATION_FAILED', {}, [{ path: 'body.partnerOrganisationId', code: 'invalid_value' }]);
  }
  // Two managers publishing the same notice at once: the second waits and becomes the next version.
  await sql`SELECT pg_advisory_xact_lock(hashtext('notice'), hashtext(${`${actor.tenantId}:${input.purpose}:${partnerId ?? ''}`}))`.execute(tx);
  let same = tx.selectFrom('notice').where('purpose', '=', input.purpose);
  same = partnerId ? same.where('partnerOrganisationId', '=', partnerId) : same.where('partnerOrganisationId', 'is', null);
  const last = await same.select((eb) => eb.fn.max('version').as('v')).executeTakeFirst();
  const version = (last?.v ?? 0) + 1;
  let retire = tx.updateTable('notice').set({ retiredAt: sql`now()` }).where('purpose', '=', input.purpose).where('retiredAt', 'is', null);
  retire = partnerId ? retire.where('partnerOrganisationId', '=', partnerId) : retire.where('partnerOrganisationId', 'is', null);
  const retired = await retire.returning('id').execute();
  const row = await tx
    .insertInto('notice')
    .values({ tenantId: actor.tenantId, purpose: input.purpose, partnerOrganisationId: partnerId, version, texts: JSON.stringify(input.texts), createdBy: actor.userId })
    .returning('id')
    .executeTakeFirstOrThrow();
  await writeAudit(tx, actor, {
    action: 'notice.publish',
    entity: 'notice',
    entityId: row.id,
    diff: { purpose: input.purpose, partnerOrganisationId: partnerId, version, languages: Object.keys(input.texts), retired: retired.map((r) => r.id) },
  });
  return findNotice(tx, row.id);
}
