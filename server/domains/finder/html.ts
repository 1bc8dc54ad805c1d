// A tiny HTML templating helper for the server-rendered public finder: every interpolated value is
// escaped unless it is already `Html` (built by this same tag), so a service name can never inject markup.

export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

function render(value: unknown): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i++) out += render(values[i]) + (strings[i + 1] ?? '');
  return new Html(out);
}

/** Trusted markup (only for strings this module's callers built themselves). */
export function raw(s: string): Html {
  return new Html(s);
}

/** `name="value"` pairs for boolean attributes. */
export function attr(name: string, on: boolean): Html {
  return on ? raw(` ${name}`) : raw('');
}
