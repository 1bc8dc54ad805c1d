import { CompiledQuery } from 'kysely';
import type { Tx } from '../../../platform/db/database.js';
import { columnOf, type FieldSpec, type FieldType, type TableSpec } from '../hsds-tables.js';
import type { CleanRow } from './coerce.js';

// Bulk upsert: one multi-row INSERT … SELECT FROM unnest(array per column) … ON CONFLICT per batch.
// One parameter per column whatever the batch size, so 100k rows take a handful of statements.

const PG_ARRAY_TYPE: Record<FieldType, string> = {
  uuid: 'uuid', text: 'text', int: 'int', num: 'numeric', date: 'date', time: 'time', datetime: 'timestamptz', bool: 'boolean', json: 'text', list: 'text',
};
const HAS_UPDATED_AT = new Set(['dir_organization', 'dir_service', 'dir_location']);
export const BATCH_SIZE = 5000;

const q = (ident: string) => `"${ident.replace(/"/g, '""')}"`;

function selectExpr(f: FieldSpec): string {
  const c = `u.${q(columnOf(f))}`;
  if (f.type === 'json') return `${c}::jsonb`;
  if (f.type === 'list') return `ARRAY(SELECT jsonb_array_elements_text(${c}::jsonb))`;
  return c;
}

function element(f: FieldSpec, v: unknown): string {
  if (v === null || v === undefined) return 'NULL';
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  const s = f.type === 'json' || f.type === 'list' ? JSON.stringify(v) : String(v);
  return `"${s.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

/** A column of a batch as a PostgreSQL array literal, built here rather than by the driver. */
function arrayLiteral(f: FieldSpec, rows: CleanRow[]): string {
  const column = columnOf(f);
  const parts = new Array<string>(rows.length);
  for (let i = 0; i < rows.length; i++) parts[i] = element(f, rows[i]!.values[column]);
  return `{${parts.join(',')}}`;
}

/**
 * Fields written for this table: every HSDS field (the file is the source of truth for them), and
 * the profile fields (`x_approdo_*`) only when some row carries them, so that importing plain HSDS
 * leaves translations, verification dates and the like as they were.
 */
export function writtenFields(spec: TableSpec, present: ReadonlySet<string>): FieldSpec[] {
  return spec.fields.filter((f) => !f.name.startsWith('x_approdo_') || present.has(f.name));
}

export interface UpsertCount {
  inserted: number;
  updated: number;
}

/**
 * Writes rows by id: new ids with a plain multi-row INSERT, known ids with one UPDATE … FROM unnest
 * per batch (cheaper than INSERT … ON CONFLICT, which inserts speculatively into every unique index).
 */
export async function upsertRows(tx: Tx, tenantId: string, spec: TableSpec, rows: CleanRow[], present: ReadonlySet<string>): Promise<UpsertCount> {
  if (!rows.length) return { inserted: 0, updated: 0 };
  const fields = writtenFields(spec, present);
  const cols = fields.map((f) => q(columnOf(f)));
  const unnest = `unnest(${fields.map((f, i) => `$${i + 2}::${PG_ARRAY_TYPE[f.type]}[]`).join(', ')}) AS u(${cols.join(', ')})`;
  const insert = `INSERT INTO ${spec.table} (tenant_id, ${cols.join(', ')}) SELECT $1::uuid, ${fields.map(selectExpr).join(', ')} FROM ${unnest}`;
  const sets = fields.filter((f) => f.name !== 'id').map((f) => `${q(columnOf(f))} = ${selectExpr(f)}`);
  if (HAS_UPDATED_AT.has(spec.table)) sets.push('updated_at = now()');
  const update = `UPDATE ${spec.table} AS t SET ${sets.join(', ')} FROM ${unnest} WHERE t.tenant_id = $1::uuid AND t.id = u.id`;
  // A first import into a tenant (the common bulk case) has nothing to look up.
  const empty = !(await rawQuery(tx, `SELECT 1 FROM ${spec.table} LIMIT 1`, [])).length;
  const known = empty ? new Set<string>() : await existingIds(tx, spec.table, rows.map((r) => r.values.id as string));
  const fresh = rows.filter((r) => !known.has(r.values.id as string));
  const old = rows.filter((r) => known.has(r.values.id as string));
  // The next batch's parameters are built while the database works on the previous one.
  const run = async (text: string, list: CleanRow[]) => {
    let pending: Promise<unknown> | null = null;
    for (let start = 0; start < list.length; start += BATCH_SIZE) {
      const batch = list.slice(start, start + BATCH_SIZE);
      const params: unknown[] = [tenantId, ...fields.map((f) => arrayLiteral(f, batch))];
      if (pending) await pending;
      pending = tx.withoutPlugins().executeQuery(CompiledQuery.raw(text, params));
    }
    if (pending) await pending;
  };
  await run(insert, fresh);
  await run(update, old);
  return { inserted: fresh.length, updated: old.length };
}

/** Which of `ids` exist in `table` for the transaction's tenant (RLS hides confidential rows: they count as absent). */
export async function existingIds(tx: Tx, table: string, ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const result = await tx.withoutPlugins().executeQuery<{ id: string }>(CompiledQuery.raw(`SELECT id FROM ${table} WHERE id = ANY($1::uuid[])`, [ids]));
  return new Set(result.rows.map((r) => r.id));
}

export async function rawQuery<R>(tx: Tx, text: string, params: unknown[]): Promise<R[]> {
  return (await tx.withoutPlugins().executeQuery<R>(CompiledQuery.raw(text, params))).rows;
}
