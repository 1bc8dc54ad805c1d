import fc from 'fast-check';
import { admittedTypes, hasBody, jsonType, urlOf, validValue, violatesParam, wrongTypedValues, type Operation } from './api-surface.js';

// Hostile requests for one operation, derived from its OpenAPI description. Every case is
// invalid by construction, so none may succeed, and none may be answered with a 5xx.

export interface HostileCase {
  name: string;
  url: string;
  /** Raw body and its content type; undefined sends no body. */
  payload?: string;
  contentType?: string;
  /** false only for junk the schema may legitimately ignore (unknown query keys on a GET). */
  mustFail: boolean;
  /** The status the case must get once past authentication and CSRF. */
  expectStatus?: number;
}

export const NUL = 'ab\u0000cd';
export const HUGE = 'x'.repeat(100_000);
const DEPTH = 50_000;

/** Path segment values: injection, traversal, spoofing, encoding tricks (some sent unencoded). */
const PATH_VALUES: { value: string; raw?: boolean }[] = [
  { value: "' OR 1=1 --" },
  { value: '1; DROP TABLE app_user; --' },
  { value: '<script>alert(1)</script>' },
  { value: '../../../../etc/passwd' },
  { value: '..%2F..%2F..%2Fetc%2Fpasswd', raw: true },
  { value: '%252e%252e%252f', raw: true },
  { value: 'utente\u202Egnp.exe' },
  { value: 'not-a-uuid' },
  { value: '00000000-0000-0000-0000-00000000000g' },
  { value: ' ' },
  { value: 'a'.repeat(101) },
  { value: NUL },
  { value: '%00', raw: true },
  { value: '%', raw: true },
  { value: '%E0%A4%A', raw: true },
  { value: '%C0%AE%C0%AE', raw: true },
  { value: '😀\uFEFF\u200B' },
  { value: 'İSTANBUL' },
  { value: '%ED%A0%80', raw: true },
];

const QUERY_VALUES = ['abc', '-1', '1.5', '1e999', '99999999999999999999', "' OR 1=1 --", '<script>alert(1)</script>', 'utente\u202Egnp', HUGE];

const BROKEN_JSON = ['{"email":', '{email: 1}', "{'a': 1}", '{"a": 1,}', 'NaN', '\u0000', '{"a": "\\u12"}', '{"a": 1} trailing', '\uFEFF{"a":', '{"a":"' + '\\'.repeat(3) + '"}'];

function deep(depth: number): string {
  return '['.repeat(depth) + ']'.repeat(depth);
}

function pick<T>(items: T[], n: number, seed: number): T[] {
  if (items.length <= n) return items;
  return fc.sample(fc.shuffledSubarray(items, { minLength: n, maxLength: n }), { seed, numRuns: 1 })[0]!;
}

function bodyCases(op: Operation, url: string, seed: number): HostileCase[] {
  const out: HostileCase[] = [];
  const json = (name: string, value: unknown): HostileCase => ({ name, url, payload: JSON.stringify(value), contentType: 'application/json', mustFail: true });
  const schema = op.body;
  const props = Object.entries(schema?.properties ?? {});
  if (schema && props.length) {
    const base = validValue(schema, { full: true, seed }) as Record<string, unknown>;
    for (const [name, p] of props) {
      for (const v of pick(wrongTypedValues(p), 2, seed + name.length)) out.push(json(`${name} as ${jsonType(v)}`, { ...base, [name]: v }));
      if (admittedTypes(p).has('string') || admittedTypes(p).size === 0) {
        out.push(json(`${name} with NUL`, { ...base, [name]: NUL }));
        out.push(json(`${name} 100k chars`, { ...base, [name]: HUGE }));
      }
    }
    for (const name of schema.required ?? []) {
      const { [name]: _dropped, ...rest } = base;
      out.push(json(`without ${name}`, rest));
    }
    out.push(json('unknown field', { ...base, unexpectedField: 'x' }));
    out.push({ ...json('deeply nested property', null), payload: `{"${props[0]![0]}":${deep(DEPTH)}}` });
    out.push({ ...json('prototype pollution', null), payload: `{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}` });
    out.push(json('array instead of object', [base]));
    if (schema.required?.length) out.push(json('null body', null));
    out.push({ ...json('deeply nested body', null), payload: deep(DEPTH) });
    out.push({ name: 'utf-16 JSON', url, payload: '{"a":1}', contentType: 'application/json; charset=utf-16', mustFail: true });
  }
  // From here on the body never parses, so these hold for operations without a body schema too.
  for (const text of BROKEN_JSON) out.push({ ...json(`broken JSON ${JSON.stringify(text.slice(0, 12))}`, null), payload: text });
  out.push({ ...json('empty JSON body', null), payload: '' });
  out.push({ name: 'text/plain', url, payload: 'hello', contentType: 'text/plain', mustFail: true, expectStatus: 415 });
  out.push({ name: 'form', url, payload: 'a=1&b=2', contentType: 'application/x-www-form-urlencoded', mustFail: true, expectStatus: 415 });
  out.push({
    name: 'multipart garbage',
    url,
    payload: '--xx\r\nContent-Disposition: form-data; name="a"\r\n\r\n\u0000\u00ff--\r\n',
    contentType: 'multipart/form-data; boundary=xx',
    mustFail: true,
    expectStatus: 415,
  });
  out.push({ name: 'oversized body', url, payload: `{"x":"${'a'.repeat(1024 * 1024 + 64)}"}`, contentType: 'application/json', mustFail: true, expectStatus: 413 });
  return out;
}

function queryCases(op: Operation, url: string): HostileCase[] {
  const out: HostileCase[] = [];
  // A state-changing request must be refused for some other reason than ignorable junk, so
  // there the junk rides along with a body field the (strict) schema rejects.
  const strictBody = op.body?.additionalProperties === false;
  if (op.method !== 'GET' && !strictBody) return out;
  const extra = op.method === 'GET' ? {} : { payload: '{"unexpectedField":1}', contentType: 'application/json' };
  const at = (q: string) => `${url}?${q}`;
  // `lang` is the platform's language switch, read before validation; the suite sets it itself.
  for (const p of op.queryParams.filter((q) => q.name !== 'lang')) {
    for (const v of QUERY_VALUES.filter((x) => violatesParam(p.schema, x))) {
      out.push({ name: `?${p.name}=${v.slice(0, 20)}`, url: at(`${p.name}=${encodeURIComponent(v)}`), mustFail: true, ...extra });
    }
    out.push({ name: `?${p.name}=NUL`, url: at(`${p.name}=${encodeURIComponent(NUL)}`), mustFail: true, ...extra });
    out.push({ name: `?${p.name} twice`, url: at(`${p.name}=abc&${p.name}=%00`), mustFail: true, ...extra });
  }
  for (const junk of ['__proto__[polluted]=1', 'constructor[prototype][polluted]=1', 'junk=%00', 'a[b][c][d]=1', '%E0%A4%A=1', '=&&=']) {
    out.push({ name: `?${junk}`, url: at(junk), mustFail: op.method !== 'GET', ...extra });
  }
  return out;
}

export function hostileCases(op: Operation, seed: number): HostileCase[] {
  const cases: HostileCase[] = [];
  const validPath = urlOf(op, {});
  const body = op.body ? JSON.stringify(validValue(op.body, { full: true, seed })) : undefined;
  for (const p of op.pathParams) {
    for (const { value, raw } of PATH_VALUES) {
      const url = urlOf(op, { [p.name]: value }, { raw: !!raw });
      cases.push({ name: `{${p.name}}=${JSON.stringify(value.slice(0, 24))}`, url, payload: hasBody(op) ? body : undefined, contentType: 'application/json', mustFail: true });
    }
  }
  if (hasBody(op)) cases.push(...bodyCases(op, validPath, seed));
  cases.push(...queryCases(op, validPath));
  return cases;
}
