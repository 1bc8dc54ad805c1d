import type { ServiceInput } from '../../../common/schemas/directory.js';
import type { Tx } from '../../platform/db/database.js';
import { DomainError } from '../../platform/errors.js';
import { NEEDS_TAXONOMY } from './needs-taxonomy.js';
import { fromStoredTranslations, toStoredTranslations } from './translations.js';

// The replace-on-save parts of a service (phones, schedules, languages, needs, documents, costs,
// locations), in one normalised shape for the API, for comparing and for the history.

export const CHILD_KEYS = ['phones', 'schedules', 'languages', 'needs', 'requiredDocuments', 'costOptions', 'locationIds'] as const;
export type ChildKey = (typeof CHILD_KEYS)[number];

const hhmm = (t: string | null | undefined) => (t ? t.slice(0, 5) : null);
const orNull = <T>(v: T | undefined | null): T | null => (v === undefined ? null : v);

export function normaliseChildren(input: ServiceInput): Partial<Record<ChildKey, unknown[]>> {
  const out: Partial<Record<ChildKey, unknown[]>> = {};
  if (input.phones) out.phones = input.phones.map((p) => ({ number: p.number, extension: orNull(p.extension), type: orNull(p.type), description: orNull(p.description) }));
  if (input.schedules) {
    out.schedules = input.schedules.map((s) => ({
      freq: s.freq ?? 'WEEKLY',
      byday: orNull(s.byday),
      bymonthday: orNull(s.bymonthday),
      opensAt: hhmm(s.opensAt),
      closesAt: hhmm(s.closesAt),
      validFrom: orNull(s.validFrom),
      validTo: orNull(s.validTo),
      description: orNull(s.description),
      notes: orNull(s.notes),
    }));
  }
  if (input.languages) out.languages = [...new Set(input.languages)].sort();
  if (input.needs) out.needs = [...new Set(input.needs)].sort();
  if (input.requiredDocuments) {
    out.requiredDocuments = input.requiredDocuments.map((d) => ({ document: d.document, uri: orNull(d.uri), translations: fromStoredTranslations(toStoredTranslations(d.translations)) }));
  }
  if (input.costOptions) {
    out.costOptions = input.costOptions.map((c) => ({
      option: orNull(c.option),
      amount: orNull(c.amount),
      currency: orNull(c.currency),
      amountDescription: orNull(c.amountDescription),
      validFrom: orNull(c.validFrom),
      validTo: orNull(c.validTo),
    }));
  }
  if (input.locationIds) out.locationIds = [...new Set(input.locationIds)].sort();
  return out;
}

/** The needs taxonomy's terms of the tenant, by code. */
export async function needTermsByCode(tx: Tx): Promise<Map<string, string>> {
  const rows = await tx
    .selectFrom('dirTaxonomyTerm as t')
    .innerJoin('dirTaxonomy as x', (j) => j.onRef('x.id', '=', 't.taxonomyId'))
    .select(['t.id', 't.code'])
    .where('x.uri', '=', NEEDS_TAXONOMY.uri)
    .execute();
  return new Map(rows.filter((r) => r.code).map((r) => [r.code!, r.id]));
}

const invalid = (path: string, code = 'invalid_value') => new DomainError('VALIDATION_FAILED', {}, [{ path, code }]);

/** Checks what the database cannot: known need codes, visible locations, coherent hours and dates. */
export async function checkServiceInput(tx: Tx, input: ServiceInput): Promise<void> {
  if (input.needs?.length) {
    const terms = await needTermsByCode(tx);
    if (input.needs.some((c) => !terms.has(c))) throw invalid('body.needs');
  }
  if (input.locationIds?.length) {
    const ids = [...new Set(input.locationIds)];
    const found = await tx.selectFrom('dirLocation').select('id').where('id', 'in', ids).execute();
    if (found.length !== ids.length) throw invalid('body.locationIds');
  }
  for (const s of input.schedules ?? []) {
    if (s.opensAt && s.closesAt && hhmm(s.closesAt)! <= hhmm(s.opensAt)!) throw invalid('body.schedules', 'invalid');
    if (s.validFrom && s.validTo && s.validTo < s.validFrom) throw invalid('body.schedules', 'invalid');
    if ((s.freq ?? 'WEEKLY') === 'WEEKLY' && !s.byday) throw invalid('body.schedules', 'required');
  }
  for (const c of input.costOptions ?? []) if (c.validFrom && c.validTo && c.validTo < c.validFrom) throw invalid('body.costOptions', 'invalid');
  if (input.minimumAge != null && input.maximumAge != null && input.minimumAge > input.maximumAge) throw invalid('body.maximumAge', 'invalid');
}

/** The current children of a service, normalised like the input. */
export async function loadChildren(tx: Tx, serviceId: string): Promise<Record<ChildKey, unknown[]>> {
  const [phones, schedules, languages, needs, docs, costs, locations] = await Promise.all([
    tx.selectFrom('dirPhone').select(['number', 'extension', 'type', 'description']).where('serviceId', '=', serviceId).orderBy('number').execute(),
    tx.selectFrom('dirSchedule').selectAll().where('serviceId', '=', serviceId).where('locationId', 'is', null).orderBy('byday').orderBy('opensAt').execute(),
    tx.selectFrom('dirLanguage').select('code').where('serviceId', '=', serviceId).where('code', 'is not', null).orderBy('code').execute(),
    tx
      .selectFrom('dirAttribute as a')
      .innerJoin('dirTaxonomyTerm as t', (j) => j.onRef('t.id', '=', 'a.taxonomyTermId'))
      .innerJoin('dirTaxonomy as x', (j) => j.onRef('x.id', '=', 't.taxonomyId'))
      .select('t.code')
      .where('a.linkEntity', '=', 'service')
      .where('a.linkId', '=', serviceId)
      .where('x.uri', '=', NEEDS_TAXONOMY.uri)
      .orderBy('t.code')
      .execute(),
    tx.selectFrom('dirRequiredDocument').select(['document', 'uri', 'translations']).where('serviceId', '=', serviceId).orderBy('document').execute(),
    tx.selectFrom('dirCostOption').selectAll().where('serviceId', '=', serviceId).orderBy('option').execute(),
    // Only locations this transaction may see: a shelter stays linked even when a coordinator saves.
    tx.selectFrom('dirServiceAtLocation as sal').innerJoin('dirLocation as l', (j) => j.onRef('l.id', '=', 'sal.locationId')).select('l.id').where('sal.serviceId', '=', serviceId).orderBy('l.id').execute(),
  ]);
  return {
    phones: phones.map((p) => ({ number: p.number, extension: p.extension, type: p.type, description: p.description })),
    schedules: schedules.map((s) => ({
      freq: s.freq ?? 'WEEKLY',
      byday: s.byday,
      bymonthday: s.bymonthday,
      opensAt: hhmm(s.opensAt),
      closesAt: hhmm(s.closesAt),
      validFrom: s.validFrom,
      validTo: s.validTo,
      description: s.description,
      notes: s.notes,
    })),
    languages: [...new Set(languages.map((l) => l.code!))],
    needs: needs.map((n) => n.code!),
    requiredDocuments: docs.map((d) => ({ document: d.document ?? '', uri: d.uri, translations: fromStoredTranslations(d.translations) })),
    costOptions: costs.map((c) => ({ option: c.option, amount: c.amount === null ? null : Number(c.amount), currency: c.currency, amountDescription: c.amountDescription, validFrom: c.validFrom, validTo: c.validTo })),
    locationIds: locations.map((l) => l.id),
  };
}

/** Same members, whatever the order (the database has no order for most of these). */
export function sameMembers(a: unknown[], b: unknown[]): boolean {
  const key = (xs: unknown[]) => JSON.stringify(xs.map((x) => JSON.stringify(x)).sort());
  return key(a) === key(b);
}

/** Replaces the children named in `input` (absent keys are left alone). */
export async function replaceChildren(tx: Tx, tenantId: string, serviceId: string, input: ServiceInput): Promise<void> {
  if (input.phones) {
    await tx.deleteFrom('dirPhone').where('serviceId', '=', serviceId).execute();
    if (input.phones.length) {
      await tx.insertInto('dirPhone').values(input.phones.map((p) => ({ tenantId, serviceId, number: p.number, extension: p.extension ?? null, type: p.type ?? null, description: p.description ?? null }))).execute();
    }
  }
  if (input.schedules) {
    await tx.deleteFrom('dirSchedule').where('serviceId', '=', serviceId).where('locationId', 'is', null).execute();
    if (input.schedules.length) {
      await tx
        .insertInto('dirSchedule')
        .values(
          input.schedules.map((s) => ({
            tenantId,
            serviceId,
            freq: s.freq ?? 'WEEKLY',
            byday: s.byday ?? null,
            bymonthday: s.bymonthday ?? null,
            opensAt: hhmm(s.opensAt),
            closesAt: hhmm(s.closesAt),
            validFrom: s.validFrom ?? null,
            validTo: s.validTo ?? null,
            description: s.description ?? null,
            notes: s.notes ?? null,
          })),
        )
        .execute();
    }
  }
  if (input.languages) {
    await tx.deleteFrom('dirLanguage').where('serviceId', '=', serviceId).execute();
    const codes = [...new Set(input.languages)];
    if (codes.length) await tx.insertInto('dirLanguage').values(codes.map((code) => ({ tenantId, serviceId, code }))).execute();
  }
  if (input.needs) {
    const terms = await needTermsByCode(tx);
    const termIds = [...terms.values()];
    if (termIds.length) await tx.deleteFrom('dirAttribute').where('linkEntity', '=', 'service').where('linkId', '=', serviceId).where('taxonomyTermId', 'in', termIds).execute();
    const codes = [...new Set(input.needs)];
    if (codes.length) {
      await tx.insertInto('dirAttribute').values(codes.map((c) => ({ tenantId, linkId: serviceId, linkEntity: 'service', linkType: 'need', taxonomyTermId: terms.get(c)! }))).execute();
    }
  }
  if (input.requiredDocuments) {
    await tx.deleteFrom('dirRequiredDocument').where('serviceId', '=', serviceId).execute();
    if (input.requiredDocuments.length) {
      await tx
        .insertInto('dirRequiredDocument')
        .values(input.requiredDocuments.map((d) => ({ tenantId, serviceId, document: d.document, uri: d.uri ?? null, translations: JSON.stringify(toStoredTranslations(d.translations)) })))
        .execute();
    }
  }
  if (input.costOptions) {
    await tx.deleteFrom('dirCostOption').where('serviceId', '=', serviceId).execute();
    if (input.costOptions.length) {
      await tx
        .insertInto('dirCostOption')
        .values(
          input.costOptions.map((c) => ({
            tenantId,
            serviceId,
            option: c.option ?? null,
            amount: c.amount === undefined || c.amount === null ? null : String(c.amount),
            currency: c.currency ?? null,
            amountDescription: c.amountDescription ?? null,
            validFrom: c.validFrom ?? null,
            validTo: c.validTo ?? null,
          })),
        )
        .execute();
    }
  }
  if (input.locationIds) {
    const wanted = [...new Set(input.locationIds)];
    // Only links to locations this transaction sees are replaced: hidden (confidential) links stay.
    let del = tx.deleteFrom('dirServiceAtLocation').where('serviceId', '=', serviceId).where('locationId', 'in', (eb) => eb.selectFrom('dirLocation').select('id'));
    if (wanted.length) del = del.where('locationId', 'not in', wanted);
    await del.execute();
    if (wanted.length) {
      await tx
        .insertInto('dirServiceAtLocation')
        .values(wanted.map((locationId) => ({ tenantId, serviceId, locationId })))
        .onConflict((oc) => oc.columns(['tenantId', 'serviceId', 'locationId']).doNothing())
        .execute();
    }
  }
}

/**
 * History and audit are read more widely than shelters are: links to confidential locations are
 * left out of what they record (the link itself is stored as asked).
 */
export async function withoutHiddenLocations(tx: Tx, changes: Record<string, [unknown, unknown]>): Promise<Record<string, [unknown, unknown]>> {
  const change = changes.locationIds;
  if (!change) return changes;
  const ids = [...new Set([...((change[0] as string[] | null) ?? []), ...((change[1] as string[] | null) ?? [])])];
  const hidden = new Set(
    ids.length ? (await tx.selectFrom('dirLocation').select('id').where('id', 'in', ids).where('confidential', '=', true).execute()).map((r) => r.id) : [],
  );
  if (!hidden.size) return changes;
  const keep = (v: unknown) => (Array.isArray(v) ? v.filter((id) => !hidden.has(id as string)) : v);
  const before = keep(change[0]);
  const after = keep(change[1]);
  const out = { ...changes };
  if (JSON.stringify(before ?? []) === JSON.stringify(after ?? [])) delete out.locationIds;
  else out.locationIds = [before, after];
  return out;
}
