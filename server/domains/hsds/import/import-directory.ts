import type { AnyActor } from '../../../platform/authz/actor.js';
import { writeAudit } from '../../../platform/audit/audit-writer.js';
import type { Tx } from '../../../platform/db/database.js';
import { DomainError, fromDatabaseError } from '../../../platform/errors.js';
import { TABLE_NAMES, TABLES, type HsdsTables, type TableName } from '../hsds-tables.js';
import { coerceRow, type CleanRow, type ImportIssue } from './coerce.js';
import { matchNaturalKeys, parentsFirst, resolveReferences, type CleanTables } from './resolve-references.js';
import { upsertRows, type UpsertCount } from './upsert.js';

export interface ImportOptions {
  /** Who imports (audited); a system actor labelled 'import' when not given. */
  actor?: AnyActor;
  /** Named in the audit event and the report. */
  sourceName?: string;
  format?: string;
  /** Warnings found while parsing (legacy layout upgrades and the like), carried into the report. */
  warnings?: ImportIssue[];
}

export interface ImportReport {
  source: string | null;
  format: string | null;
  counts: Partial<Record<TableName, UpsertCount>>;
  warnings: ImportIssue[];
  errors: ImportIssue[];
  durationMs: number;
}

/** The file cannot be imported; nothing was written. `report.errors` names file, row and field. */
export class ImportRejected extends DomainError {
  constructor(readonly report: ImportReport) {
    super(
      'IMPORT_INVALID',
      { count: report.errors.length },
      report.errors.slice(0, 200).map((e) => ({ path: `${e.file}:${e.row}:${e.field}`, code: e.code, params: e.params })),
    );
  }
}

const nowIso = () => new Date().toISOString();
const DEFAULT_NOW: Partial<Record<TableName, string>> = { service: 'last_modified', service_capacity: 'updated', metadata: 'last_action_date' };

function checkRowRules(tables: CleanTables, errors: ImportIssue[], warnings: ImportIssue[]): void {
  const now = nowIso();
  for (const [table, column] of Object.entries(DEFAULT_NOW)) for (const r of tables[table as TableName]) r.values[column] ??= now;
  for (const r of tables.service) {
    const { minimum_age: min, maximum_age: max } = r.values as { minimum_age: number | null; maximum_age: number | null };
    if (min !== null && max !== null && min > max) errors.push({ file: r.src.file, row: r.src.row, field: 'maximum_age', code: 'too_small', params: { minimum: min } });
  }
  for (const r of tables.location) {
    const { latitude: lat, longitude: lng } = r.values as { latitude: number | null; longitude: number | null };
    const valid = lat !== null && lng !== null && Math.abs(lat) <= 90 && Math.abs(lng) <= 180;
    if ((lat !== null || lng !== null) && !valid) {
      // The location stays, off the map: wrong coordinates would put it somewhere it is not.
      warnings.push({ file: r.src.file, row: r.src.row, field: 'latitude', code: 'coordinates_out_of_range' });
      r.values.latitude = null;
      r.values.longitude = null;
    }
  }
}

/**
 * Imports parsed HSDS tables into a tenant's directory inside the caller's transaction (opened
 * with `withTenant`, without protection access: confidential records are neither read nor
 * written). Everything is checked before the first write; on any error it throws `ImportRejected`
 * and writes nothing. Idempotent: records are upserted by id, and ids are stable (see stable-ids.ts).
 */
export async function importDirectory(tx: Tx, tenantId: string, parsed: HsdsTables, opts: ImportOptions = {}): Promise<ImportReport> {
  const started = Date.now();
  const errors: ImportIssue[] = [];
  const warnings: ImportIssue[] = [...(opts.warnings ?? [])];
  const tables = {} as CleanTables;
  const present = {} as Record<TableName, Set<string>>;
  for (const name of TABLE_NAMES) {
    const seen = new Set<string>();
    tables[name] = [];
    present[name] = new Set();
    for (const raw of parsed[name] ?? []) {
      const row = coerceRow(TABLES[name], raw, errors, present[name]);
      const id = row.values.id as string | null;
      if (id && seen.has(id)) errors.push({ file: row.src.file, row: row.src.row, field: 'id', code: 'duplicate' });
      else if (id) seen.add(id);
      tables[name].push(row);
    }
  }
  checkRowRules(tables, errors, warnings);
  const report: ImportReport = { source: opts.sourceName ?? null, format: opts.format ?? null, counts: {}, warnings, errors, durationMs: 0 };
  if (errors.length) throw new ImportRejected({ ...report, durationMs: Date.now() - started });
  if (!TABLE_NAMES.some((n) => tables[n].length)) {
    errors.push({ file: opts.sourceName ?? '', row: 1, field: '', code: 'no_directory_data' });
    throw new ImportRejected({ ...report, durationMs: Date.now() - started });
  }

  await matchNaturalKeys(tx, tables);
  await resolveReferences(tx, tables, warnings);
  tables.organization = parentsFirst(tables.organization, 'parent_organization_id');
  tables.taxonomy_term = parentsFirst(tables.taxonomy_term, 'parent_id');
  for (const name of TABLE_NAMES) {
    const rows: CleanRow[] = tables[name];
    if (!rows.length) continue;
    try {
      report.counts[name] = await upsertRows(tx, tenantId, TABLES[name], rows, present[name]);
    } catch (err) {
      // Checked input should not get here; if the database still refuses it, say which table.
      const domain = fromDatabaseError(err);
      if (!domain) throw err;
      errors.push({ file: TABLES[name].csv, row: '?', field: (err as { column?: string }).column ?? '', code: (err as { code?: string }).code === '23505' ? 'duplicate' : 'invalid' });
      throw new ImportRejected({ ...report, durationMs: Date.now() - started });
    }
  }
  const actor = opts.actor ?? { kind: 'system', tenantId, label: 'import' };
  await writeAudit(tx, actor, {
    action: 'directory.import',
    entity: 'directory',
    diff: { source: opts.sourceName ?? null, format: opts.format ?? null, counts: report.counts, warnings: warnings.length },
  });
  report.durationMs = Date.now() - started;
  return report;
}
