import { sql } from 'kysely';
import type { Tx } from '../db/database.js';
import type { AnyActor } from '../authz/actor.js';

// Fields never written to the trail, whatever a command passes in.
const SECRET_FIELDS = new Set(['password', 'passwordHash', 'mfaSecret', 'token', 'tokenHash', 'csrfToken', 'codeHash', 'totp', 'recoveryCodes']);

export interface AuditEntry {
  action: string;
  entity: string;
  entityId?: string | null;
  diff?: Record<string, unknown> | null;
}

/**
 * Appends one event to the tenant's hash-chained trail, inside the caller's transaction: if the
 * business change rolls back, so does its audit event.
 */
export async function writeAudit(tx: Tx, actor: AnyActor, entry: AuditEntry): Promise<void> {
  const diff = entry.diff ? JSON.stringify(scrub(entry.diff)) : null;
  await sql`SELECT audit_append(${actor.tenantId}::uuid, ${actor.kind === 'user' ? actor.userId : null}::uuid,
    ${actor.kind === 'user' ? actor.organisationId : null}::uuid, ${entry.action}, ${entry.entity},
    ${entry.entityId ?? null}, ${actor.requestId ?? null}, ${diff}::jsonb)`.execute(tx);
}

function scrub(diff: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(diff)) {
    if (SECRET_FIELDS.has(k)) continue;
    out[k] = v instanceof Date ? v.toISOString() : v;
  }
  return out;
}

/** The fields of `after` that differ from `before`, as `{field: [old, new]}`. */
export function changedFields<T extends Record<string, unknown>>(
  before: T,
  after: Partial<T>,
): Record<string, [unknown, unknown]> {
  const out: Record<string, [unknown, unknown]> = {};
  for (const key of Object.keys(after)) {
    const a = before[key];
    const b = after[key];
    if (b !== undefined && JSON.stringify(a) !== JSON.stringify(b)) out[key] = [a ?? null, b ?? null];
  }
  return out;
}
