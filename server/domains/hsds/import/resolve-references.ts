import type { Tx } from '../../../platform/db/database.js';
import { columnOf, TABLE_NAMES, TABLES, type TableName } from '../hsds-tables.js';
import type { CleanRow, ImportIssue } from './coerce.js';
import { existingIds, rawQuery } from './upsert.js';

export type CleanTables = Record<TableName, CleanRow[]>;

/** Rewrites ids (and every reference to them) per table: `maps[table].get(oldId) = newId`. */
function applyIdMaps(tables: CleanTables, maps: Partial<Record<TableName, Map<string, string>>>): void {
  for (const name of TABLE_NAMES) {
    const own = maps[name];
    const refs = TABLES[name].fields.filter((f) => f.ref && maps[f.ref]?.size);
    if (!own?.size && !refs.length) continue;
    for (const row of tables[name]) {
      const id = row.values.id as string;
      if (own?.has(id)) row.values.id = own.get(id);
      for (const f of refs) {
        const v = row.values[columnOf(f)] as string | null;
        if (v && maps[f.ref!]!.has(v)) row.values[columnOf(f)] = maps[f.ref!]!.get(v);
      }
    }
  }
}

/**
 * Matches incoming records to the tenant's existing ones by their natural keys, so that a file
 * exported from another tenant (or another system) updates instead of duplicating:
 * taxonomies by `uri`, terms by (taxonomy, code), service-at-location by (service, location).
 * The shipped needs taxonomy thus keeps the tenant's own ids whatever file brings it.
 */
export async function matchNaturalKeys(tx: Tx, tables: CleanTables): Promise<void> {
  const uris = tables.taxonomy.map((r) => r.values.uri as string | null).filter((u): u is string => !!u);
  if (uris.length) {
    const existing = await rawQuery<{ id: string; uri: string }>(tx, 'SELECT id, uri FROM dir_taxonomy WHERE uri = ANY($1::text[])', [uris]);
    const byUri = new Map(existing.map((e) => [e.uri, e.id]));
    const fileIds = new Set(tables.taxonomy.map((r) => r.values.id as string));
    const map = new Map<string, string>();
    for (const r of tables.taxonomy) {
      const match = byUri.get(r.values.uri as string);
      if (match && match !== r.values.id && !fileIds.has(match)) map.set(r.values.id as string, match);
    }
    applyIdMaps(tables, { taxonomy: map });
  }
  const taxonomyIds = [...new Set(tables.taxonomy_term.map((r) => r.values.taxonomy_id as string | null).filter((v): v is string => !!v))];
  if (taxonomyIds.length) {
    const existing = await rawQuery<{ id: string; taxonomy_id: string; code: string }>(
      tx, 'SELECT id, taxonomy_id, code FROM dir_taxonomy_term WHERE taxonomy_id = ANY($1::uuid[]) AND code IS NOT NULL', [taxonomyIds]);
    const byKey = new Map(existing.map((e) => [`${e.taxonomy_id}|${e.code}`, e.id]));
    const map = new Map<string, string>();
    for (const r of tables.taxonomy_term) {
      const match = byKey.get(`${r.values.taxonomy_id}|${r.values.code}`);
      if (match && match !== r.values.id) map.set(r.values.id as string, match);
    }
    applyIdMaps(tables, { taxonomy_term: map });
  }
  const serviceIds = [...new Set(tables.service_at_location.map((r) => r.values.service_id as string))];
  if (serviceIds.length) {
    const existing = await rawQuery<{ id: string; service_id: string; location_id: string }>(
      tx, 'SELECT id, service_id, location_id FROM dir_service_at_location WHERE service_id = ANY($1::uuid[])', [serviceIds]);
    const byPair = new Map(existing.map((e) => [`${e.service_id}|${e.location_id}`, e.id]));
    const map = new Map<string, string>();
    for (const r of tables.service_at_location) {
      const match = byPair.get(`${r.values.service_id}|${r.values.location_id}`);
      if (match && match !== r.values.id) map.set(r.values.id as string, match);
    }
    applyIdMaps(tables, { service_at_location: map });
  }
}

/**
 * Every reference must point at a record in the file or already in the tenant's directory.
 * Published HSDS data (the official examples included) often points at records it does not
 * carry: an optional reference to nothing is cleared, a row whose required parent is missing is
 * left out; both are reported as warnings. Tables are visited parents first, so a left-out parent
 * takes its children with it.
 */
export async function resolveReferences(tx: Tx, tables: CleanTables, warnings: ImportIssue[]): Promise<void> {
  const known = Object.fromEntries(TABLE_NAMES.map((n) => [n, new Set(tables[n].map((r) => r.values.id as string))])) as Record<TableName, Set<string>>;
  const checkedInDb = Object.fromEntries(TABLE_NAMES.map((n) => [n, new Set<string>()])) as Record<TableName, Set<string>>;
  for (const name of TABLE_NAMES) {
    const refFields = TABLES[name].fields.filter((f) => f.ref);
    if (!refFields.length) continue;
    // One look-up per referenced table for the ids the file does not carry.
    const wanted = new Map<TableName, Set<string>>();
    for (const row of tables[name]) {
      for (const f of refFields) {
        const v = row.values[columnOf(f)] as string | null;
        if (v && !known[f.ref!].has(v) && !checkedInDb[f.ref!].has(v)) (wanted.get(f.ref!) ?? wanted.set(f.ref!, new Set()).get(f.ref!)!).add(v);
      }
    }
    for (const [target, ids] of wanted) {
      const found = await existingIds(tx, TABLES[target].table, [...ids]);
      for (const id of ids) {
        if (found.has(id)) known[target].add(id);
        checkedInDb[target].add(id);
      }
    }
    const kept: CleanRow[] = [];
    for (const row of tables[name]) {
      let keep = true;
      for (const f of refFields) {
        const v = row.values[columnOf(f)] as string | null;
        if (!v || known[f.ref!].has(v)) continue;
        warnings.push({ file: row.src.file, row: row.src.row, field: f.name, code: f.required ? 'unknown_reference_row_skipped' : 'unknown_reference', params: { id: v } });
        if (f.required) keep = false;
        else row.values[columnOf(f)] = null;
      }
      if (keep) kept.push(row);
      else known[name].delete(row.values.id as string);
    }
    tables[name] = kept;
  }
}

/** Parents before children inside self-referencing tables (organizations, taxonomy terms), for batching. */
export function parentsFirst(rows: CleanRow[], parentColumn: string): CleanRow[] {
  const byId = new Map(rows.map((r) => [r.values.id as string, r]));
  const depth = new Map<string, number>();
  const depthOf = (r: CleanRow, seen = new Set<string>()): number => {
    const id = r.values.id as string;
    if (depth.has(id)) return depth.get(id)!;
    const parent = byId.get(r.values[parentColumn] as string);
    if (!parent || seen.has(id)) return 0;
    seen.add(id);
    const d = depthOf(parent, seen) + 1;
    depth.set(id, d);
    return d;
  };
  return [...rows].sort((a, b) => depthOf(a) - depthOf(b));
}
