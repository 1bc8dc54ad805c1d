import type { ButtonHTMLAttributes } from 'react';

type Variant = 'primary' | 'secondary' | 'outline-primary' | 'outline-secondary' | 'danger' | 'outline-danger' | 'link';

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: Variant;
  size?: 'sm' | 'lg';
  /** Disables the button while an action runs and tells assistive technology so. */
  busy?: boolean;
}

export function Button({ variant = 'primary', size, busy = false, className = '', type = 'button', disabled, children, ...rest }: ButtonProps) {
  const classes = ['btn', `btn-${variant}`, size ? `btn-${size}` : '', className].filter(Boolean).join(' ');
  return (
    <button type={type} className={classes} disabled={disabled || busy} aria-busy={busy || undefined} {...rest}>
      {children}
    </button>
  );
}
