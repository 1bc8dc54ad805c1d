import { sql } from 'kysely';
import type { AppContext } from '../context.js';

const DAY_MS = 24 * 3600 * 1000;

/**
 * Keeps the audit trail's monthly partitions a year ahead while the server runs for months
 * without a restart (migrate does it at every start). Idempotent and safe across instances.
 */
export function startAuditPartitionUpkeep(ctx: AppContext): () => void {
  const run = async () => {
    try {
      const { rows } = await sql<{ created: number }>`SELECT audit_ensure_partitions(12) AS created`.execute(ctx.db);
      if (rows[0]?.created) ctx.log.info({ created: rows[0].created }, 'audit partitions created');
    } catch (err) {
      ctx.log.error({ code: (err as { code?: string }).code }, 'audit partition upkeep failed');
    }
  };
  const timer = setInterval(run, DAY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
