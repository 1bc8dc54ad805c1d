import { columnMappingSchema, type ColumnMapping } from '../../../../common/schemas/directory-import.js';
import { emptyTables, type HsdsRow } from '../hsds-tables.js';
import type { ImportIssue } from './coerce.js';
import { readCsv, sniffDelimiter } from './csv-read.js';
import type { ParsedSource } from './parse-json.js';
import { stableId, UUID_RE } from './stable-ids.js';

// A spreadsheet of services (one row each) with a mapping that says which column holds what.
// Records get stable ids derived from the row's natural key (or its own id column), so the same
// sheet imported twice updates instead of duplicating; services at the same address share a location.

// The mapping's schema is shared with the staff upload screen (common/schemas/directory-import.ts).
export { columnMappingSchema, type ColumnMapping };

const decimal = (v: string | undefined) => (v && /^-?\d+,\d+$/.test(v) ? v.replace(',', '.') : v);
const key = (...parts: (string | undefined)[]) => parts.map((p) => (p ?? '').trim().toLowerCase()).join('|');

/** `termIds`: the tenant's needs-taxonomy term ids by code (the categories column holds codes). */
export function parsePlainCsv(text: string, file: string, mapping: ColumnMapping, tenantId: string, termIds: Map<string, string>): ParsedSource {
  const errors: ImportIssue[] = [];
  const csv = readCsv(text, file, errors, mapping.delimiter ?? sniffDelimiter(text));
  if (!csv) return { tables: {}, errors, warnings: [] };
  const c = mapping.columns;
  for (const [field, col] of Object.entries(c)) if (col && !csv.header.includes(col)) errors.push({ file, row: 1, field: col, code: 'missing_column', params: { field } });
  if (errors.length) return { tables: {}, errors, warnings: [] };

  const tables = emptyTables();
  const seen = new Set<string>();
  const once = (row: HsdsRow, list: HsdsRow[]) => {
    if (seen.has(row.id as string)) return;
    seen.add(row.id as string);
    list.push(row);
  };
  const sep = mapping.listSeparator ?? (mapping.delimiter === ',' || (!mapping.delimiter && sniffDelimiter(text) === ',') ? ';' : ',');
  for (const rec of csv.records) {
    const get = (col: string | undefined) => (col ? rec.values[col]?.trim() || undefined : undefined);
    const src = { file, row: rec.line };
    const orgName = get(c.organization) ?? mapping.defaults?.organization;
    const organizationId = stableId(tenantId, 'csv_organization', key(orgName));
    once({ __src: src, __cols: { name: c.organization ?? 'organization' }, id: organizationId, name: orgName }, tables.organization);

    const ownId = get(c.id);
    const name = get(c.name);
    const address = get(c.address);
    const serviceId = ownId ? (UUID_RE.test(ownId) ? ownId.toLowerCase() : stableId(tenantId, 'csv_service', ownId)) : stableId(tenantId, 'csv_service', key(orgName, name, address));
    tables.service.push({
      __src: src, __cols: { id: c.id ?? 'id', name: c.name, description: c.description ?? 'description', email: c.email ?? 'email', url: c.website ?? 'website' },
      id: serviceId, organization_id: organizationId, name, description: get(c.description), email: get(c.email), url: get(c.website), status: mapping.defaults?.status ?? 'active',
    });

    const lat = decimal(get(c.lat));
    const lng = decimal(get(c.lng));
    if (address || (lat && lng)) {
      const city = get(c.city) ?? mapping.defaults?.city;
      const locationKey = address ? key(address, city, get(c.postcode)) : key(lat, lng);
      const locationId = stableId(tenantId, 'csv_location', locationKey);
      once({ __src: src, __cols: { latitude: c.lat ?? 'lat', longitude: c.lng ?? 'lng' }, id: locationId, organization_id: organizationId, latitude: lat, longitude: lng }, tables.location);
      if (address) {
        once({
          __src: src, __cols: { address_1: c.address!, city: c.city ?? 'city', postal_code: c.postcode ?? 'postcode' },
          id: stableId(tenantId, 'csv_address', locationKey), location_id: locationId, address_1: address, city, postal_code: get(c.postcode), country: mapping.defaults?.country ?? 'IT',
        }, tables.address);
      }
      tables.service_at_location.push({ __src: src, id: stableId(tenantId, 'csv_service_at_location', `${serviceId}|${locationId}`), service_id: serviceId, location_id: locationId });
    }
    const phone = get(c.phone);
    if (phone) tables.phone.push({ __src: src, __cols: { number: c.phone! }, id: stableId(tenantId, 'csv_phone', serviceId), service_id: serviceId, number: phone });
    for (const code of (get(c.categories) ?? '').split(sep).map((x) => x.trim().toLowerCase()).filter(Boolean)) {
      const termId = termIds.get(code);
      if (!termId) errors.push({ file, row: rec.line, field: c.categories!, code: 'unknown_code', params: { value: code } });
      else tables.attribute.push({ __src: src, id: stableId(tenantId, 'csv_attribute', `${serviceId}|${code}`), link_id: serviceId, link_entity: 'service', taxonomy_term_id: termId });
    }
    for (const code of (get(c.languages) ?? '').split(sep).map((x) => x.trim().toLowerCase()).filter(Boolean)) {
      if (!/^[a-z]{2,3}$/.test(code)) errors.push({ file, row: rec.line, field: c.languages!, code: 'invalid_format' });
      else tables.language.push({ __src: src, id: stableId(tenantId, 'csv_language', `${serviceId}|${code}`), service_id: serviceId, code });
    }
  }
  return { tables, errors, warnings: [] };
}
