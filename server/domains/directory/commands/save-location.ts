import type { LocationInput } from '../../../../common/schemas/directory.js';
import type { AnyActor } from '../../../platform/authz/actor.js';
import { writeAudit } from '../../../platform/audit/audit-writer.js';
import type { Tx } from '../../../platform/db/database.js';
import { DomainError } from '../../../platform/errors.js';
import { findLocation, type FullLocationRow } from '../locations.queries.js';
import { auditDiff, diffFields, recordMetadata } from '../metadata.js';
import { presentLocation } from '../location.presenter.js';
import { fromStoredTranslations, toStoredTranslations } from '../translations.js';

// Creates or edits a location with its physical address and accessibility notes. A confidential
// location (a shelter) is never geocoded: coordinates are refused rather than silently dropped,
// so nobody believes a shelter is on the map.

const SCALARS = ['name', 'alternateName', 'description', 'transportation', 'locationType', 'url', 'organizationId', 'latitude', 'longitude', 'neighbourhood', 'externalIdentifier', 'externalIdentifierType', 'confidential'] as const;

function comparable(l: FullLocationRow): Record<string, unknown> {
  const v = presentLocation(l);
  return { ...Object.fromEntries(SCALARS.map((k) => [k, v[k]])), address: v.address, accessibility: v.accessibility, translations: v.translations };
}

function normalise(input: LocationInput) {
  const out: Record<string, unknown> = { ...input };
  delete out.address;
  delete out.accessibility;
  delete out.translations;
  if (input.address !== undefined) {
    out.address = input.address
      ? { address1: input.address.address1, address2: input.address.address2 ?? null, city: input.address.city, postalCode: input.address.postalCode ?? '', region: input.address.region ?? null, stateProvince: input.address.stateProvince ?? '', country: input.address.country ?? 'IT' }
      : null;
  }
  if (input.accessibility !== undefined) out.accessibility = input.accessibility.map((a) => ({ description: a.description ?? null, details: a.details ?? null, url: a.url ?? null }));
  if (input.translations !== undefined) out.translations = fromStoredTranslations(toStoredTranslations(input.translations));
  return out;
}

async function check(tx: Tx, final: { confidential: boolean; latitude: number | null; longitude: number | null }, input: LocationInput) {
  if (final.confidential && (final.latitude !== null || final.longitude !== null)) {
    throw new DomainError('DIRECTORY_CONFIDENTIAL_GEOCODED', {}, [{ path: 'body.latitude', code: 'invalid' }]);
  }
  if ((final.latitude === null) !== (final.longitude === null)) {
    throw new DomainError('VALIDATION_FAILED', {}, [{ path: final.latitude === null ? 'body.latitude' : 'body.longitude', code: 'required' }]);
  }
  if (input.organizationId) {
    const org = await tx.selectFrom('dirOrganization').select('id').where('id', '=', input.organizationId).executeTakeFirst();
    if (!org) throw new DomainError('VALIDATION_FAILED', {}, [{ path: 'body.organizationId', code: 'invalid_value' }]);
  }
}

async function writeChildren(tx: Tx, tenantId: string, locationId: string, input: LocationInput) {
  if (input.address !== undefined) {
    const current = await tx.selectFrom('dirAddress').select('id').where('locationId', '=', locationId).orderBy('addressType').execute();
    const a = input.address;
    if (!a) await tx.deleteFrom('dirAddress').where('locationId', '=', locationId).execute();
    else {
      const values = { address1: a.address1, address2: a.address2 ?? null, city: a.city, postalCode: a.postalCode ?? '', region: a.region ?? null, stateProvince: a.stateProvince ?? '', country: a.country ?? 'IT' };
      const physical = current[0];
      if (physical) await tx.updateTable('dirAddress').set(values).where('id', '=', physical.id).execute();
      else await tx.insertInto('dirAddress').values({ ...values, tenantId, locationId, addressType: 'physical' }).execute();
    }
  }
  if (input.accessibility !== undefined) {
    await tx.deleteFrom('dirAccessibility').where('locationId', '=', locationId).execute();
    if (input.accessibility.length) {
      await tx.insertInto('dirAccessibility').values(input.accessibility.map((a) => ({ tenantId, locationId, description: a.description ?? null, details: a.details ?? null, url: a.url ?? null }))).execute();
    }
  }
}

function rowValues(input: LocationInput) {
  const values: Record<string, unknown> = {};
  for (const k of SCALARS) if (input[k] !== undefined) values[k] = input[k];
  if (input.translations !== undefined) values.translations = JSON.stringify(toStoredTranslations(input.translations));
  return values;
}

export async function createLocation(tx: Tx, actor: AnyActor, input: LocationInput & { name: string }) {
  await check(tx, { confidential: input.confidential ?? false, latitude: input.latitude ?? null, longitude: input.longitude ?? null }, input);
  const { id } = await tx
    .insertInto('dirLocation')
    .values({ ...rowValues(input), name: input.name, tenantId: actor.tenantId })
    .returning('id')
    .executeTakeFirstOrThrow();
  await writeChildren(tx, actor.tenantId, id, input);
  const row = await findLocation(tx, id);
  const changes = diffFields({}, normalise(input));
  await recordMetadata(tx, actor, { id, type: 'location' }, 'create', changes);
  await writeAudit(tx, actor, { action: 'directory.location.create', entity: 'dir_location', entityId: id, diff: auditDiff(changes, row.confidential) });
  return row;
}

export async function updateLocation(tx: Tx, actor: AnyActor, before: FullLocationRow, patch: LocationInput) {
  const was = comparable(before);
  const final = {
    confidential: patch.confidential ?? before.confidential,
    latitude: patch.latitude !== undefined ? patch.latitude : (was.latitude as number | null),
    longitude: patch.longitude !== undefined ? patch.longitude : (was.longitude as number | null),
  };
  await check(tx, final, patch);
  const changes = diffFields(was, normalise(patch));
  if (Object.keys(changes).length === 0) return before;
  await tx.updateTable('dirLocation').set({ ...rowValues(patch), updatedAt: new Date() }).where('id', '=', before.id).execute();
  await writeChildren(tx, actor.tenantId, before.id, patch);
  await recordMetadata(tx, actor, { id: before.id, type: 'location' }, 'update', changes);
  await writeAudit(tx, actor, { action: 'directory.location.update', entity: 'dir_location', entityId: before.id, diff: auditDiff(changes, before.confidential || final.confidential) });
  return findLocation(tx, before.id);
}
