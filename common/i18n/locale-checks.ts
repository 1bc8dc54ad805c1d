import { isLiteralElement, isPoundElement, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

// Helpers of the locale tests (staff app and public finder): keys as dotted paths, and the argument
// names an ICU message uses.

export function flatten(obj: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(obj as Record<string, unknown>)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (v && typeof v === 'object') for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
    else out.set(key, String(v));
  }
  return out;
}

/** Names of the arguments a message uses, including those nested inside plural/select branches. */
export function argumentNames(ast: MessageFormatElement[], out = new Set<string>()): Set<string> {
  for (const el of ast) {
    if (!isLiteralElement(el) && !isPoundElement(el) && 'value' in el && typeof el.value === 'string') out.add(el.value);
    if ('options' in el) for (const opt of Object.values(el.options)) argumentNames(opt.value, out);
    if ('children' in el) argumentNames(el.children, out);
  }
  return out;
}
