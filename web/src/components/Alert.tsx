import type { ReactNode } from 'react';

type Tone = 'danger' | 'success' | 'info' | 'warning';

/** Errors interrupt (role=alert); other notices are announced politely (role=status). */
export function Alert({ tone, children, className = '' }: { tone: Tone; children: ReactNode; className?: string }) {
  return (
    <div className={`alert alert-${tone} ${className}`.trim()} role={tone === 'danger' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}

/** An alert slot that stays in the DOM so screen readers notice when a message appears in it. */
export function ErrorSlot({ message }: { message: string | null | undefined }) {
  return <div role="alert">{message ? <div className="alert alert-danger">{message}</div> : null}</div>;
}
