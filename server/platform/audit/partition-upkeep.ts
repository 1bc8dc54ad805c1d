import { sql } from 'kysely';
import type { Job } from '../jobs/scheduler.js';

/**
 * Keeps the audit trail's monthly partitions a year ahead while the server runs for months
 * without a restart (migrate does it at every start). Idempotent and safe across instances;
 * run daily by the job scheduler (server/jobs.ts).
 */
export const auditPartitionUpkeepJob: Job = {
  name: 'audit-partitions',
  everyMinutes: 24 * 60,
  async run(ctx) {
    const { rows } = await sql<{ created: number }>`SELECT audit_ensure_partitions(12) AS created`.execute(ctx.db);
    if (rows[0]?.created) ctx.log.info({ created: rows[0].created }, 'audit partitions created');
    return rows[0]?.created ?? 0;
  },
};
