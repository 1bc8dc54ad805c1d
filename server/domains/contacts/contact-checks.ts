import { sql } from 'kysely';
import type { Tx } from '../../platform/db/database.js';
import type { FieldError } from '../../platform/errors.js';
import { NEEDS_TAXONOMY, NEEDS_TERMS } from '../directory/needs-taxonomy.js';
import { PUBLIC_SERVICE } from '../finder/finder-search.queries.js';

// Checks of what a contact refers to, answered as field errors (`body.needs.2`...).

/** Needs must be codes of the needs taxonomy: the shipped terms and the tenant's own. */
export async function needErrors(tx: Tx, codes: readonly string[], path = 'body.needs'): Promise<FieldError[]> {
  const shipped = new Set(NEEDS_TERMS.map((t) => t.code));
  const others = [...new Set(codes.filter((c) => !shipped.has(c)))];
  const known = new Set(shipped);
  if (others.length) {
    const { rows } = await sql<{ code: string }>`SELECT tt.code FROM dir_taxonomy_term tt
      JOIN dir_taxonomy x ON x.tenant_id = tt.tenant_id AND x.id = tt.taxonomy_id
      WHERE x.uri = ${NEEDS_TAXONOMY.uri} AND tt.code = ANY(${others}::text[])`.execute(tx);
    rows.forEach((r) => known.add(r.code));
  }
  return codes.flatMap((c, i) => (known.has(c) ? [] : [{ path: `${path}.${i}`, code: 'invalid_value' }]));
}

/**
 * Suggested services must be public: published, active and not confidential (the public finder's
 * rule). The transaction has no protection access, so a shelter is not even seen.
 */
export async function serviceErrors(tx: Tx, ids: readonly string[], path = 'body.suggestedServiceIds'): Promise<FieldError[]> {
  if (!ids.length) return [];
  const { rows } = await sql<{ id: string }>`SELECT s.id FROM dir_service s WHERE s.id = ANY(${[...ids]}::uuid[]) AND ${PUBLIC_SERVICE}`.execute(tx);
  const ok = new Set(rows.map((r) => r.id));
  return ids.flatMap((id, i) => (ok.has(id) ? [] : [{ path: `${path}.${i}`, code: 'frontDoor.notPublicService' }]));
}
