import { CSV_DELIMITERS, type ImportFormat } from '../../../../common/schemas/directory-import.js';

// Reading the chosen file in the browser: its format from the name, and for a plain CSV its text,
// header and first rows (for the column-mapping step), nothing sent anywhere yet.

/** The server's raw-upload limit (server/domains/hsds/directory-transfer.routes.ts). */
export const MAX_UPLOAD_BYTES = 64 * 1024 * 1024;
export const PREVIEW_ROWS = 5;

export type Delimiter = (typeof CSV_DELIMITERS)[number];

export function formatFromName(name: string): ImportFormat {
  const lower = name.toLowerCase();
  if (lower.endsWith('.json')) return 'hsds-json';
  if (lower.endsWith('.zip')) return 'hsds-csv';
  return 'csv';
}

/** `;` or `,` (or a tab), whichever the header line uses most, as the server guesses. */
export function sniffDelimiter(text: string): Delimiter {
  const first = text.split(/\r?\n/, 1)[0] ?? '';
  const counts = ([',', ';', '\t'] as const).map((d) => [d, first.split(d).length] as const);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}

/** The separator inside a categories or languages cell when the file does not say: not the cell separator. */
export const defaultListSeparator = (delimiter: string) => (delimiter === ',' ? ';' : ',');

export interface CsvText {
  text: string;
  /** The file was not UTF-8 and was read as Windows-1252 (what Excel saves as "CSV"): it is sent converted. */
  converted: boolean;
}

/** The file's text: UTF-8, or Windows-1252 when the bytes are not valid UTF-8. */
export async function readCsvText(file: Blob): Promise<CsvText> {
  const bytes = await file.arrayBuffer();
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), converted: false };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), converted: true };
  }
}

export interface CsvPreview {
  header: string[];
  rows: Record<string, string>[];
}

/**
 * The header and the first rows. The parser (csv-parse, the server's own) is loaded only when a
 * CSV is chosen, so the rest of the staff app does not carry it.
 */
export async function previewCsv(text: string, delimiter: Delimiter): Promise<CsvPreview> {
  const { parse } = await import('csv-parse/browser/esm/sync');
  const records = parse(text, { bom: true, delimiter, to: PREVIEW_ROWS + 1, relax_column_count: true, skip_empty_lines: true }) as string[][];
  const header = (records[0] ?? []).map((h) => h.trim());
  const rows = records.slice(1).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]?.trim() ?? ''])));
  return { header: [...new Set(header.filter(Boolean))], rows };
}
