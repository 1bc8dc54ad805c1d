import type { z } from 'zod';
import type { organisationPatch } from '../../../../common/schemas/organisations.js';
import type { AnyActor } from '../../../platform/authz/actor.js';
import { changedFields, writeAudit } from '../../../platform/audit/audit-writer.js';
import type { Tx } from '../../../platform/db/database.js';
import { findOrganisation } from '../organisations.queries.js';

export async function updateOrganisation(tx: Tx, actor: AnyActor, idOrSlug: string, patch: z.infer<typeof organisationPatch>) {
  const before = await findOrganisation(tx, idOrSlug);
  const diff = changedFields(before, patch);
  if (Object.keys(diff).length === 0) return before;
  const row = await tx
    .updateTable('organisation')
    .set({ ...patch, updatedAt: new Date() })
    .where('id', '=', before.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  await writeAudit(tx, actor, { action: 'organisation.update', entity: 'organisation', entityId: row.id, diff });
  return row;
}
