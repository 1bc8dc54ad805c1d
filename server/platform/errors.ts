import type { ErrorCode } from '../../common/errors.js';

export interface FieldError {
  path: string;
  code: string;
  params?: Record<string, unknown>;
}

/** A business rule said no. `code` is stable; the HTTP edge maps it to a status and a translated message. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: Record<string, unknown> = {},
    readonly fields: FieldError[] = [],
  ) {
    super(code);
    this.name = 'DomainError';
  }
}

export const notFound = () => new DomainError('NOT_FOUND');
export const forbidden = () => new DomainError('FORBIDDEN');

/** Maps PostgreSQL errors that bad input can cause to domain errors (unique keys, checks, bad casts). */
export function fromDatabaseError(err: unknown): DomainError | null {
  const e = err as { code?: string; constraint?: string };
  if (!e || typeof e.code !== 'string') return null;
  switch (e.code) {
    case '23505':
      if (e.constraint?.includes('email')) return new DomainError('EMAIL_TAKEN');
      if (e.constraint?.includes('slug')) return new DomainError('SLUG_TAKEN');
      return new DomainError('CONFLICT');
    case '23503':
      return new DomainError('VALIDATION_FAILED');
    case '23514':
    case '22P02':
    case '22001':
    case '22007':
    case '22008':
    // Text PostgreSQL cannot store: a NUL character (U+0000), in text or inside JSON.
    case '22021':
    case '22P05':
      return new DomainError('VALIDATION_FAILED');
    default:
      return null;
  }
}
