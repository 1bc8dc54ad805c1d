import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../../platform/errors.js';

// Optimistic concurrency over HTTP: a read answers `ETag: "<version>"`, a change must send it back
// in `If-Match`. Without it the change is refused (428), so that no client can overwrite a
// colleague's edit by simply not saying what it read; with a stale one it is refused too (409).
// The record is looked up first, so an unknown id still answers 404 whatever the header.

export function etagOf(version: number): string {
  return `"${version}"`;
}

export function sendEtag(reply: FastifyReply, version: number): void {
  reply.header('etag', etagOf(version));
}

/**
 * The version named by If-Match: `"3"`, `W/"3"` or `3`. PRECONDITION_REQUIRED when absent; a
 * field error for anything else (`*`, a list, garbage), as for person records (P1's update-person).
 */
export function ifMatchVersion(request: FastifyRequest): number {
  const raw = request.headers['if-match'];
  const value = (Array.isArray(raw) ? raw[0] : raw)?.trim();
  if (!value) throw new DomainError('PRECONDITION_REQUIRED');
  const m = /^(?:W\/)?"?(\d{1,9})"?$/.exec(value);
  if (!m) throw new DomainError('VALIDATION_FAILED', {}, [{ path: 'headers.if-match', code: 'invalid_format' }]);
  return Number(m[1]);
}

/** Throws VERSION_CONFLICT unless `expected` is the record's current version. */
export function assertVersion(current: number, expected: number): void {
  if (current !== expected) throw new DomainError('VERSION_CONFLICT', { version: current });
}
