import type { z } from 'zod';
import type { tenantPatch } from '../../../../common/schemas/tenants.js';
import type { AnyActor } from '../../../platform/authz/actor.js';
import { changedFields, writeAudit } from '../../../platform/audit/audit-writer.js';
import type { Tx } from '../../../platform/db/database.js';

/** Name and settings of the actor's own tenant (RLS allows updating no other). */
export async function updateTenantSettings(tx: Tx, actor: AnyActor, patch: z.infer<typeof tenantPatch>) {
  const before = await tx.selectFrom('tenant').selectAll().where('id', '=', actor.tenantId).executeTakeFirstOrThrow();
  const settings = { ...(before.settings ?? {}), ...(patch.settings ?? {}) };
  const diff = changedFields(
    { name: before.name, ...(before.settings ?? {}) } as Record<string, unknown>,
    { ...(patch.name ? { name: patch.name } : {}), ...(patch.settings ?? {}) },
  );
  if (Object.keys(diff).length === 0) return before;
  const row = await tx
    .updateTable('tenant')
    .set({ name: patch.name ?? before.name, settings: JSON.stringify(settings), updatedAt: new Date() })
    .where('id', '=', actor.tenantId)
    .returningAll()
    .executeTakeFirstOrThrow();
  await writeAudit(tx, actor, { action: 'tenant.update', entity: 'tenant', entityId: actor.tenantId, diff });
  return row;
}
