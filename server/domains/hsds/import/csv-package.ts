import { emptyTables, TABLES, TABLE_NAMES, tableForCsv, type HsdsRow, type TableName } from '../hsds-tables.js';
import type { ImportIssue } from './coerce.js';
import { readCsv, type CsvTable } from './csv-read.js';
import { isLegacyPackage, upgradeLegacyPackage } from './legacy-layout.js';
import type { ParsedSource } from './parse-json.js';

/** The files of a datapackage (a directory or a .zip), by base name. */
export type SourceFiles = Map<string, Buffer>;

const baseName = (p: string) => p.replace(/^.*[\\/]/, '');
const FIELD_NAMES = Object.fromEntries(TABLE_NAMES.map((n) => [n, new Set(TABLES[n].fields.map((f) => f.name))])) as Record<TableName, Set<string>>;
// Columns HSDS CSV packages carry that Approdo does not store (documented in the ADR).
const IGNORED_FILES = new Set(['meta_table_descriptions.csv', 'meta_table_description.csv']);

/** Resource files a datapackage.json names under another file name (`{name: 'service', path: 'data/svc.csv'}`). */
function resourcesFromDescriptor(files: SourceFiles): Map<string, TableName> {
  const out = new Map<string, TableName>();
  const descriptor = files.get('datapackage.json');
  if (!descriptor) return out;
  try {
    const doc = JSON.parse(descriptor.toString('utf8').replace(/^\uFEFF/, '')) as { resources?: { name?: string; path?: unknown }[] };
    for (const r of doc.resources ?? []) {
      if (typeof r.path === 'string' && r.name && (TABLE_NAMES as readonly string[]).includes(r.name)) out.set(baseName(r.path), r.name as TableName);
    }
  } catch {
    // A descriptor we cannot read changes nothing: the files are recognised by their HSDS names.
  }
  return out;
}

/** Parses every CSV of the package (syntax errors are reported per file and line). */
export function readPackageCsvs(files: SourceFiles, errors: ImportIssue[]): Map<string, CsvTable> {
  const out = new Map<string, CsvTable>();
  for (const [name, bytes] of files) {
    if (!name.toLowerCase().endsWith('.csv') || IGNORED_FILES.has(name.toLowerCase())) continue;
    const table = readCsv(bytes.toString('utf8'), name, errors);
    if (table) out.set(name.toLowerCase(), table);
  }
  return out;
}

/**
 * Reads an HSDS CSV datapackage: the 3.x layout as is; the 1.x/2.x layouts (integer ids,
 * regular_schedules, physical_addresses…) upgraded to 3.1 on the way (legacy-layout.ts).
 */
export function parseCsvPackage(files: SourceFiles, tenantId: string): ParsedSource {
  const errors: ImportIssue[] = [];
  const warnings: ImportIssue[] = [];
  const csvs = readPackageCsvs(files, errors);
  if (!csvs.size) errors.push({ file: 'datapackage', row: 1, field: '', code: 'no_directory_data' });
  if (errors.length) return { tables: {}, errors, warnings };
  if (isLegacyPackage(csvs)) return upgradeLegacyPackage(csvs, tenantId);

  const described = resourcesFromDescriptor(files);
  const tables = emptyTables();
  for (const [file, csv] of csvs) {
    const table = tableForCsv(file) ?? described.get(file) ?? null;
    if (!table) {
      warnings.push({ file, row: 1, field: '', code: 'unknown_file' });
      continue;
    }
    for (const col of csv.header) if (!FIELD_NAMES[table].has(col)) warnings.push({ file, row: 1, field: col, code: 'unknown_column' });
    for (const rec of csv.records) {
      const row: HsdsRow = { __src: { file, row: rec.line } };
      for (const [k, v] of Object.entries(rec.values)) if (v !== '' && FIELD_NAMES[table].has(k)) row[k] = v;
      tables[table].push(row);
    }
  }
  return { tables, errors, warnings };
}
