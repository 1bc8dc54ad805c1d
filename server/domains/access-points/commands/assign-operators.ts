import { sql } from 'kysely';
import type { Actor } from '../../../platform/authz/actor.js';
import { writeAudit } from '../../../platform/audit/audit-writer.js';
import type { Tx } from '../../../platform/db/database.js';
import { DomainError } from '../../../platform/errors.js';
import type { AccessPointRow } from '../access-points.queries.js';
import { assertVersion } from '../../../platform/http/if-match.js';

// Replaces the set of operators working at an access point. The operators are part of the access
// point's version: a manager editing from a stale screen is told so (If-Match), and a change bumps
// the version so that a concurrent edit of the other fields notices too.

export async function assignOperators(tx: Tx, actor: Actor, ap: AccessPointRow, userIds: string[], expectedVersion: number | null): Promise<number> {
  if (expectedVersion !== null) assertVersion(ap.version, expectedVersion);
  const wanted = [...new Set(userIds)];
  if (wanted.length) {
    // Users of this tenant only (RLS), and active: a disabled account does not work anywhere.
    const found = await tx.selectFrom('appUser').select('id').where('id', 'in', wanted).where('status', '=', 'active').execute();
    const known = new Set(found.map((u) => u.id));
    const fields = userIds.map((id, i) => ({ id, i })).filter((u) => !known.has(u.id)).map((u) => ({ path: `body.userIds.${u.i}`, code: 'invalid_value' }));
    if (fields.length) throw new DomainError('VALIDATION_FAILED', {}, fields);
  }
  const current = (await tx.selectFrom('accessPointOperator').select('userId').where('accessPointId', '=', ap.id).execute()).map((r) => r.userId);
  const added = wanted.filter((id) => !current.includes(id)).sort();
  const removed = current.filter((id) => !wanted.includes(id)).sort();
  if (!added.length && !removed.length) return ap.version;
  // The version check and bump first: it also serialises two managers saving at once.
  const bumped = await tx
    .updateTable('accessPoint')
    .set({ version: sql<number>`version + 1`, updatedAt: new Date() })
    .where('id', '=', ap.id)
    .where('version', '=', ap.version)
    .returning('version')
    .executeTakeFirst();
  if (!bumped) throw new DomainError('VERSION_CONFLICT');
  if (removed.length) await tx.deleteFrom('accessPointOperator').where('accessPointId', '=', ap.id).where('userId', 'in', removed).execute();
  if (added.length) {
    await tx
      .insertInto('accessPointOperator')
      .values(added.map((userId) => ({ tenantId: actor.tenantId, accessPointId: ap.id, userId })))
      .execute();
  }
  await writeAudit(tx, actor, { action: 'access_point.operators', entity: 'access_point', entityId: ap.id, diff: { added, removed } });
  return bumped.version;
}
