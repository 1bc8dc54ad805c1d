import type { ErrorBody } from '../../../common/errors.js';
import { i18n } from './i18n.js';

export interface FieldError {
  path: string;
  code: string;
  message: string;
}

/** An API refusal, carrying the server's stable code and its already translated message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: FieldError[] = [],
    readonly requestId?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** Field messages keyed by the first segment after `body.` (e.g. `body.roles.0` → `roles`). */
  fieldMessages(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const f of this.fields) {
      const key = f.path.replace(/^(body|querystring|params)\.?/, '').split('.')[0] ?? '';
      if (key && !out[key]) out[key] = f.message;
    }
    return out;
  }
}

let csrfToken: string | null = null;
let onSignedOut: ((code: string) => void) | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when the server says the session is gone, so the app can send the user to sign in. */
export function onSessionLost(handler: ((code: string) => void) | null): void {
  onSignedOut = handler;
}

export interface RequestOptions {
  /** Do not treat a 401 as a lost session (sign-in itself, the initial session probe). */
  quiet401?: boolean;
  signal?: AbortSignal;
  /** Extra request headers, e.g. `If-Match` with the version of the record being changed. */
  headers?: Record<string, string>;
}

const SESSION_LOST = new Set(['AUTH_REQUIRED', 'AUTH_SESSION_EXPIRED']);

async function request<T>(method: string, path: string, body?: unknown, opts: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': i18n.language, ...opts.headers };
  // A Blob (an uploaded file) travels as it is, with its own type; anything else as JSON.
  const raw = body instanceof Blob;
  if (body !== undefined) headers['content-type'] = raw ? body.type || 'application/octet-stream' : 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : raw ? body : JSON.stringify(body),
      signal: opts.signal,
    });
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    throw new ApiError(0, 'UNAVAILABLE', i18n.t('errors.UNAVAILABLE'));
  }
  if (res.ok) {
    if (res.status === 204 || res.status === 202 || res.headers.get('content-length') === '0') return undefined as T;
    const text = await res.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }
  let parsed: Partial<ErrorBody> | null = null;
  try {
    parsed = (await res.json()) as Partial<ErrorBody>;
  } catch {
    parsed = null;
  }
  const e = parsed?.error;
  const code = e?.code ?? (res.status >= 500 ? 'UNAVAILABLE' : 'BAD_REQUEST');
  const error = new ApiError(res.status, code, e?.message ?? i18n.t(`errors.${code}`), e?.fields ?? [], e?.requestId);
  if (res.status === 401 && SESSION_LOST.has(code) && !opts.quiet401) onSignedOut?.(code);
  throw error;
}

export const api = {
  get: <T>(path: string, opts?: RequestOptions) => request<T>('GET', path, undefined, opts),
  post: <T>(path: string, body?: unknown, opts?: RequestOptions) => request<T>('POST', path, body ?? {}, opts),
  patch: <T>(path: string, body: unknown, opts?: RequestOptions) => request<T>('PATCH', path, body, opts),
  put: <T>(path: string, body: unknown, opts?: RequestOptions) => request<T>('PUT', path, body, opts),
  del: <T>(path: string, body?: unknown, opts?: RequestOptions) => request<T>('DELETE', path, body, opts),
  /** POSTs a file's bytes as the request body (the `type` of the Blob is its content type). */
  upload: <T>(path: string, file: Blob, opts?: RequestOptions) => request<T>('POST', path, file, opts),
};

/** A query string from the non-empty entries of `params`. */
export function query(params: Record<string, string | number | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

export function asApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  return new ApiError(0, 'INTERNAL', i18n.t('errors.UNAVAILABLE'));
}
