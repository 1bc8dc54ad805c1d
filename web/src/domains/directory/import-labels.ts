import type { ImportFormat, PlainCsvField } from '../../../../common/schemas/directory-import.js';

// Locale keys of the import screen's codes, spelled out so that the key check (i18n-keys.test.ts)
// sees every one of them.

export const FORMAT_LABELS: Record<ImportFormat, string> = {
  'hsds-json': 'app.directory.import.formats.hsdsJson',
  'hsds-csv': 'app.directory.import.formats.hsdsCsv',
  csv: 'app.directory.import.formats.csv',
};

export const FIELD_LABELS: Record<PlainCsvField, string> = {
  id: 'app.directory.import.targets.id',
  name: 'app.directory.import.targets.name',
  description: 'app.directory.import.targets.description',
  organization: 'app.directory.import.targets.organization',
  address: 'app.directory.import.targets.address',
  city: 'app.directory.import.targets.city',
  postcode: 'app.directory.import.targets.postcode',
  phone: 'app.directory.import.targets.phone',
  email: 'app.directory.import.targets.email',
  website: 'app.directory.import.targets.website',
  lat: 'app.directory.import.targets.lat',
  lng: 'app.directory.import.targets.lng',
  categories: 'app.directory.import.targets.categories',
  languages: 'app.directory.import.targets.languages',
};

/** Hints under the fields whose cells need a particular shape. */
export const FIELD_HINTS: Partial<Record<PlainCsvField, string>> = {
  id: 'app.directory.import.hints.id',
  categories: 'app.directory.import.hints.categories',
  languages: 'app.directory.import.hints.languages',
  lat: 'app.directory.import.hints.coordinates',
  lng: 'app.directory.import.hints.coordinates',
};

export const DELIMITER_LABELS: Record<string, string> = {
  ';': 'app.directory.import.delimiters.semicolon',
  ',': 'app.directory.import.delimiters.comma',
  '\t': 'app.directory.import.delimiters.tab',
  '|': 'app.directory.import.delimiters.pipe',
};

/** HSDS tables (server/domains/hsds/hsds-tables.ts) as the report names them. */
export const TABLE_LABELS: Record<string, string> = {
  organization: 'app.directory.import.tables.organization',
  program: 'app.directory.import.tables.program',
  taxonomy: 'app.directory.import.tables.taxonomy',
  taxonomy_term: 'app.directory.import.tables.taxonomy_term',
  unit: 'app.directory.import.tables.unit',
  service: 'app.directory.import.tables.service',
  location: 'app.directory.import.tables.location',
  service_at_location: 'app.directory.import.tables.service_at_location',
  address: 'app.directory.import.tables.address',
  contact: 'app.directory.import.tables.contact',
  phone: 'app.directory.import.tables.phone',
  schedule: 'app.directory.import.tables.schedule',
  language: 'app.directory.import.tables.language',
  accessibility: 'app.directory.import.tables.accessibility',
  cost_option: 'app.directory.import.tables.cost_option',
  required_document: 'app.directory.import.tables.required_document',
  service_area: 'app.directory.import.tables.service_area',
  funding: 'app.directory.import.tables.funding',
  organization_identifier: 'app.directory.import.tables.organization_identifier',
  url: 'app.directory.import.tables.url',
  service_capacity: 'app.directory.import.tables.service_capacity',
  attribute: 'app.directory.import.tables.attribute',
  metadata: 'app.directory.import.tables.metadata',
};
