import { sql } from 'kysely';
import { openingHoursProblems, type AccessPointInput, type OpeningHoursInput } from '../../../../common/schemas/access-points.js';
import { WEEKDAYS } from '../../../../common/schemas/people-vocabulary.js';
import type { Actor } from '../../../platform/authz/actor.js';
import { changedFields, writeAudit } from '../../../platform/audit/audit-writer.js';
import type { Tx } from '../../../platform/db/database.js';
import { DomainError, type FieldError } from '../../../platform/errors.js';
import { assertVersion } from '../../../platform/http/if-match.js';
import { findAccessPoint, type AccessPointRow } from '../access-points.queries.js';

// Creates and edits access points. Everything a field error can name is checked before writing,
// so a refused request leaves nothing behind and says which field is wrong.

const SCALARS = ['organisationId', 'kind', 'name', 'address', 'city', 'latitude', 'longitude', 'phone', 'email', 'slotMinutes', 'desks', 'directoryLocationId', 'active'] as const;

/** Opening hours in a stable order (day of the week, then time), so that diffs mean something. */
function sortedHours(hours: readonly OpeningHoursInput[]): OpeningHoursInput[] {
  return [...hours]
    .map((h) => ({ day: h.day, opens: h.opens, closes: h.closes }))
    .sort((a, b) => WEEKDAYS.indexOf(a.day) - WEEKDAYS.indexOf(b.day) || a.opens.localeCompare(b.opens));
}

function comparable(r: AccessPointRow): Record<string, unknown> {
  return {
    ...Object.fromEntries(SCALARS.map((k) => [k, r[k]])),
    latitude: r.latitude === null ? null : Number(r.latitude),
    longitude: r.longitude === null ? null : Number(r.longitude),
    openingHours: sortedHours(r.openingHours),
    languages: r.languages,
  };
}

function normalised(input: AccessPointInput): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of SCALARS) if (input[k] !== undefined) out[k] = input[k];
  if (input.openingHours !== undefined) out.openingHours = sortedHours(input.openingHours);
  if (input.languages !== undefined) out.languages = [...new Set(input.languages)].sort();
  return out;
}

function rowValues(values: Record<string, unknown>): Record<string, unknown> {
  const out = { ...values };
  if (out.openingHours !== undefined) out.openingHours = JSON.stringify(out.openingHours);
  return out;
}

async function check(tx: Tx, input: AccessPointInput, final: { latitude: number | null; longitude: number | null }, selfId: string | null): Promise<void> {
  const fields: FieldError[] = [];
  if (input.organisationId !== undefined) {
    const org = await tx.selectFrom('organisation').select('id').where('id', '=', input.organisationId).executeTakeFirst();
    if (!org) fields.push({ path: 'body.organisationId', code: 'invalid_value' });
  }
  if ((final.latitude === null) !== (final.longitude === null)) {
    fields.push({ path: final.latitude === null ? 'body.latitude' : 'body.longitude', code: 'required' });
  }
  for (const p of openingHoursProblems(input.openingHours ?? [])) fields.push({ path: `body.openingHours.${p.index}.${p.field}`, code: p.code });
  if (input.directoryLocationId) {
    // Read under the actor's visibility (accessPointTx): a shelter does not exist for non-protection roles.
    const loc = await tx.selectFrom('dirLocation').select('id').where('id', '=', input.directoryLocationId).executeTakeFirst();
    if (!loc) fields.push({ path: 'body.directoryLocationId', code: 'invalid_value' });
  }
  if (input.name !== undefined) {
    let q = tx.selectFrom('accessPoint').select('id').where(sql<boolean>`lower(name) = lower(${input.name})`);
    if (selfId) q = q.where('id', '<>', selfId);
    if (await q.executeTakeFirst()) fields.push({ path: 'body.name', code: 'frontDoor.nameTaken' });
  }
  if (fields.length) throw new DomainError('VALIDATION_FAILED', {}, fields);
}

export async function createAccessPoint(tx: Tx, actor: Actor, input: AccessPointInput & { organisationId: string; kind: AccessPointRow['kind']; name: string }): Promise<AccessPointRow> {
  await check(tx, input, { latitude: input.latitude ?? null, longitude: input.longitude ?? null }, null);
  const values = normalised(input);
  const { id } = await tx
    .insertInto('accessPoint')
    .values({ ...rowValues(values), tenantId: actor.tenantId, organisationId: input.organisationId, kind: input.kind, name: input.name })
    .returning('id')
    .executeTakeFirstOrThrow();
  await writeAudit(tx, actor, { action: 'access_point.create', entity: 'access_point', entityId: id, diff: changedFields({}, values) });
  return findAccessPoint(tx, actor, id);
}

/** Applies a patch made against `expectedVersion`; VERSION_CONFLICT if someone saved in between. */
export async function updateAccessPoint(tx: Tx, actor: Actor, before: AccessPointRow, patch: AccessPointInput, expectedVersion: number): Promise<AccessPointRow> {
  assertVersion(before.version, expectedVersion);
  const was = comparable(before);
  const final = {
    latitude: patch.latitude !== undefined ? patch.latitude : (was.latitude as number | null),
    longitude: patch.longitude !== undefined ? patch.longitude : (was.longitude as number | null),
  };
  await check(tx, patch, final, before.id);
  const diff = changedFields(was, normalised(patch));
  if (Object.keys(diff).length === 0) return before;
  const values = Object.fromEntries(Object.entries(diff).map(([k, [, now]]) => [k, now]));
  const updated = await tx
    .updateTable('accessPoint')
    .set({ ...rowValues(values), version: sql<number>`version + 1`, updatedAt: new Date() })
    .where('id', '=', before.id)
    .where('version', '=', expectedVersion)
    .returning('id')
    .executeTakeFirst();
  if (!updated) throw new DomainError('VERSION_CONFLICT');
  await writeAudit(tx, actor, { action: 'access_point.update', entity: 'access_point', entityId: before.id, diff });
  return findAccessPoint(tx, actor, before.id);
}
