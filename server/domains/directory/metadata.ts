import type { AnyActor } from '../../platform/authz/actor.js';
import type { Tx } from '../../platform/db/database.js';

// HSDS `metadata` rows: one per changed field, the change history the issue asks for. They sit
// beside the hash-chained audit event the same command writes.

export type FieldChanges = Record<string, [unknown, unknown]>;
export type MetadataAction = 'create' | 'update' | 'delete';

/** camelCase API field → HSDS snake_case field name. */
export function hsdsField(name: string): string {
  return name.replace(/([a-z])([A-Z0-9])/g, '$1_$2').toLowerCase();
}

function asText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (v instanceof Date) return v.toISOString();
  return JSON.stringify(v);
}

export function updatedBy(actor: AnyActor): string {
  return actor.kind === 'user' ? actor.userId : `system:${actor.label}`;
}

export async function recordMetadata(
  tx: Tx,
  actor: AnyActor,
  resource: { id: string; type: 'service' | 'location' | 'organization' },
  action: MetadataAction,
  changes: FieldChanges,
): Promise<void> {
  const rows = Object.entries(changes).map(([field, [before, after]]) => ({
    tenantId: actor.tenantId,
    resourceId: resource.id,
    resourceType: resource.type,
    lastActionType: action,
    fieldName: hsdsField(field),
    previousValue: asText(before),
    replacementValue: asText(after),
    updatedBy: updatedBy(actor),
  }));
  if (rows.length) await tx.insertInto('dirMetadata').values(rows).execute();
}

/** Values a create sets, as changes from nothing (empty values are left out). */
export function createdFields(values: Record<string, unknown>): FieldChanges {
  const out: FieldChanges = {};
  for (const [k, v] of Object.entries(values)) {
    if (v === undefined || v === null || v === '' || v === false || (Array.isArray(v) && v.length === 0)) continue;
    if (typeof v === 'object' && !Array.isArray(v) && Object.keys(v as object).length === 0) continue;
    out[k] = [null, v];
  }
  return out;
}

/** The changes of `after` against `before`, field by field (JSON comparison). */
export function diffFields(before: Record<string, unknown>, after: Record<string, unknown>): FieldChanges {
  const out: FieldChanges = {};
  for (const [k, v] of Object.entries(after)) {
    if (v === undefined) continue;
    if (JSON.stringify(before[k] ?? null) !== JSON.stringify(v ?? null)) out[k] = [before[k] ?? null, v];
  }
  return out;
}

/** What the audit trail may say: a confidential record's values stay out of it (field names only). */
export function auditDiff(changes: FieldChanges, confidential: boolean): Record<string, unknown> {
  if (!confidential) return changes;
  return { fields: Object.keys(changes), confidential: true };
}
