import type { z } from 'zod';
import type { needBody } from '../../../../common/schemas/directory.js';
import type { AnyActor } from '../../../platform/authz/actor.js';
import { writeAudit } from '../../../platform/audit/audit-writer.js';
import type { Tx } from '../../../platform/db/database.js';
import { DomainError } from '../../../platform/errors.js';
import { NEEDS_TAXONOMY } from '../needs-taxonomy.js';
import { toStoredTranslations } from '../translations.js';
import { ensureNeedsTaxonomy } from './ensure-needs-taxonomy.js';

/** Admins extend the needs taxonomy with a term of their own (a new code; shipped codes are taken). */
export async function addNeedTerm(tx: Tx, actor: AnyActor, input: z.infer<typeof needBody>) {
  await ensureNeedsTaxonomy(tx, actor.tenantId);
  const taxonomy = await tx.selectFrom('dirTaxonomy').select('id').where('uri', '=', NEEDS_TAXONOMY.uri).executeTakeFirstOrThrow();
  const row = await tx
    .insertInto('dirTaxonomyTerm')
    .values({
      tenantId: actor.tenantId,
      taxonomyId: taxonomy.id,
      code: input.code,
      name: input.name,
      description: input.description ?? '',
      language: 'it',
      taxonomy: NEEDS_TAXONOMY.name,
      termUri: `${NEEDS_TAXONOMY.uri}/${input.code}`,
      translations: JSON.stringify(toStoredTranslations(input.translations)),
    })
    .onConflict((oc) => oc.columns(['tenantId', 'taxonomyId', 'code']).doNothing())
    .returning(['id', 'code', 'name', 'translations'])
    .executeTakeFirst();
  if (!row) throw new DomainError('CONFLICT');
  await writeAudit(tx, actor, { action: 'directory.need.create', entity: 'dir_taxonomy_term', entityId: row.id, diff: { code: input.code, name: input.name } });
  return row;
}
