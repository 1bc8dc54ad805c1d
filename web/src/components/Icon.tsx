import sprites from 'bootstrap-italia/dist/svg/sprites.svg?url';

/** A Bootstrap Italia sprite icon; decorative unless given a `label`. */
export function Icon({ name, className = '', label }: { name: string; className?: string; label?: string }) {
  return (
    <svg className={`icon ${className}`.trim()} aria-hidden={label ? undefined : true} role={label ? 'img' : undefined} aria-label={label} focusable="false">
      <use href={`${sprites}#${name}`} />
    </svg>
  );
}
