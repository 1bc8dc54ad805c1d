import type { ReactNode } from 'react';

/** The hint and error under a form control, with the ids its aria-describedby points at (see useFieldIds). */
export function FieldMessages({ hint, hintId, error, errorId }: { hint?: ReactNode; hintId?: string; error?: string | null; errorId?: string }) {
  return (
    <>
      {hint ? (
        <small id={hintId} className="form-text">
          {hint}
        </small>
      ) : null}
      {error ? (
        <div id={errorId} className="invalid-feedback d-block">
          {error}
        </div>
      ) : null}
    </>
  );
}
