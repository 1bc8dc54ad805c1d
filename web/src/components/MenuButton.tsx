import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { Icon } from './Icon.js';

interface MenuButtonProps {
  label: ReactNode;
  /** Accessible name when the visible label is terse (e.g. only a language code). */
  ariaLabel?: string;
  buttonClassName?: string;
  children(close: () => void): ReactNode;
}

/**
 * A disclosure that shows a short list of links or buttons (language switch, user menu).
 * Escape, a click outside or moving focus away closes it; no Bootstrap JS or Popper involved.
 */
export function MenuButton({ label, ariaLabel, buttonClassName = '', children }: MenuButtonProps) {
  const [open, setOpen] = useState(false);
  const wrapper = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menuId = `m${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  useEffect(() => {
    if (!open) return;
    const onPointer = (e: MouseEvent) => {
      if (!wrapper.current?.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setOpen(false);
        button.current?.focus();
      }
    };
    document.addEventListener('mousedown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('mousedown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);
  const close = () => setOpen(false);
  return (
    <div
      className="dropdown app-menu"
      ref={wrapper}
      onBlur={(e) => {
        if (!wrapper.current?.contains(e.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button
        ref={button}
        type="button"
        className={`btn btn-dropdown dropdown-toggle ${buttonClassName}`.trim()}
        aria-expanded={open}
        aria-controls={menuId}
        aria-label={ariaLabel}
        onClick={() => setOpen((o) => !o)}
      >
        {label}
        <Icon name="it-expand" className="icon-sm icon-white ms-1" />
      </button>
      <div id={menuId} className={`dropdown-menu app-menu-list${open ? ' show' : ''}`} hidden={!open}>
        <div className="link-list-wrapper">
          <ul className="link-list">{open ? children(close) : null}</ul>
        </div>
      </div>
    </div>
  );
}
