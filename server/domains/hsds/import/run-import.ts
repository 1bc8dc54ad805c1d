import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { IMPORT_FORMATS, type ImportFormat } from '../../../../common/schemas/directory-import.js';
import type { AnyActor } from '../../../platform/authz/actor.js';
import { withTenant, type Db, type Tx } from '../../../platform/db/database.js';
import { NEEDS_TAXONOMY } from '../../directory/needs-taxonomy.js';
import { tableForCsv } from '../hsds-tables.js';
import type { ImportIssue } from './coerce.js';
import { parseCsvPackage, type SourceFiles } from './csv-package.js';
import { importDirectory, ImportRejected, type ImportReport } from './import-directory.js';
import { parseHsdsJson, type ParsedSource } from './parse-json.js';
import { columnMappingSchema, parsePlainCsv } from './parse-plain-csv.js';
import { rawQuery } from './upsert.js';

export { IMPORT_FORMATS, type ImportFormat };

/** What to import: a single file's bytes, or the files of a datapackage (a directory or an unzipped .zip). */
export interface ImportInput {
  name: string;
  format?: ImportFormat;
  bytes?: Buffer;
  files?: SourceFiles;
  mapping?: unknown;
}

const MAX_FILES = 200;
const MAX_UNZIPPED = 512 * 1024 * 1024;
const WANTED = /\.(csv|json)$/i;

/** The data files of a .zip (base names); anything else inside is ignored. */
export function unzipPackage(bytes: Buffer): SourceFiles {
  let total = 0;
  const entries = unzipSync(bytes, {
    filter: (f) => {
      if (!WANTED.test(f.name) || f.name.includes('__MACOSX')) return false;
      total += f.originalSize;
      if (total > MAX_UNZIPPED) throw new Error('archive too large');
      return true;
    },
  });
  const files: SourceFiles = new Map();
  for (const [name, data] of Object.entries(entries)) files.set(path.posix.basename(name).toLowerCase(), Buffer.from(data));
  if (files.size > MAX_FILES) throw new Error('too many files');
  return files;
}

/** Reads what the CLI was given: a directory (a CSV datapackage), a .zip, or one file. */
export function readImportPath(p: string): ImportInput {
  const name = path.basename(p);
  if (statSync(p).isDirectory()) {
    const files: SourceFiles = new Map();
    for (const f of readdirSync(p)) if (WANTED.test(f) && statSync(path.join(p, f)).isFile()) files.set(f.toLowerCase(), readFileSync(path.join(p, f)));
    return { name, files };
  }
  return { name, bytes: readFileSync(p) };
}

async function needsTermIds(tx: Tx): Promise<Map<string, string>> {
  const rows = await rawQuery<{ code: string; id: string; needs: boolean }>(
    tx, 'SELECT t.code, t.id, x.uri = $1 AS needs FROM dir_taxonomy_term t LEFT JOIN dir_taxonomy x ON x.tenant_id = t.tenant_id AND x.id = t.taxonomy_id WHERE t.code IS NOT NULL ORDER BY needs', [NEEDS_TAXONOMY.uri]);
  return new Map(rows.map((r) => [r.code.toLowerCase(), r.id]));
}

const unreadable = (file: string, code = 'unreadable'): ParsedSource => ({ tables: {}, errors: [{ file, row: 1, field: '', code }], warnings: [] });

/** Picks the format (given, or from the file name) and parses. */
export async function parseImport(tx: Tx, tenantId: string, input: ImportInput): Promise<{ format: ImportFormat; parsed: ParsedSource }> {
  let files = input.files;
  const lower = input.name.toLowerCase();
  if (!files && input.bytes && lower.endsWith('.zip')) {
    try {
      files = unzipPackage(input.bytes);
    } catch {
      return { format: 'hsds-csv', parsed: unreadable(input.name) };
    }
  }
  const format: ImportFormat = input.format ?? (files ? (files.size === 1 && [...files.keys()][0]!.endsWith('.json') ? 'hsds-json' : 'hsds-csv') : lower.endsWith('.json') ? 'hsds-json' : input.mapping ? 'csv' : 'hsds-csv');
  if (format === 'hsds-json') {
    const json = files ? [...files].find(([n]) => n.endsWith('.json')) : ([input.name, input.bytes] as const);
    if (!json?.[1]) return { format, parsed: unreadable(input.name, 'no_directory_data') };
    return { format, parsed: parseHsdsJson(json[1].toString('utf8'), json[0]) };
  }
  if (format === 'hsds-csv') {
    if (!files) {
      if (!input.bytes || !tableForCsv(input.name)) return { format, parsed: unreadable(input.name, 'mapping_required') };
      files = new Map([[path.basename(lower), input.bytes]]);
    }
    return { format, parsed: parseCsvPackage(files, tenantId) };
  }
  const mapping = columnMappingSchema.safeParse(input.mapping);
  if (!mapping.success) {
    const errors: ImportIssue[] = mapping.error.issues.map((i) => ({ file: 'mapping', row: 1, field: i.path.join('.'), code: i.code === 'invalid_type' && i.input === undefined ? 'required' : 'invalid' }));
    return { format, parsed: { tables: {}, errors, warnings: [] } };
  }
  const csv = files ? [...files].find(([n]) => n.endsWith('.csv')) : ([input.name, input.bytes] as const);
  if (!csv?.[1]) return { format, parsed: unreadable(input.name, 'no_directory_data') };
  return { format, parsed: parsePlainCsv(csv[1].toString('utf8'), csv[0], mapping.data, tenantId, await needsTermIds(tx)) };
}

class DryRunDone extends Error {
  constructor(readonly report: ImportReport) {
    super('dry run');
  }
}

/**
 * Parses and imports in one transaction of the tenant: all or nothing. A dry run does the whole
 * import (so the database's own checks run too) and rolls it back.
 */
export async function runDirectoryImport(db: Db, tenantId: string, input: ImportInput, opts: { actor?: AnyActor; dryRun?: boolean } = {}): Promise<ImportReport & { dryRun: boolean }> {
  try {
    const report = await withTenant(db, tenantId, async (tx) => {
      const { format, parsed } = await parseImport(tx, tenantId, input);
      const base = { source: input.name, format, counts: {}, warnings: parsed.warnings, durationMs: 0 };
      if (parsed.errors.length) throw new ImportRejected({ ...base, errors: parsed.errors });
      const done = await importDirectory(tx, tenantId, parsed.tables, { actor: opts.actor, sourceName: input.name, format, warnings: parsed.warnings });
      if (opts.dryRun) throw new DryRunDone(done);
      return done;
    });
    return { ...report, dryRun: false };
  } catch (err) {
    if (err instanceof DryRunDone) return { ...err.report, dryRun: true };
    throw err;
  }
}
