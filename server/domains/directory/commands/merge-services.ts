import { sql, type RawBuilder } from 'kysely';
import type { Actor } from '../../../platform/authz/actor.js';
import { writeAudit } from '../../../platform/audit/audit-writer.js';
import type { Tx } from '../../../platform/db/database.js';
import { DomainError } from '../../../platform/errors.js';
import { recordMetadata } from '../metadata.js';
import type { ServiceRow } from '../services.queries.js';

// Tables whose rows simply follow the service they belong to.
const FOLLOWERS = ['dir_phone', 'dir_schedule', 'dir_required_document', 'dir_cost_option', 'dir_contact', 'dir_service_area', 'dir_funding', 'dir_url', 'dir_service_capacity', 'dir_report'] as const;

async function count(tx: Tx, query: RawBuilder<unknown>): Promise<number> {
  const r = await query.execute(tx);
  return Number(r.numAffectedRows ?? 0);
}

/**
 * Merges the duplicate `dup` into `into`: its locations, phones, schedules, languages, needs and
 * other attributes, documents, costs and open reports move to the survivor (without doubling
 * what the survivor already has), the history records the merge, and the duplicate is deleted.
 */
export async function mergeServices(tx: Tx, actor: Actor, dup: ServiceRow, into: ServiceRow): Promise<Record<string, number>> {
  if (dup.id === into.id || dup.confidential !== into.confidential) throw new DomainError('DIRECTORY_MERGE_INVALID');
  const moved: Record<string, number> = {};
  moved.locations = await count(
    tx,
    sql`UPDATE dir_service_at_location SET service_id = ${into.id} WHERE service_id = ${dup.id}
      AND location_id NOT IN (SELECT location_id FROM dir_service_at_location WHERE service_id = ${into.id})`,
  );
  for (const table of FOLLOWERS) {
    moved[table.replace(/^dir_/, '')] = await count(tx, sql`UPDATE ${sql.table(table)} SET service_id = ${into.id} WHERE service_id = ${dup.id}`);
  }
  moved.languages = await count(
    tx,
    sql`UPDATE dir_language SET service_id = ${into.id} WHERE service_id = ${dup.id}
      AND code NOT IN (SELECT code FROM dir_language WHERE service_id = ${into.id} AND code IS NOT NULL)`,
  );
  moved.attributes = await count(
    tx,
    sql`UPDATE dir_attribute SET link_id = ${into.id} WHERE link_entity = 'service' AND link_id = ${dup.id}
      AND taxonomy_term_id NOT IN (SELECT taxonomy_term_id FROM dir_attribute WHERE link_entity = 'service' AND link_id = ${into.id})`,
  );
  // What was not moved duplicates the survivor's own rows (or cascades with the service).
  await sql`DELETE FROM dir_language WHERE service_id = ${dup.id}`.execute(tx);
  await sql`DELETE FROM dir_attribute WHERE link_entity = 'service' AND link_id = ${dup.id}`.execute(tx);
  await tx.deleteFrom('dirService').where('id', '=', dup.id).execute();
  await tx.updateTable('dirService').set({ lastModified: new Date(), updatedAt: new Date() }).where('id', '=', into.id).execute();
  await recordMetadata(tx, actor, { id: into.id, type: 'service' }, 'update', { mergedFrom: ['', `${dup.id} ${dup.name}`] });
  await recordMetadata(tx, actor, { id: dup.id, type: 'service' }, 'delete', { id: [dup.id, ''], mergedInto: ['', into.id] });
  await writeAudit(tx, actor, { action: 'directory.service.merge', entity: 'dir_service', entityId: into.id, diff: { mergedFrom: dup.id, moved } });
  return moved;
}
