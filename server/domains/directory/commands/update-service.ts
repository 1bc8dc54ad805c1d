import type { ServiceInput } from '../../../../common/schemas/directory.js';
import type { AnyActor } from '../../../platform/authz/actor.js';
import { writeAudit } from '../../../platform/audit/audit-writer.js';
import type { Tx } from '../../../platform/db/database.js';
import { auditDiff, diffFields, recordMetadata, type FieldChanges } from '../metadata.js';
import { CHILD_KEYS, checkServiceInput, loadChildren, normaliseChildren, replaceChildren, sameMembers, withoutHiddenLocations } from '../service-children.js';
import type { ServiceRow } from '../services.queries.js';
import { fromStoredTranslations, toStoredTranslations } from '../translations.js';
import { scalarValues } from './create-service.js';

/** What `patch` would change on `before`, field by field (children compared as sets). */
export async function serviceChanges(tx: Tx, before: ServiceRow, patch: ServiceInput): Promise<FieldChanges> {
  const changes = diffFields(before as unknown as Record<string, unknown>, scalarValues(patch));
  if (patch.translations !== undefined) {
    const was = fromStoredTranslations(before.translations);
    const now = fromStoredTranslations(toStoredTranslations(patch.translations));
    if (JSON.stringify(was) !== JSON.stringify(now)) changes.translations = [was, now];
  }
  const wanted = normaliseChildren(patch);
  if (Object.keys(wanted).length) {
    const current = await loadChildren(tx, before.id);
    for (const key of CHILD_KEYS) {
      const next = wanted[key];
      if (next && !sameMembers(current[key], next)) changes[key] = [current[key], next];
    }
  }
  return changes;
}

/** Checks a patch against the service it would land on (ages are checked on the final pair). */
export async function checkServicePatch(tx: Tx, before: ServiceRow, patch: ServiceInput): Promise<void> {
  await checkServiceInput(tx, {
    ...patch,
    minimumAge: patch.minimumAge !== undefined ? patch.minimumAge : before.minimumAge,
    maximumAge: patch.maximumAge !== undefined ? patch.maximumAge : before.maximumAge,
  });
}

/** Writes `patch` to the service, with HSDS metadata and an audit event; returns what changed. */
export async function applyServicePatch(tx: Tx, actor: AnyActor, before: ServiceRow, patch: ServiceInput, auditExtra: Record<string, unknown> = {}): Promise<FieldChanges> {
  await checkServicePatch(tx, before, patch);
  const changes = await serviceChanges(tx, before, patch);
  if (Object.keys(changes).length === 0) return changes;
  const set: Record<string, unknown> = {};
  for (const [k, [, v]] of Object.entries(changes)) if (k in scalarValues(patch)) set[k] = v;
  if (changes.translations) set.translations = JSON.stringify(toStoredTranslations(patch.translations));
  await tx
    .updateTable('dirService')
    .set({ ...set, lastModified: new Date(), updatedAt: new Date() })
    .where('id', '=', before.id)
    .execute();
  const childPatch = Object.fromEntries(CHILD_KEYS.filter((k) => changes[k]).map((k) => [k, patch[k]]));
  await replaceChildren(tx, actor.tenantId, before.id, childPatch);
  const recorded = await withoutHiddenLocations(tx, changes);
  await recordMetadata(tx, actor, { id: before.id, type: 'service' }, 'update', recorded);
  const confidential = before.confidential || patch.confidential === true;
  await writeAudit(tx, actor, { action: 'directory.service.update', entity: 'dir_service', entityId: before.id, diff: { ...auditDiff(recorded, confidential), ...auditExtra } });
  return changes;
}
