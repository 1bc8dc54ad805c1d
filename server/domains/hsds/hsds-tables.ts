// The HSDS 3.1 tabular model as Approdo stores it: one spec per HSDS table, with the field names of
// the HSDS CSV serialization (which are also the column names of the dir_* tables, migration 0005)
// and the Approdo profile fields as `x_approdo_*` extensions. Import, export and the CSV
// datapackage are all driven by these specs, so a field added here travels everywhere.

export type FieldType = 'uuid' | 'text' | 'int' | 'num' | 'date' | 'time' | 'datetime' | 'bool' | 'json' | 'list';

export interface FieldSpec {
  name: string;
  type: FieldType;
  /** Database column when it differs from the HSDS name (profile fields). */
  column?: string;
  required?: boolean;
  /** A uuid pointing at another table's id. */
  ref?: TableName;
  enum?: readonly string[];
  /** Value stored when the file has none (NOT NULL columns with a default). */
  default?: unknown;
  min?: number;
  max?: number;
  maxLength?: number;
}

export const TABLE_NAMES = [
  'organization', 'program', 'taxonomy', 'taxonomy_term', 'unit', 'service', 'location', 'service_at_location',
  'address', 'contact', 'phone', 'schedule', 'language', 'accessibility', 'cost_option', 'required_document',
  'service_area', 'funding', 'organization_identifier', 'url', 'service_capacity', 'attribute', 'metadata',
] as const;
export type TableName = (typeof TABLE_NAMES)[number];

export interface TableSpec {
  name: TableName;
  /** PostgreSQL table. */
  table: string;
  /** File name in an HSDS 3.x CSV datapackage. */
  csv: string;
  fields: FieldSpec[];
}

const id: FieldSpec = { name: 'id', type: 'uuid', required: true };
const t = (name: string, extra: Partial<FieldSpec> = {}): FieldSpec => ({ name, type: 'text', ...extra });
const ref = (name: string, target: TableName, required = false): FieldSpec => ({ name, type: 'uuid', ref: target, required });
const translations: FieldSpec = { name: 'x_approdo_translations', column: 'translations', type: 'json', default: {} };
const SCHEDULE_DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export const SERVICE_STATUSES = ['active', 'inactive', 'defunct', 'temporarily closed'] as const;
const LOCATION_TYPES = ['physical', 'postal', 'virtual'] as const;

export const TABLES: Record<TableName, TableSpec> = {
  organization: {
    name: 'organization', table: 'dir_organization', csv: 'organizations.csv',
    fields: [
      id, t('name', { required: true, maxLength: 300 }), t('alternate_name'), t('description', { default: '' }), t('email'), t('website'),
      t('tax_status'), t('tax_id'), { name: 'year_incorporated', type: 'int', min: 1000, max: 2200 }, t('legal_status'), t('logo'), t('uri'),
      ref('parent_organization_id', 'organization'), translations,
    ],
  },
  program: {
    name: 'program', table: 'dir_program', csv: 'programs.csv',
    fields: [id, ref('organization_id', 'organization', true), t('name', { required: true }), t('alternate_name'), t('description', { default: '' })],
  },
  taxonomy: {
    name: 'taxonomy', table: 'dir_taxonomy', csv: 'taxonomies.csv',
    fields: [id, t('name', { required: true }), t('description', { default: '' }), t('uri'), t('version')],
  },
  taxonomy_term: {
    name: 'taxonomy_term', table: 'dir_taxonomy_term', csv: 'taxonomy_terms.csv',
    fields: [
      id, t('code'), t('name', { required: true }), t('description', { default: '' }), ref('parent_id', 'taxonomy_term'), t('taxonomy'),
      t('language'), ref('taxonomy_id', 'taxonomy'), t('term_uri'), translations,
    ],
  },
  unit: { name: 'unit', table: 'dir_unit', csv: 'units.csv', fields: [id, t('name', { required: true }), t('scheme'), t('identifier'), t('uri')] },
  service: {
    name: 'service', table: 'dir_service', csv: 'services.csv',
    fields: [
      id, ref('organization_id', 'organization', true), ref('program_id', 'program'), t('name', { required: true, maxLength: 300 }), t('alternate_name'),
      t('description', { default: '' }), t('url'), t('email'), t('status', { required: true, enum: SERVICE_STATUSES }), t('interpretation_services'),
      t('application_process'), t('fees_description'), t('wait_time'), t('fees'), t('accreditations'), t('eligibility_description'),
      { name: 'minimum_age', type: 'int', min: 0, max: 130 }, { name: 'maximum_age', type: 'int', min: 0, max: 130 }, { name: 'assured_date', type: 'date' },
      t('assurer_email'), t('licenses'), t('alert'), { name: 'last_modified', type: 'datetime' },
      translations,
      { name: 'x_approdo_last_verified_at', column: 'last_verified_at', type: 'datetime' },
      { name: 'x_approdo_next_check_due', column: 'next_check_due', type: 'date' },
      { name: 'x_approdo_accepts_referrals', column: 'accepts_referrals', type: 'bool', default: false },
      { name: 'x_approdo_target_groups', column: 'target_groups', type: 'list', default: [] },
      t('x_approdo_residence_permit_requirement', { column: 'residence_permit_requirement', default: 'none', enum: ['none', 'any_permit', 'valid_permit', 'not_required_emergency'] }),
      { name: 'x_approdo_interpretation_available', column: 'interpretation_available', type: 'bool', default: false },
      { name: 'x_approdo_childcare_available', column: 'childcare_available', type: 'bool', default: false },
      { name: 'x_approdo_women_only', column: 'women_only', type: 'bool', default: false },
      { name: 'x_approdo_free_of_charge', column: 'free_of_charge', type: 'bool', default: false },
    ],
  },
  location: {
    name: 'location', table: 'dir_location', csv: 'locations.csv',
    fields: [
      id, t('location_type', { enum: LOCATION_TYPES, default: 'physical' }), t('url'), ref('organization_id', 'organization'), t('name'), t('alternate_name'),
      t('description'), t('transportation'), { name: 'latitude', type: 'num' }, { name: 'longitude', type: 'num' }, t('external_identifier'),
      t('external_identifier_type'), translations, t('x_approdo_neighbourhood', { column: 'neighbourhood' }),
    ],
  },
  service_at_location: {
    name: 'service_at_location', table: 'dir_service_at_location', csv: 'service_at_location.csv',
    fields: [id, ref('service_id', 'service', true), ref('location_id', 'location', true), t('description')],
  },
  address: {
    name: 'address', table: 'dir_address', csv: 'addresses.csv',
    fields: [
      id, ref('location_id', 'location', true), t('attention'), t('address_1', { required: true }), t('address_2'), t('city', { required: true }), t('region'),
      t('state_province', { default: '' }), t('postal_code', { default: '' }), t('country', { default: 'IT', maxLength: 2 }),
      t('address_type', { enum: LOCATION_TYPES, default: 'physical' }),
    ],
  },
  contact: {
    name: 'contact', table: 'dir_contact', csv: 'contacts.csv',
    fields: [
      id, ref('organization_id', 'organization'), ref('service_id', 'service'), ref('service_at_location_id', 'service_at_location'), ref('location_id', 'location'),
      t('name'), t('title'), t('department'), t('email'),
    ],
  },
  phone: {
    name: 'phone', table: 'dir_phone', csv: 'phones.csv',
    fields: [
      id, ref('location_id', 'location'), ref('service_id', 'service'), ref('organization_id', 'organization'), ref('contact_id', 'contact'),
      ref('service_at_location_id', 'service_at_location'), t('number', { required: true }), t('extension'), t('type'), t('description'), translations,
    ],
  },
  schedule: {
    name: 'schedule', table: 'dir_schedule', csv: 'schedules.csv',
    fields: [
      id, ref('service_id', 'service'), ref('location_id', 'location'), ref('service_at_location_id', 'service_at_location'),
      { name: 'valid_from', type: 'date' }, { name: 'valid_to', type: 'date' }, { name: 'dtstart', type: 'date' }, { name: 'timezone', type: 'int' },
      { name: 'until', type: 'date' }, { name: 'count', type: 'int' }, t('wkst', { enum: SCHEDULE_DAYS }), t('freq', { enum: ['WEEKLY', 'MONTHLY'] }),
      { name: 'interval', type: 'int' }, t('byday'), t('byweekno'), t('bymonthday'), t('byyearday'), t('description'),
      { name: 'opens_at', type: 'time' }, { name: 'closes_at', type: 'time' }, t('schedule_link'), t('attending_type'), t('notes'), translations,
    ],
  },
  language: {
    name: 'language', table: 'dir_language', csv: 'languages.csv',
    fields: [id, ref('service_id', 'service'), ref('location_id', 'location'), ref('phone_id', 'phone'), t('name'), t('code'), t('note')],
  },
  accessibility: {
    name: 'accessibility', table: 'dir_accessibility', csv: 'accessibility.csv',
    fields: [id, ref('location_id', 'location'), t('description'), t('details'), t('url')],
  },
  cost_option: {
    name: 'cost_option', table: 'dir_cost_option', csv: 'cost_options.csv',
    fields: [
      id, ref('service_id', 'service', true), { name: 'valid_from', type: 'date' }, { name: 'valid_to', type: 'date' }, t('option'),
      t('currency', { maxLength: 3 }), { name: 'amount', type: 'num' }, t('amount_description'),
    ],
  },
  required_document: {
    name: 'required_document', table: 'dir_required_document', csv: 'required_documents.csv',
    fields: [id, ref('service_id', 'service', true), t('document'), t('uri'), translations],
  },
  service_area: {
    name: 'service_area', table: 'dir_service_area', csv: 'service_areas.csv',
    fields: [id, ref('service_id', 'service'), ref('service_at_location_id', 'service_at_location'), t('name'), t('description'), t('extent'), t('extent_type'), t('uri')],
  },
  funding: {
    name: 'funding', table: 'dir_funding', csv: 'funding.csv',
    fields: [id, ref('organization_id', 'organization'), ref('service_id', 'service'), t('source')],
  },
  organization_identifier: {
    name: 'organization_identifier', table: 'dir_organization_identifier', csv: 'organization_identifiers.csv',
    fields: [id, ref('organization_id', 'organization', true), t('identifier_scheme'), t('identifier_type', { required: true }), t('identifier', { required: true })],
  },
  url: {
    name: 'url', table: 'dir_url', csv: 'url.csv',
    fields: [id, t('label'), t('url', { required: true }), ref('organization_id', 'organization'), ref('service_id', 'service')],
  },
  service_capacity: {
    name: 'service_capacity', table: 'dir_service_capacity', csv: 'service_capacity.csv',
    fields: [
      id, ref('service_id', 'service', true), ref('unit_id', 'unit', true), { name: 'available', type: 'num', required: true },
      { name: 'maximum', type: 'num' }, t('description'), { name: 'updated', type: 'datetime' },
    ],
  },
  attribute: {
    name: 'attribute', table: 'dir_attribute', csv: 'attributes.csv',
    fields: [
      id, { name: 'link_id', type: 'uuid', required: true }, ref('taxonomy_term_id', 'taxonomy_term', true), t('link_type'),
      t('link_entity', { required: true }), t('value'), t('label'),
    ],
  },
  metadata: {
    name: 'metadata', table: 'dir_metadata', csv: 'metadata.csv',
    fields: [
      id, { name: 'resource_id', type: 'uuid', required: true }, t('resource_type', { required: true }), { name: 'last_action_date', type: 'datetime' },
      t('last_action_type', { required: true }), t('field_name', { required: true }), t('previous_value', { default: '' }),
      t('replacement_value', { default: '' }), t('updated_by', { required: true }),
    ],
  },
};

export const columnOf = (f: FieldSpec) => f.column ?? f.name;

/** A row in HSDS field names; `__src` says where it came from, for the import report. */
export type HsdsRow = Record<string, unknown> & { __src?: RowSource; __cols?: Record<string, string> };
export interface RowSource {
  file: string;
  /** CSV line number (header = 1) or JSON pointer. */
  row: number | string;
}

/** What every parser produces and `importDirectory` consumes: rows per HSDS table. */
export type HsdsTables = Partial<Record<TableName, HsdsRow[]>>;

export function emptyTables(): Record<TableName, HsdsRow[]> {
  return Object.fromEntries(TABLE_NAMES.map((n) => [n, []])) as unknown as Record<TableName, HsdsRow[]>;
}

/** The table an HSDS 3.x CSV file name holds (also accepts a few spellings seen in the wild). */
export function tableForCsv(fileName: string): TableName | null {
  const base = fileName.toLowerCase().replace(/^.*[\\/]/, '');
  for (const spec of Object.values(TABLES)) if (spec.csv === base) return spec.name;
  const aliases: Record<string, TableName> = {
    'services_at_location.csv': 'service_at_location', 'service_at_locations.csv': 'service_at_location', 'urls.csv': 'url',
    'service_capacities.csv': 'service_capacity', 'units_of_measure.csv': 'unit', 'fundings.csv': 'funding', 'accessibilities.csv': 'accessibility',
  };
  return aliases[base] ?? null;
}
