import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../errors.js';

// Optimistic concurrency over HTTP, one way for every record that has a version: a read answers
// `ETag: "<version>"`, a change must send it back in `If-Match`. Without it the change is refused
// (428), so that no client can overwrite a colleague's edit by not saying what it read; with a stale
// one it is refused too (409). Callers look the record up first, so an unknown or unreachable id
// answers 404 whatever the header says.

export function etagOf(version: number): string {
  return `"${version}"`;
}

export function sendEtag(reply: FastifyReply, version: number): void {
  reply.header('etag', etagOf(version));
}

/**
 * The version an If-Match header names: `"3"`, `W/"3"` or `3`. PRECONDITION_REQUIRED when absent;
 * a field error on `headers.if-match` for anything else (`*`, a list, garbage).
 */
export function versionFromIfMatch(header: string | string[] | undefined): number {
  const value = (Array.isArray(header) ? header[0] : header)?.trim();
  if (!value) throw new DomainError('PRECONDITION_REQUIRED');
  const m = /^(?:W\/)?"?(\d{1,9})"?$/.exec(value);
  if (!m) throw new DomainError('VALIDATION_FAILED', {}, [{ path: 'headers.if-match', code: 'invalid_format' }]);
  return Number(m[1]);
}

export function ifMatchVersion(request: FastifyRequest): number {
  return versionFromIfMatch(request.headers['if-match']);
}

/** Throws VERSION_CONFLICT unless `expected` is the record's current version. */
export function assertVersion(current: number, expected: number): void {
  if (current !== expected) throw new DomainError('VERSION_CONFLICT', { version: current });
}
