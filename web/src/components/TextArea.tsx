import type { ReactNode, TextareaHTMLAttributes } from 'react';
import { FieldMessages } from './FieldMessages.js';
import { useFieldIds } from './fields.js';

interface TextAreaProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'children'> {
  label: string;
  hint?: ReactNode;
  error?: string | null;
}

/** A labelled multi-line field, wired like TextField (hint and error announced with it). */
export function TextArea({ label, hint, error, id, className = '', rows = 3, ...rest }: TextAreaProps) {
  const { controlId, hintId, errorId, aria } = useFieldIds(id, hint, error);
  return (
    <div className={`form-group ${className}`.trim()}>
      <label htmlFor={controlId} className="active">
        {label}
      </label>
      <textarea id={controlId} rows={rows} className={`form-control${error ? ' is-invalid' : ''}`} {...aria} {...rest} />
      <FieldMessages hint={hint} hintId={hintId} error={error} errorId={errorId} />
    </div>
  );
}
