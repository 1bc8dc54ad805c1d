import type { AppContext } from '../../../platform/context.js';
import type { Actor } from '../../../platform/authz/actor.js';
import { withTenant } from '../../../platform/db/database.js';
import { writeAudit } from '../../../platform/audit/audit-writer.js';

/** Ends the current session, or with `everywhere` every session of the user. */
export async function logout(ctx: AppContext, actor: Actor, everywhere: boolean): Promise<void> {
  await withTenant(ctx.db, actor.tenantId, async (tx) => {
    let q = tx.deleteFrom('userSession').where('userId', '=', actor.userId);
    if (!everywhere) q = q.where('id', '=', actor.sessionId);
    const r = await q.executeTakeFirst();
    await writeAudit(tx, actor, { action: everywhere ? 'auth.logout_all' : 'auth.logout', entity: 'user', entityId: actor.userId, diff: { sessions: Number(r.numDeletedRows) } });
  });
}
