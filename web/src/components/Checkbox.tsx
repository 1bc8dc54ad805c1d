import { useId, type ReactNode } from 'react';

interface CheckboxProps {
  label: ReactNode;
  checked: boolean;
  onChange(checked: boolean): void;
  name?: string;
  value?: string;
  disabled?: boolean;
}

export function Checkbox({ label, checked, onChange, name, value, disabled }: CheckboxProps) {
  const id = `c${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  return (
    <div className="form-check">
      <input id={id} type="checkbox" name={name} value={value} checked={checked} disabled={disabled} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

interface CheckboxGroupProps {
  legend: string;
  options: { value: string; label: string }[];
  values: string[];
  onChange(values: string[]): void;
  error?: string | null;
  name: string;
}

/** A fieldset of checkboxes (e.g. roles); its error is tied to the group. */
export function CheckboxGroup({ legend, options, values, onChange, error, name }: CheckboxGroupProps) {
  const errorId = `${name}-error`;
  return (
    <fieldset className="mb-4" aria-describedby={error ? errorId : undefined}>
      <legend className="h6 fw-semibold text-body mb-2">{legend}</legend>
      <div className="row">
        {options.map((o) => (
          <div className="col-12 col-md-6" key={o.value}>
            <Checkbox
              name={name}
              value={o.value}
              label={o.label}
              checked={values.includes(o.value)}
              onChange={(on) => onChange(on ? [...values, o.value] : values.filter((v) => v !== o.value))}
            />
          </div>
        ))}
      </div>
      {error ? (
        <div id={errorId} className="invalid-feedback d-block">
          {error}
        </div>
      ) : null}
    </fieldset>
  );
}
