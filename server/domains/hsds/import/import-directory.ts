import type { AnyActor } from '../../../platform/authz/actor.js';
import { writeAudit } from '../../../platform/audit/audit-writer.js';
import type { Tx } from '../../../platform/db/database.js';
import { DomainError, fromDatabaseError } from '../../../platform/errors.js';
import { TABLE_NAMES, TABLES, type HsdsTables, type TableName } from '../hsds-tables.js';
import { coerceTable, type CleanRow, type ImportIssue } from './coerce.js';
import { matchNaturalKeys, parentsFirst, resolveReferences, type CleanTables } from './resolve-references.js';
import { rawQuery, upsertRows, type UpsertCount } from './upsert.js';

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
 * The directory's derived data (the finder's places and search words, migration 0008) is kept up
 * to date by triggers, statement by statement; for an import that would redo it for every batch
 * of every table. Bulk mode (transaction-local) turns those triggers off while the rows are
 * written, and refreshDerived then brings it up to date once, for what the file touched.
 */
async function bulkMode(tx: Tx, on: boolean): Promise<void> {
  await rawQuery(tx, `SELECT set_config('app.directory_bulk', $1, true)`, [on ? 'on' : 'off']);
}

async function refreshDerived(tx: Tx, tenantId: string, tables: CleanTables): Promise<void> {
  const ids = (rows: CleanRow[], column: string, keep: (r: CleanRow) => boolean = () => true) =>
    rows.filter((r) => keep(r) && typeof r.values[column] === 'string').map((r) => r.values[column] as string);
  const services = new Set([
    ...ids(tables.service, 'id'),
    ...ids(tables.service_at_location, 'service_id'),
    ...ids(tables.language, 'service_id'),
    ...ids(tables.attribute, 'link_id', (r) => r.values.link_entity === 'service'),
  ]);
  await rawQuery(tx, 'SELECT directory_bulk_refresh($1::uuid, $2::uuid[], $3::uuid[], $4::uuid[])', [
    tenantId,
    [...services],
    ids(tables.location, 'id'),
    ids(tables.taxonomy_term, 'id'),
  ]);
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
    present[name] = new Set();
    tables[name] = coerceTable(TABLES[name], parsed[name] ?? [], errors, present[name]);
    for (const row of tables[name]) {
      const id = row.values.id as string | null;
      if (id && seen.has(id)) errors.push({ file: row.src.file, row: row.src.row, field: 'id', code: 'duplicate' });
      else if (id) seen.add(id);
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
  await bulkMode(tx, true);
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
  await refreshDerived(tx, tenantId, tables);
  await bulkMode(tx, false);
  const actor = opts.actor ?? { kind: 'system', tenantId, label: 'import' };
  await writeAudit(tx, actor, {
    action: 'directory.import',
    entity: 'directory',
    diff: { source: opts.sourceName ?? null, format: opts.format ?? null, counts: report.counts, warnings: warnings.length },
  });
  report.durationMs = Date.now() - started;
  return report;
}
