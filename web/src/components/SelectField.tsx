import type { ReactNode, SelectHTMLAttributes } from 'react';
import { FieldMessages } from './FieldMessages.js';
import { useFieldIds } from './fields.js';

export interface Option {
  value: string;
  label: string;
}

interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'children'> {
  label: string;
  options: Option[];
  /** Label of an empty first option ("any", "choose…"); omitted when a value is mandatory. */
  placeholder?: string;
  hint?: ReactNode;
  error?: string | null;
}

export function SelectField({ label, options, placeholder, hint, error, id, className = '', ...rest }: SelectFieldProps) {
  const { controlId, hintId, errorId, aria } = useFieldIds(id, hint, error);
  return (
    <div className={`select-wrapper form-group ${className}`.trim()}>
      <label htmlFor={controlId}>{label}</label>
      <select id={controlId} className={error ? 'is-invalid' : undefined} {...aria} {...rest}>
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldMessages hint={hint} hintId={hintId} error={error} errorId={errorId} />
    </div>
  );
}
