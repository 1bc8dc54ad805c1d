import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import type { App } from '../../server/platform/http/app.js';

// The security suites walk the live OpenAPI document, so every documented route is attacked
// without anyone listing it here (route-policy.test.ts checks that no /api route is undocumented).

export type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  default?: unknown;
};

export interface Param {
  name: string;
  in: 'path' | 'query';
  required: boolean;
  schema: JsonSchema;
}

export interface Operation {
  method: string;
  /** OpenAPI template, e.g. /api/users/{id}. */
  path: string;
  pathParams: Param[];
  queryParams: Param[];
  body: JsonSchema | null;
  label: string;
}

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export async function loadOperations(app: App): Promise<Operation[]> {
  const res = await app.inject({ method: 'GET', url: '/api/openapi.json' });
  if (res.statusCode !== 200) throw new Error(`openapi.json: ${res.statusCode}`);
  const doc = res.json() as { paths: Record<string, Record<string, { parameters?: Param[]; requestBody?: { content?: Record<string, { schema: JsonSchema }> } }>> };
  const ops: Operation[] = [];
  for (const [path, byMethod] of Object.entries(doc.paths)) {
    for (const [m, op] of Object.entries(byMethod)) {
      const method = m.toUpperCase();
      if (!['GET', ...BODY_METHODS].includes(method)) continue;
      const params = op.parameters ?? [];
      ops.push({
        method,
        path,
        pathParams: params.filter((p) => p.in === 'path'),
        queryParams: params.filter((p) => p.in === 'query'),
        body: op.requestBody?.content?.['application/json']?.schema ?? null,
        label: `${method} ${path}`,
      });
    }
  }
  return ops;
}

export function hasBody(op: Operation): boolean {
  return BODY_METHODS.has(op.method);
}

/** Fills the template; values are URL-encoded unless `raw` (for hand-made encodings). */
export function urlOf(op: Operation, values: Record<string, string>, opts: { raw?: boolean; query?: string } = {}): string {
  const path = op.path.replace(/\{(\w+)\}/g, (_m, name: string) => {
    const v = values[name] ?? randomUUID();
    return opts.raw ? v : encodeURIComponent(v);
  });
  return opts.query ? `${path}?${opts.query}` : path;
}

function branches(s: JsonSchema): JsonSchema[] {
  return s.anyOf ?? s.oneOf ?? [s];
}

/** JSON types a schema admits ('integer' folded into 'number'); empty set means anything. */
export function admittedTypes(schema: JsonSchema): Set<string> {
  const out = new Set<string>();
  for (const b of branches(schema)) {
    if (b.anyOf || b.oneOf) admittedTypes(b).forEach((t) => out.add(t));
    const types = b.type === undefined ? [] : Array.isArray(b.type) ? b.type : [b.type];
    for (const t of types) out.add(t === 'integer' ? 'number' : t);
    for (const v of b.enum ?? (b.const !== undefined ? [b.const] : [])) out.add(jsonType(v));
    if (!types.length && !b.enum && b.const === undefined && !b.anyOf && !b.oneOf) return new Set();
  }
  return out;
}

export function jsonType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v === 'object' ? 'object' : typeof v === 'bigint' ? 'number' : typeof v;
}

const WRONG_TYPED: unknown[] = [12345, 'not-the-right-type', true, [], { nested: { deeper: 1 } }, null];

/** Values whose JSON type the schema does not admit (none when the schema admits anything). */
export function wrongTypedValues(schema: JsonSchema): unknown[] {
  const ok = admittedTypes(schema);
  if (ok.size === 0) return [];
  return WRONG_TYPED.filter((v) => !ok.has(jsonType(v)));
}

function validString(s: JsonSchema, seed: number): string {
  const min = s.minLength ?? 0;
  const max = s.maxLength ?? Math.max(min, 40);
  if (s.format === 'uuid') return randomUUID();
  if (s.format === 'email') return `sicurezza-${seed}@example.org`;
  if (s.format === 'uri' || s.format === 'url') return 'https://example.org/prova';
  if (s.format === 'date-time') return new Date(Date.UTC(2026, 0, 15, 10)).toISOString();
  if (s.format === 'date') return '2026-01-15';
  if (s.pattern) {
    const re = new RegExp(s.pattern);
    // The longest of a few samples: short matches ('1') make poor, ambiguous test data.
    const arb = fc.stringMatching(re).filter((v) => v.length >= min && v.length <= max && v.trim() === v);
    return fc.sample(arb, { seed, numRuns: 20 }).reduce((a, b) => (b.length > a.length ? b : a));
  }
  const text = 'Valore di prova sicurezza '.repeat(Math.ceil((min + 1) / 26));
  return text.slice(0, Math.max(min, Math.min(max, 24))).padEnd(min, 'x');
}

/**
 * A value the schema accepts (best effort: formats, patterns, bounds, enums). `full` fills
 * optional properties too, so that one of them can be corrupted while the rest stays valid.
 */
export function validValue(schema: JsonSchema, opts: { full?: boolean; seed?: number } = {}): unknown {
  const seed = opts.seed ?? 7;
  const s = branches(schema).find((b) => b.type !== 'null') ?? schema;
  if (s.anyOf || s.oneOf) return validValue(s, opts);
  if (s.const !== undefined) return s.const;
  if (s.enum) return s.enum[0];
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
  switch (type) {
    case 'string':
      return validString(s, seed);
    case 'integer':
    case 'number': {
      const lo = s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : 1);
      return Math.min(lo, s.maximum ?? lo);
    }
    case 'boolean':
      return false;
    case 'array':
      return Array.from({ length: s.minItems ?? 0 }, (_v, i) => validValue(s.items ?? {}, { ...opts, seed: seed + i }));
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [k, p] of Object.entries(s.properties ?? {})) {
        if (opts.full || s.required?.includes(k)) out[k] = validValue(p, { ...opts, seed: seed + k.length });
      }
      return out;
    }
    case 'null':
      return null;
    default:
      return 'x';
  }
}

/** Does `value` (a query/path string) certainly break the parameter schema? */
export function violatesParam(schema: JsonSchema, value: string): boolean {
  return branches(schema).every((s) => {
    if (s.enum) return !s.enum.map(String).includes(value);
    const type = Array.isArray(s.type) ? s.type[0] : s.type;
    if (type === 'integer' || type === 'number') {
      const n = Number(value);
      if (value.trim() === '' || !Number.isFinite(n) || (type === 'integer' && !Number.isInteger(n))) return true;
      return (s.minimum !== undefined && n < s.minimum) || (s.maximum !== undefined && n > s.maximum);
    }
    if (type === 'boolean') return !['true', 'false'].includes(value);
    if (s.format === 'uuid') return !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
    if (s.maxLength !== undefined && value.trim().length > s.maxLength) return true;
    if (s.minLength !== undefined && value.trim().length < s.minLength) return true;
    if (s.pattern && !new RegExp(s.pattern).test(value)) return true;
    return false;
  });
}
