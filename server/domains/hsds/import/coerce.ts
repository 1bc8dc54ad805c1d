import type { FieldSpec, HsdsRow, RowSource, TableSpec } from '../hsds-tables.js';
import { UUID_RE } from './stable-ids.js';

/** One problem found in a file: where (file, row, field) and what (a `validation.<code>` key). */
export interface ImportIssue {
  file: string;
  row: number | string;
  field: string;
  code: string;
  params?: Record<string, unknown>;
}

/** A row ready for the database: values keyed by column, plus where it came from. */
export interface CleanRow {
  values: Record<string, unknown>;
  src: RowSource;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})/;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/;
const TRUE = new Set(['true', '1', 'yes', 'y', 'si', 'sì', 't']);
const FALSE = new Set(['false', '0', 'no', 'n', 'f']);

/** No value. CSV readers drop empty cells before this point, so '' here is a JSON empty string (kept). */
export const isBlank = (v: unknown) => v === undefined || v === null;

// A value, or why there is none: only failures allocate (imports convert millions of values).
class Bad {
  constructor(
    readonly code: string,
    readonly params?: Record<string, unknown>,
  ) {}
}
type Result = unknown;
const ok = (value: unknown): Result => value;
const bad = (code: string, params?: Record<string, unknown>): Result => new Bad(code, params);

function asText(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return null;
}

function validDate(y: string, m: string, d: string): boolean {
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return date.getUTCFullYear() === Number(y) && date.getUTCMonth() === Number(m) - 1 && date.getUTCDate() === Number(d);
}

function coerceValue(field: FieldSpec, raw: unknown): Result {
  switch (field.type) {
    case 'text': {
      const s = asText(raw);
      if (s === null) return bad('invalid_type');
      let v = s;
      if (field.enum) {
        v = field.name === 'status' || field.name === 'location_type' || field.name === 'address_type' ? s.trim().toLowerCase() : s.trim();
        if (field.name === 'wkst' || field.name === 'freq') v = v.toUpperCase();
        if (!field.enum.includes(v)) return bad('invalid_value');
      }
      if (field.maxLength && v.length > field.maxLength) return bad('too_big', { maximum: field.maxLength });
      return ok(v);
    }
    case 'uuid': {
      const s = asText(raw)?.trim();
      return s && UUID_RE.test(s) ? ok(s.toLowerCase()) : bad('invalid_format');
    }
    case 'int':
    case 'num': {
      const s = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw.trim()) : NaN;
      if (!Number.isFinite(s) || (field.type === 'int' && !Number.isInteger(s))) return bad('invalid_type');
      if (field.min !== undefined && s < field.min) return bad('too_small', { minimum: field.min });
      if (field.max !== undefined && s > field.max) return bad('too_big', { maximum: field.max });
      return ok(s);
    }
    case 'date': {
      const m = typeof raw === 'string' ? DATE.exec(raw.trim()) : null;
      return m && validDate(m[1]!, m[2]!, m[3]!) ? ok(`${m[1]}-${m[2]}-${m[3]}`) : bad('invalid_format');
    }
    case 'time': {
      const m = typeof raw === 'string' ? TIME.exec(raw.trim()) : null;
      if (!m || Number(m[1]) > 23 || Number(m[2]) > 59 || Number(m[3] ?? 0) > 59) return bad('invalid_format');
      return ok(`${m[1]!.padStart(2, '0')}:${m[2]}:${m[3] ?? '00'}`);
    }
    case 'datetime': {
      if (typeof raw !== 'string' && !(raw instanceof Date)) return bad('invalid_format');
      const s = raw instanceof Date ? raw.toISOString() : raw.trim();
      const m = DATE.exec(s);
      const ms = Date.parse(s);
      return m && validDate(m[1]!, m[2]!, m[3]!) && Number.isFinite(ms) ? ok(new Date(ms).toISOString()) : bad('invalid_format');
    }
    case 'bool': {
      if (typeof raw === 'boolean') return ok(raw);
      const s = asText(raw)?.trim().toLowerCase() ?? '';
      return TRUE.has(s) ? ok(true) : FALSE.has(s) ? ok(false) : bad('invalid_type');
    }
    case 'json': {
      let v = raw;
      if (typeof raw === 'string') {
        try {
          v = JSON.parse(raw);
        } catch {
          return bad('invalid_format');
        }
      }
      return v && typeof v === 'object' && !Array.isArray(v) ? ok(v) : bad('invalid_type');
    }
    case 'list': {
      let v = raw;
      if (typeof raw === 'string') {
        const s = raw.trim();
        if (s.startsWith('[')) {
          try {
            v = JSON.parse(s);
          } catch {
            return bad('invalid_format');
          }
        } else v = s.split(',').map((x) => x.trim()).filter(Boolean);
      }
      return Array.isArray(v) && v.every((x) => typeof x === 'string') ? ok(v) : bad('invalid_type');
    }
  }
}

// Plain CSV rows name the user's own column in the report rather than the HSDS field.
const label = (row: HsdsRow, name: string) => row.__cols?.[name] ?? name;

/**
 * Checks and converts one source row against its table spec. Problems go to `errors` (the import
 * then writes nothing); the returned row has a value for every column (defaults filled in).
 * `present` collects the fields the source carried (absent profile fields keep their stored value).
 */
export function coerceRow(spec: TableSpec, row: HsdsRow, errors: ImportIssue[], present: Set<string>): CleanRow {
  const seen = new Array<boolean>(spec.fields.length).fill(false);
  const out = coerceOne(spec, row, errors, seen);
  spec.fields.forEach((f, i) => seen[i] && present.add(f.name));
  return out;
}

/** coerceRow over a whole table: `present` as in coerceRow. */
export function coerceTable(spec: TableSpec, rows: readonly HsdsRow[], errors: ImportIssue[], present: Set<string>): CleanRow[] {
  const seen = new Array<boolean>(spec.fields.length).fill(false);
  const out = new Array<CleanRow>(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = coerceOne(spec, rows[i]!, errors, seen);
  spec.fields.forEach((f, i) => seen[i] && present.add(f.name));
  return out;
}

const UUID_LOWER = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const fallbackSources = new WeakMap<TableSpec, RowSource>();

// Imports convert millions of values: the common cases (a well-formed uuid, plain text) return
// the value as it came, without copies; everything else goes through coerceValue.
function coerceOne(spec: TableSpec, row: HsdsRow, errors: ImportIssue[], seen: boolean[]): CleanRow {
  let src = row.__src;
  if (!src) {
    src = fallbackSources.get(spec);
    if (!src) fallbackSources.set(spec, (src = { file: spec.csv, row: '?' }));
  }
  const values: Record<string, unknown> = {};
  const fields = spec.fields;
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i]!;
    const raw = row[field.name];
    const column = field.column ?? field.name;
    if (raw === undefined || raw === null || (field.required && typeof raw === 'string' && raw.trim() === '')) {
      if (field.required) errors.push({ file: src.file, row: src.row, field: label(row, field.name), code: 'required' });
      values[column] = field.default ?? null;
      continue;
    }
    seen[i] = true;
    if (typeof raw === 'string' && ((field.type === 'uuid' && raw.length === 36 && UUID_LOWER.test(raw)) || (field.type === 'text' && !field.enum && !field.maxLength))) {
      values[column] = raw;
      continue;
    }
    const r = coerceValue(field, raw);
    if (!(r instanceof Bad)) values[column] = r;
    else {
      errors.push({ file: src.file, row: src.row, field: label(row, field.name), code: r.code, ...(r.params ? { params: r.params } : {}) });
      values[column] = null;
    }
  }
  return { values, src };
}
