import { forwardRef, type InputHTMLAttributes, type ReactNode } from 'react';
import { FieldMessages } from './FieldMessages.js';
import { useFieldIds } from './fields.js';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'children'> {
  label: string;
  hint?: ReactNode;
  error?: string | null;
}

/** A labelled Bootstrap Italia input; the label always sits above (no floating-label script). */
export const TextField = forwardRef<HTMLInputElement, TextFieldProps>(function TextField({ label, hint, error, id, className = '', type = 'text', ...rest }, ref) {
  const { controlId, hintId, errorId, aria } = useFieldIds(id, hint, error);
  return (
    <div className={`form-group ${className}`.trim()}>
      <label htmlFor={controlId} className="active">
        {label}
      </label>
      <input ref={ref} id={controlId} type={type} className={`form-control${error ? ' is-invalid' : ''}`} {...aria} {...rest} />
      <FieldMessages hint={hint} hintId={hintId} error={error} errorId={errorId} />
    </div>
  );
});
