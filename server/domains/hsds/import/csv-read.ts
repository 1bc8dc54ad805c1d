import { parse } from 'csv-parse/sync';
import type { ImportIssue } from './coerce.js';

export interface CsvRecord {
  /** Line number in the file (the header is line 1); for a record spanning lines, its last line. */
  line: number;
  values: Record<string, string>;
}

export interface CsvTable {
  header: string[];
  records: CsvRecord[];
}

/** `;` or `,` (or a tab), whichever the header line uses most: Italian spreadsheets export `;`. */
export function sniffDelimiter(text: string): string {
  const first = text.split(/\r?\n/, 1)[0] ?? '';
  const counts = [',', ';', '\t'].map((d) => [d, first.split(d).length] as const);
  return counts.sort((a, b) => b[1] - a[1])[0]![0];
}

/**
 * Reads one CSV file (RFC 4180, UTF-8 with or without BOM). A malformed file (unbalanced quotes,
 * a row with more or fewer cells than the header) is reported with its line and yields nothing.
 */
export function readCsv(text: string, file: string, errors: ImportIssue[], delimiter = ','): CsvTable | null {
  try {
    const rows = parse(text, { bom: true, columns: (h: string[]) => h.map((c) => c.trim()), skip_empty_lines: true, info: true, delimiter }) as {
      record: Record<string, string>;
      info: { lines: number; columns?: { name: string }[] };
    }[];
    const header = rows[0]?.info.columns?.map((c) => c.name) ?? parse(text, { bom: true, to_line: 1, delimiter })[0] ?? [];
    return { header, records: rows.map((r) => ({ line: r.info.lines, values: r.record })) };
  } catch (err) {
    const e = err as { code?: string; lines?: number };
    errors.push({ file, row: e.lines ?? 1, field: '', code: e.code === 'CSV_RECORD_INCONSISTENT_COLUMNS' ? 'csv_columns' : 'csv_syntax' });
    return null;
  }
}
