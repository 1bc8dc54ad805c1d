import { emptyTables, TABLES, tableForCsv, type HsdsRow, type HsdsTables, type TableName } from '../hsds-tables.js';
import { isBlank, type ImportIssue } from './coerce.js';

// HSDS 3.x JSON comes nested (a service carries its organization, locations, phones…); the
// database is tabular. This flattens any of the shapes HSDS publishes into rows per table, with
// the nesting turned into the link fields (a phone under a service gets service_id). The same
// object met twice (a phone under the service and under its location) becomes one row with both links.

export interface ParsedSource {
  tables: HsdsTables;
  errors: ImportIssue[];
  warnings: ImportIssue[];
}

/** `down`: the child points at the parent (child[field] = parent.id); `up`: the parent points at the child. */
type Nesting = { table: TableName; down?: string; up?: string; extra?: Record<string, string> };

const meta = (entity: string): Record<string, Nesting> => ({
  attributes: { table: 'attribute', down: 'link_id', extra: { link_entity: entity } },
  metadata: { table: 'metadata', down: 'resource_id', extra: { resource_type: entity } },
});

const NESTING: Partial<Record<TableName, Record<string, Nesting>>> = {
  service: {
    organization: { table: 'organization', up: 'organization_id' }, program: { table: 'program', up: 'program_id' },
    phones: { table: 'phone', down: 'service_id' }, schedules: { table: 'schedule', down: 'service_id' },
    service_areas: { table: 'service_area', down: 'service_id' }, service_at_locations: { table: 'service_at_location', down: 'service_id' },
    languages: { table: 'language', down: 'service_id' }, funding: { table: 'funding', down: 'service_id' },
    cost_options: { table: 'cost_option', down: 'service_id' }, required_documents: { table: 'required_document', down: 'service_id' },
    contacts: { table: 'contact', down: 'service_id' }, capacities: { table: 'service_capacity', down: 'service_id' },
    additional_urls: { table: 'url', down: 'service_id' },
  },
  organization: {
    funding: { table: 'funding', down: 'organization_id' }, contacts: { table: 'contact', down: 'organization_id' },
    phones: { table: 'phone', down: 'organization_id' }, locations: { table: 'location', down: 'organization_id' },
    programs: { table: 'program', down: 'organization_id' }, organization_identifiers: { table: 'organization_identifier', down: 'organization_id' },
    services: { table: 'service', down: 'organization_id' }, additional_websites: { table: 'url', down: 'organization_id' },
  },
  service_at_location: {
    service_areas: { table: 'service_area', down: 'service_at_location_id' }, contacts: { table: 'contact', down: 'service_at_location_id' },
    phones: { table: 'phone', down: 'service_at_location_id' }, schedules: { table: 'schedule', down: 'service_at_location_id' },
    location: { table: 'location', up: 'location_id' }, service: { table: 'service', up: 'service_id' },
  },
  location: {
    languages: { table: 'language', down: 'location_id' }, addresses: { table: 'address', down: 'location_id' },
    contacts: { table: 'contact', down: 'location_id' }, accessibility: { table: 'accessibility', down: 'location_id' },
    phones: { table: 'phone', down: 'location_id' }, schedules: { table: 'schedule', down: 'location_id' },
  },
  contact: { phones: { table: 'phone', down: 'contact_id' } },
  phone: { languages: { table: 'language', down: 'phone_id' } },
  service_capacity: { unit: { table: 'unit', up: 'unit_id' } },
  attribute: { taxonomy_term: { table: 'taxonomy_term', up: 'taxonomy_term_id' } },
  taxonomy_term: { taxonomy_detail: { table: 'taxonomy', up: 'taxonomy_id' } },
};

const TOP_LEVEL: Record<string, TableName> = {
  services: 'service', organizations: 'organization', locations: 'location', service_at_locations: 'service_at_location',
  taxonomies: 'taxonomy', taxonomy_terms: 'taxonomy_term', programs: 'program', units: 'unit',
};

const FIELD_NAMES = Object.fromEntries(Object.values(TABLES).map((s) => [s.name, new Set(s.fields.map((f) => f.name))])) as Record<TableName, Set<string>>;

export class Flattener {
  readonly tables = emptyTables();
  readonly errors: ImportIssue[] = [];
  private readonly byId = new Map<string, HsdsRow>();

  constructor(private readonly file: string) {}

  add(table: TableName, obj: unknown, pointer: string, links: Record<string, unknown> = {}, depth = 0): HsdsRow | null {
    if (!obj || typeof obj !== 'object' || Array.isArray(obj)) {
      this.errors.push({ file: this.file, row: pointer, field: table, code: 'invalid_type' });
      return null;
    }
    const source = obj as Record<string, unknown>;
    const row: HsdsRow = { __src: { file: this.file, row: pointer } };
    for (const [k, v] of Object.entries(source)) if (FIELD_NAMES[table].has(k)) row[k] = v;
    for (const [k, v] of Object.entries(links)) if (isBlank(row[k])) row[k] = v;
    const stored = this.store(table, row);
    if (depth > 8) return stored;
    const nestings = { ...meta(table), ...NESTING[table] };
    for (const [key, n] of Object.entries(nestings)) {
      const value = source[key];
      if (isBlank(value)) continue;
      if (n.up) {
        // The program of a service belongs to the service's organization when it does not say.
        const inherited = n.table === 'program' && !isBlank(row.organization_id) ? { organization_id: row.organization_id } : {};
        const child = this.add(n.table, value, `${pointer}/${key}`, inherited, depth + 1);
        if (child && isBlank(row[n.up]) && !isBlank(child.id)) stored[n.up] = child.id;
        continue;
      }
      if (!Array.isArray(value)) {
        this.errors.push({ file: this.file, row: `${pointer}/${key}`, field: key, code: 'invalid_type' });
        continue;
      }
      value.forEach((item, i) => this.add(n.table, item, `${pointer}/${key}/${i}`, { [n.down!]: row.id, ...n.extra }, depth + 1));
    }
    return stored;
  }

  /** One row per id: a second sighting fills in the fields (and links) the first one lacked. */
  private store(table: TableName, row: HsdsRow): HsdsRow {
    const id = typeof row.id === 'string' ? `${table}:${row.id.toLowerCase()}` : null;
    const existing = id ? this.byId.get(id) : undefined;
    if (!existing) {
      this.tables[table].push(row);
      if (id) this.byId.set(id, row);
      return row;
    }
    for (const [k, v] of Object.entries(row)) if (k !== '__src' && isBlank(existing[k]) && !isBlank(v)) existing[k] = v;
    return existing;
  }
}

/** Which HSDS object a bare JSON object is, from the fields only that object has. */
export function detectKind(o: Record<string, unknown>): TableName | 'api_info' | null {
  const has = (...keys: string[]) => keys.some((k) => k in o);
  if (has('openapi_url') && !has('name')) return 'api_info';
  if (has('status', 'service_at_locations', 'capacities', 'cost_options', 'required_documents', 'eligibility_description')) return 'service';
  if (has('location', 'service', 'service_id', 'location_id') && !has('name', 'number', 'address_1')) return 'service_at_location';
  if (has('location_type', 'latitude', 'longitude', 'addresses', 'accessibility', 'transportation')) return 'location';
  if (has('taxonomy_detail', 'code', 'term_uri', 'parent_id', 'taxonomy_id')) return 'taxonomy_term';
  if (has('website', 'programs', 'organization_identifiers', 'services', 'locations', 'tax_status', 'tax_id', 'legal_status', 'year_incorporated', 'logo', 'parent_organization_id', 'additional_websites')) return 'organization';
  if (has('name') && has('uri', 'version')) return 'taxonomy';
  return null;
}

/** Parses HSDS 3.x JSON: an object, an array, a Page envelope, {services, organizations…}, or tabular JSON. */
export function parseHsdsJson(text: string, file: string): ParsedSource {
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { tables: {}, errors: [{ file, row: 1, field: '', code: 'invalid_format' }], warnings: [] };
  }
  const f = new Flattener(file);
  const addAny = (item: unknown, pointer: string) => {
    const kind = item && typeof item === 'object' && !Array.isArray(item) ? detectKind(item as Record<string, unknown>) : null;
    if (kind && kind !== 'api_info') f.add(kind, item, pointer);
    else f.errors.push({ file, row: pointer || '/', field: '', code: kind === 'api_info' ? 'not_directory_data' : 'unknown_object' });
  };
  if (Array.isArray(doc)) doc.forEach((item, i) => addAny(item, `/${i}`));
  else if (doc && typeof doc === 'object') {
    const o = doc as Record<string, unknown>;
    const tabular = Object.keys(o).filter((k) => k.endsWith('.csv'));
    // {services: […], organizations: […]}: a collection, never an object of its own (which has an id).
    const grouped = 'id' in o ? [] : Object.keys(o).filter((k) => k in TOP_LEVEL && Array.isArray(o[k]));
    if (Array.isArray(o.contents) && 'total_items' in o) o.contents.forEach((item, i) => addAny(item, `/contents/${i}`));
    else if (tabular.length) {
      for (const key of tabular) {
        const table = tableForCsv(key);
        if (!table || !Array.isArray(o[key])) continue;
        (o[key] as unknown[]).forEach((r, i) => {
          if (r && typeof r === 'object') f.tables[table].push({ ...(r as object), __src: { file, row: `/${key}/${i}` } });
        });
      }
    } else if (grouped.length) {
      for (const key of grouped) (o[key] as unknown[]).forEach((item, i) => f.add(TOP_LEVEL[key]!, item, `/${key}/${i}`));
    } else addAny(o, '');
  } else f.errors.push({ file, row: '/', field: '', code: 'unknown_object' });
  return { tables: f.tables, errors: f.errors, warnings: [] };
}
