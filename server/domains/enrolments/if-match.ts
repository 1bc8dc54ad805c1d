import { DomainError } from '../../platform/errors.js';

// Optimistic concurrency: a change names the version it was made on, as `If-Match: "<version>"`
// (the ETag the read returned). Called only once the record is known to exist and be reachable,
// so that a missing header never tells anything about a record the caller cannot see.

export function etagOf(version: number): string {
  return `"${version}"`;
}

/** The version an If-Match header names; 428 without one, 409 when it names none we could have sent. */
export function versionFromIfMatch(header: string | string[] | undefined): number {
  const value = Array.isArray(header) ? header[0] : header;
  if (value === undefined || value.trim() === '') throw new DomainError('PRECONDITION_REQUIRED');
  const m = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(value);
  if (!m) throw new DomainError('VERSION_CONFLICT');
  return Number(m[1]);
}
