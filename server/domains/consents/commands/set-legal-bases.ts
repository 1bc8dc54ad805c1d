import type { z } from 'zod';
import type { processingPurposesBody } from '../../../../common/schemas/consents.js';
import type { Actor } from '../../../platform/authz/actor.js';
import { writeAudit } from '../../../platform/audit/audit-writer.js';
import type { Tx } from '../../../platform/db/database.js';
import { DomainError } from '../../../platform/errors.js';
import { listLegalBases, type PurposeBasis } from '../processing-purposes.queries.js';

/** Sets the legal basis of the purposes sent (the others keep theirs). */
export async function setLegalBases(tx: Tx, actor: Actor, input: z.infer<typeof processingPurposesBody>): Promise<PurposeBasis[]> {
  const seen = new Set<string>();
  input.items.forEach((item, i) => {
    if (seen.has(item.purpose)) throw new DomainError('VALIDATION_FAILED', {}, [{ path: `body.items.${i}.purpose`, code: 'duplicate' }]);
    seen.add(item.purpose);
  });
  const before = await listLegalBases(tx);
  for (const item of input.items) {
    await tx
      .insertInto('processingPurpose')
      .values({ tenantId: actor.tenantId, purpose: item.purpose, legalBasis: item.legalBasis })
      .onConflict((oc) => oc.columns(['tenantId', 'purpose']).doUpdateSet({ legalBasis: item.legalBasis }))
      .execute();
  }
  const after = await listLegalBases(tx);
  const changes = Object.fromEntries(
    after.filter((a) => before.find((b) => b.purpose === a.purpose)?.legalBasis !== a.legalBasis).map((a) => [a.purpose, [before.find((b) => b.purpose === a.purpose)?.legalBasis, a.legalBasis]]),
  );
  await writeAudit(tx, actor, { action: 'processing_purpose.update', entity: 'processing_purpose', diff: changes });
  return after;
}
