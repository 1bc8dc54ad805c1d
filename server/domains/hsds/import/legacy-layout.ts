import { emptyTables, type HsdsRow, type TableName } from '../hsds-tables.js';
import type { ImportIssue } from './coerce.js';
import type { CsvRecord, CsvTable } from './csv-read.js';
import type { ParsedSource } from './parse-json.js';
import { stableId, UUID_RE } from './stable-ids.js';

// HSDS 1.x and 2.x CSV packages, upgraded to the 3.1 tables on the way in:
// - ids that are not UUIDs (integers, codes) become UUID v5 of tenant + table + source id, so a
//   re-import of the same package updates the same records;
// - regular_schedules (one row per weekday) become weekly RRULE schedules (byday + opens/closes),
//   one per service/location and opening hours; holiday_schedules become dated schedules;
// - physical_addresses/postal_addresses → addresses, accessibility_for_disabilities →
//   accessibility, eligibility → service.eligibility_description, service_attributes,
//   services_taxonomy and other_attributes → attributes, taxonomy/taxonomy_terms (term) → taxonomy_terms,
//   phones.language → languages of the phone.

const LEGACY_ONLY = [
  'regular_schedules.csv', 'holiday_schedules.csv', 'physical_addresses.csv', 'postal_addresses.csv', 'services_taxonomy.csv', 'service_taxonomy.csv',
  'service_attributes.csv', 'other_attributes.csv', 'taxonomy.csv', 'accessibility_for_disabilities.csv', 'eligibility.csv', 'payment_accepted.csv',
];
const REF_KIND: Record<string, string> = {
  organization_id: 'organization', parent_organization_id: 'organization', program_id: 'program', service_id: 'service', location_id: 'location',
  service_at_location_id: 'service_at_location', contact_id: 'contact', phone_id: 'phone', taxonomy_term_id: 'taxonomy_term', unit_id: 'unit',
};
/** file → [3.1 table, id kind, column renames, fixed values]. Files not listed are reported and skipped. */
const COPY: Record<string, [TableName, string, Record<string, string>?, Record<string, string>?]> = {
  'organizations.csv': ['organization', 'organization', { url: 'website' }],
  'programs.csv': ['program', 'program'],
  'services.csv': ['service', 'service'],
  'services_at_location.csv': ['service_at_location', 'service_at_location'],
  'service_at_location.csv': ['service_at_location', 'service_at_location'],
  'locations.csv': ['location', 'location'],
  'phones.csv': ['phone', 'phone'],
  'contacts.csv': ['contact', 'contact'],
  'physical_addresses.csv': ['address', 'physical_address', {}, { address_type: 'physical' }],
  'postal_addresses.csv': ['address', 'postal_address', {}, { address_type: 'postal' }],
  'funding.csv': ['funding', 'funding'],
  'service_areas.csv': ['service_area', 'service_area', { service_area: 'name' }],
  'required_documents.csv': ['required_document', 'required_document'],
  'accessibility_for_disabilities.csv': ['accessibility', 'accessibility', { accessibility: 'description' }],
  'schedules.csv': ['schedule', 'schedule'],
  'taxonomy_terms.csv': ['taxonomy_term', 'taxonomy_term', { term: 'name', parent_id: 'parent_id' }],
  'taxonomy.csv': ['taxonomy_term', 'taxonomy_term', { vocabulary: 'taxonomy' }],
  'service_attributes.csv': ['attribute', 'attribute', { service_id: 'link_id' }, { link_entity: 'service' }],
  'services_taxonomy.csv': ['attribute', 'attribute', { service_id: 'link_id', taxonomy_id: 'taxonomy_term_id', taxonomy_detail: 'value' }, { link_entity: 'service' }],
  'service_taxonomy.csv': ['attribute', 'attribute', { service_id: 'link_id', taxonomy_id: 'taxonomy_term_id', taxonomy_detail: 'value' }, { link_entity: 'service' }],
  'other_attributes.csv': ['attribute', 'attribute', { link_type: 'link_entity' }],
  'cost_options.csv': ['cost_option', 'cost_option'],
  'organization_identifiers.csv': ['organization_identifier', 'organization_identifier'],
  'metadata.csv': ['metadata', 'metadata'],
};
const WEEKDAYS: Record<string, string> = {
  '1': 'MO', '2': 'TU', '3': 'WE', '4': 'TH', '5': 'FR', '6': 'SA', '7': 'SU', '0': 'SU',
  mo: 'MO', tu: 'TU', we: 'WE', th: 'TH', fr: 'FR', sa: 'SA', su: 'SU',
  monday: 'MO', tuesday: 'TU', wednesday: 'WE', thursday: 'TH', friday: 'FR', saturday: 'SA', sunday: 'SU',
  mon: 'MO', tue: 'TU', wed: 'WE', thu: 'TH', fri: 'FR', sat: 'SA', sun: 'SU',
};
const DAY_ORDER = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** 1.x/2.x packages numbered their records; a 3.x package with a few bad ids is a 3.x package with errors. */
const hasNonUuidIds = (csv: CsvTable | undefined) => !!csv?.records.length && csv.records.every((r) => r.values.id && !UUID_RE.test(r.values.id));

export function isLegacyPackage(csvs: Map<string, CsvTable>): boolean {
  return LEGACY_ONLY.some((f) => csvs.has(f)) || hasNonUuidIds(csvs.get('organizations.csv')) || hasNonUuidIds(csvs.get('services.csv'));
}

export function upgradeLegacyPackage(csvs: Map<string, CsvTable>, tenantId: string): ParsedSource {
  const tables = emptyTables();
  const warnings: ImportIssue[] = [];
  const idOf = (kind: string, raw: string | undefined) => (!raw ? undefined : UUID_RE.test(raw.trim()) ? raw.trim().toLowerCase() : stableId(tenantId, kind, raw.trim()));
  const src = (file: string, rec: CsvRecord) => ({ file, row: rec.line });

  for (const [file, csv] of csvs) {
    const spec = COPY[file];
    if (!spec) {
      if (!['regular_schedules.csv', 'holiday_schedules.csv', 'eligibility.csv', 'languages.csv'].includes(file)) warnings.push({ file, row: 1, field: '', code: 'unknown_file' });
      continue;
    }
    const [table, kind, renames = {}, fixed = {}] = spec;
    for (const rec of csv.records) {
      const row: HsdsRow = { __src: src(file, rec), ...fixed };
      for (const [col, value] of Object.entries(rec.values)) {
        if (value === '') continue;
        const name = renames[col] ?? col;
        if (name === 'id') row.id = idOf(kind, value);
        else if (name === 'parent_id') row.parent_id = idOf(table, value);
        else if (name === 'link_id') row.link_id = idOf(file === 'other_attributes.csv' ? (rec.values.link_type ?? '') : 'service', value);
        else if (name === 'resource_id') row.resource_id = idOf(rec.values.resource_type ?? '', value);
        else if (REF_KIND[name]) row[name] = idOf(REF_KIND[name]!, value);
        else row[name] = value;
      }
      if (table === 'organization' && typeof row.year_incorporated === 'string') row.year_incorporated = /^\d{4}/.exec(row.year_incorporated)?.[0];
      if (table === 'address') row.address_2 = [rec.values.address_2, rec.values.address_3, rec.values.address_4].filter(Boolean).join(', ') || undefined;
      if (table === 'phone' && rec.values.language) {
        for (const code of rec.values.language.split(',').map((c) => c.trim()).filter(Boolean)) {
          tables.language.push({ __src: src(file, rec), id: stableId(tenantId, 'phone_language', `${rec.values.id}:${code}`), phone_id: row.id, code: code.toLowerCase() });
        }
      }
      tables[table].push(row);
    }
  }
  for (const [file, csv] of csvs) {
    if (file === 'languages.csv') {
      for (const rec of csv.records) {
        const v = rec.values.language?.trim() ?? '';
        tables.language.push({
          __src: src(file, rec), id: idOf('language', rec.values.id), service_id: idOf('service', rec.values.service_id), location_id: idOf('location', rec.values.location_id),
          ...(/^[a-z]{2,3}$/i.test(v) ? { code: v.toLowerCase() } : { name: v || rec.values.name, code: rec.values.code }),
        });
      }
    }
  }
  appendEligibility(csvs.get('eligibility.csv'), tables.service, idOf);
  tables.schedule.push(...weeklySchedules(csvs.get('regular_schedules.csv'), tenantId, idOf, warnings));
  tables.schedule.push(...holidaySchedules(csvs.get('holiday_schedules.csv'), idOf, warnings));
  return { tables, errors: [], warnings };
}

type IdOf = (kind: string, raw: string | undefined) => string | undefined;

function appendEligibility(csv: CsvTable | undefined, services: HsdsRow[], idOf: IdOf): void {
  if (!csv) return;
  const byId = new Map(services.map((s) => [s.id as string, s]));
  for (const rec of csv.records) {
    const service = byId.get(idOf('service', rec.values.service_id) ?? '');
    const text = rec.values.eligibility?.trim();
    if (service && text) service.eligibility_description = [service.eligibility_description, text].filter(Boolean).join('; ');
  }
}

/** One weekly RRULE schedule per (service, location, service-at-location, opens_at, closes_at). */
function weeklySchedules(csv: CsvTable | undefined, tenantId: string, idOf: IdOf, warnings: ImportIssue[]): HsdsRow[] {
  if (!csv) return [];
  const file = 'regular_schedules.csv';
  const groups = new Map<string, { row: HsdsRow; days: Set<string> }>();
  for (const rec of csv.records) {
    const v = rec.values;
    const day = WEEKDAYS[(v.weekday ?? '').trim().toLowerCase()];
    if (!day) {
      warnings.push({ file, row: rec.line, field: 'weekday', code: 'invalid_value' });
      continue;
    }
    const links = { service_id: idOf('service', v.service_id), location_id: idOf('location', v.location_id), service_at_location_id: idOf('service_at_location', v.service_at_location_id) };
    const key = [links.service_id, links.location_id, links.service_at_location_id, v.opens_at, v.closes_at].join('|');
    let g = groups.get(key);
    if (!g) {
      g = { row: { __src: { file, row: rec.line }, id: stableId(tenantId, 'regular_schedule', key), ...links, freq: 'WEEKLY', wkst: 'MO', opens_at: v.opens_at || undefined, closes_at: v.closes_at || undefined }, days: new Set() };
      groups.set(key, g);
    }
    g.days.add(day);
  }
  return [...groups.values()].map((g) => ({ ...g.row, byday: DAY_ORDER.filter((d) => g.days.has(d)).join(',') }));
}

/** Dated opening hours; a holiday closure has no HSDS 3 equivalent and is reported, not imported. */
function holidaySchedules(csv: CsvTable | undefined, idOf: IdOf, warnings: ImportIssue[]): HsdsRow[] {
  if (!csv) return [];
  const file = 'holiday_schedules.csv';
  const out: HsdsRow[] = [];
  for (const rec of csv.records) {
    const v = rec.values;
    if (['true', '1', 'yes'].includes((v.closed ?? '').trim().toLowerCase())) {
      warnings.push({ file, row: rec.line, field: 'closed', code: 'holiday_closure_skipped' });
      continue;
    }
    out.push({
      __src: { file, row: rec.line }, id: idOf('holiday_schedule', v.id), service_id: idOf('service', v.service_id), location_id: idOf('location', v.location_id),
      service_at_location_id: idOf('service_at_location', v.service_at_location_id), valid_from: v.start_date || undefined, valid_to: v.end_date || undefined,
      opens_at: v.opens_at || undefined, closes_at: v.closes_at || undefined,
    });
  }
  return out;
}
