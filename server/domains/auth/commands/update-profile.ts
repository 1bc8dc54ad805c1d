import type { z } from 'zod';
import type { mePatchBody } from '../../../../common/schemas/auth.js';
import type { AppContext } from '../../../platform/context.js';
import type { Actor } from '../../../platform/authz/actor.js';
import { changedFields, writeAudit } from '../../../platform/audit/audit-writer.js';
import { withTenant } from '../../../platform/db/database.js';

/** The signed-in user edits their own name and language; nothing that widens their reach. */
export async function updateProfile(ctx: AppContext, actor: Actor, patch: z.infer<typeof mePatchBody>): Promise<void> {
  await withTenant(ctx.db, actor.tenantId, async (tx) => {
    const before = await tx.selectFrom('appUser').select(['displayName', 'locale']).where('id', '=', actor.userId).forUpdate().executeTakeFirstOrThrow();
    const diff = changedFields(before, patch);
    if (!Object.keys(diff).length) return;
    await tx
      .updateTable('appUser')
      .set({ ...(patch.displayName !== undefined ? { displayName: patch.displayName } : {}), ...(patch.locale !== undefined ? { locale: patch.locale } : {}), updatedAt: new Date() })
      .where('id', '=', actor.userId)
      .execute();
    await writeAudit(tx, actor, { action: 'user.profile_update', entity: 'user', entityId: actor.userId, diff });
  });
}
