import { sql } from 'kysely';
import type { Tx } from '../../../platform/db/database.js';

/**
 * Counts one public search that found nothing, for the coordinators' gap report. Only facets are
 * kept (day, need code, language, neighbourhood resolved from our own data): never the typed text,
 * never a position, never anything about who searched. Anonymous counters, so no audit event.
 */
export async function recordSearchMiss(tx: Tx, tenantId: string, miss: { day: string; category: string; language: string; area: string }): Promise<void> {
  await sql`INSERT INTO dir_search_miss (tenant_id, day, category, language, area, misses)
    VALUES (${tenantId}, ${miss.day}::date, ${miss.category.slice(0, 40)}, ${miss.language.slice(0, 3)}, ${miss.area.slice(0, 120)}, 1)
    ON CONFLICT (tenant_id, day, category, language, area) DO UPDATE SET misses = dir_search_miss.misses + 1`.execute(tx);
}
