import { readFileSync } from 'node:fs';
import { stringify } from 'csv-stringify/sync';
import { zipSync } from 'fflate';
import type { Tx } from '../../../platform/db/database.js';
import { TABLE_NAMES, TABLES, type FieldSpec, type TableName } from '../hsds-tables.js';
import { Flattener } from '../import/parse-json.js';
import { exportDirectory, type ExportPart } from './export-directory.js';

// The export as an HSDS 3.1 CSV tabular datapackage: one CSV per table (HSDS columns, then the
// Approdo profile's x_approdo_* columns; JSON for translations and lists) and a datapackage.json
// describing them. The descriptor is derived from the HSDS 3.1 datapackage.json (Open Referral,
// CC BY-SA 4.0, vendored unmodified beside this file) and keeps its licence and attribution.

const UPSTREAM = JSON.parse(readFileSync(new URL('./hsds-3.1-datapackage.json', import.meta.url), 'utf8')) as {
  name: string; title: string; description: string; profile: string; homepage: string; license: Record<string, string>;
  resources: { name: string; path: string; schema: { fields: { name: string }[]; primaryKey?: unknown; foreignKeys?: unknown[] } }[];
};
const PART_TABLE: Record<ExportPart, TableName> = { organizations: 'organization', services: 'service', locations: 'location', taxonomies: 'taxonomy', taxonomy_terms: 'taxonomy_term' };
const FRICTIONLESS_TYPE: Record<FieldSpec['type'], string> = {
  uuid: 'string', text: 'string', int: 'integer', num: 'number', date: 'date', time: 'time', datetime: 'datetime', bool: 'boolean', json: 'object', list: 'array',
};

function cell(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** The datapackage.json of an export: upstream resource and field descriptions, our columns. */
export function datapackageDescriptor(tenantName: string, tables: TableName[]) {
  const upstream = new Map(UPSTREAM.resources.map((r) => [r.name, r]));
  return {
    name: 'approdo-directory',
    title: `${UPSTREAM.title} — ${tenantName}`,
    description:
      `Directory of services of ${tenantName}, exported by Approdo as HSDS 3.1 with the Approdo profile (x_approdo_* columns). ` +
      'This descriptor is derived from the HSDS 3.1 datapackage.json. Human Services Data Specification: an Open Referral resource (https://openreferral.org/), licensed CC BY-SA 4.0.',
    profile: UPSTREAM.profile,
    version: '3.1',
    homepage: UPSTREAM.homepage,
    licenses: [{ name: 'CC-BY-SA-4.0', path: 'https://creativecommons.org/licenses/by-sa/4.0/', title: 'Creative Commons Attribution-ShareAlike 4.0 (HSDS schema and this descriptor)' }],
    sources: [{ title: 'Human Services Data Specification: an Open Referral resource', path: 'https://openreferral.org/' }],
    resources: tables.map((name) => {
      const spec = TABLES[name];
      const up = upstream.get(name);
      const upFields = new Map((up?.schema.fields ?? []).map((f) => [f.name, f]));
      return {
        ...(up ?? { format: 'csv', mediatype: 'text/csv', profile: 'tabular-data-resource' }),
        name,
        path: spec.csv,
        schema: {
          fields: spec.fields.map((f) => upFields.get(f.name) ?? {
            name: f.name, type: FRICTIONLESS_TYPE[f.type],
            description: f.name.startsWith('x_approdo_') ? 'Approdo profile extension (docs/hsds-profile.md).' : `HSDS 3.1 ${name}.${f.name}.`,
          }),
          primaryKey: 'id',
          ...(up?.schema.foreignKeys ? { foreignKeys: up.schema.foreignKeys } : {}),
        },
      };
    }),
  };
}

/** Every file of the datapackage, by name. */
export async function exportDirectoryCsv(tx: Tx, tenantName: string): Promise<Map<string, Buffer>> {
  const flat = new Flattener('export');
  await exportDirectory(tx, async (part, items) => {
    items.forEach((item, i) => flat.add(PART_TABLE[part], item, `/${part}/${i}`));
  });
  const files = new Map<string, Buffer>();
  const written: TableName[] = [];
  for (const name of TABLE_NAMES) {
    const rows = flat.tables[name];
    if (!rows.length) continue;
    const columns = TABLES[name].fields.map((f) => f.name);
    rows.sort((a, b) => String(a.id).localeCompare(String(b.id)));
    files.set(TABLES[name].csv, Buffer.from(stringify(rows.map((r) => columns.map((c) => cell(r[c]))), { header: true, columns, record_delimiter: 'unix' })));
    written.push(name);
  }
  files.set('datapackage.json', Buffer.from(`${JSON.stringify(datapackageDescriptor(tenantName, written), null, 2)}\n`));
  return files;
}

export function zipFiles(files: Map<string, Buffer>): Buffer {
  return Buffer.from(zipSync(Object.fromEntries([...files].map(([name, data]) => [name, new Uint8Array(data)])), { level: 6, mtime: new Date('2000-01-01T00:00:00Z') }));
}
