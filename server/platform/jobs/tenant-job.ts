import { sql } from 'kysely';
import type { SystemActor } from '../authz/actor.js';
import type { AppContext } from '../context.js';
import { withTenant, type Tx } from '../db/database.js';

/**
 * Runs `fn` once per tenant, each in its own transaction bound to that tenant (RLS applies: the
 * app role never sees two tenants at once). The tenant list is public to the app role (slugs and
 * names). A transaction-level advisory lock per job and tenant makes a second instance running
 * the same job skip the tenant instead of doing the work twice; dedupe keys make a later run a
 * no-op. Returns the sum of what `fn` returns (e.g. rows created).
 */
export async function forEachTenant(
  ctx: Pick<AppContext, 'db'>,
  jobName: string,
  fn: (tx: Tx, actor: SystemActor) => Promise<number>,
): Promise<number> {
  const tenants = await ctx.db.selectFrom('tenant').select('id').orderBy('id').execute();
  let total = 0;
  for (const t of tenants) {
    total += await withTenant(ctx.db, t.id, async (tx) => {
      const { rows } = await sql<{ locked: boolean }>`SELECT pg_try_advisory_xact_lock(hashtext(${`approdo.job.${jobName}`}), hashtext(${t.id})) AS locked`.execute(tx);
      if (!rows[0]?.locked) return 0;
      return fn(tx, { kind: 'system', tenantId: t.id, label: `job:${jobName}` });
    });
  }
  return total;
}
