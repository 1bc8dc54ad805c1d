import { z } from 'zod';

// The directory import's contract, shared by the server (server/domains/hsds/import/) and the staff
// upload screen: the formats, the column mapping of a plain CSV, and the report the API answers.

export const IMPORT_FORMATS = ['hsds-json', 'hsds-csv', 'csv'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** Cell separators a plain CSV may use (Italian spreadsheets export `;`). */
export const CSV_DELIMITERS = [',', ';', '\t', '|'] as const;

const column = z.string().trim().min(1).max(200).optional();

/** Which of the file's columns holds each directory field: `name` is the one a sheet must have. */
export const plainCsvColumnsSchema = z
  .object({
    id: column,
    name: z.string().trim().min(1).max(200),
    description: column,
    organization: column,
    address: column,
    city: column,
    postcode: column,
    phone: column,
    email: column,
    website: column,
    lat: column,
    lng: column,
    categories: column,
    languages: column,
  })
  .strict();
export type PlainCsvField = keyof z.infer<typeof plainCsvColumnsSchema>;
/** The fields a plain CSV's columns can be mapped to, in the order a form shows them. */
export const PLAIN_CSV_FIELDS = Object.keys(plainCsvColumnsSchema.shape) as PlainCsvField[];

export const columnMappingSchema = z
  .object({
    delimiter: z.enum(CSV_DELIMITERS).optional(),
    /** Between the codes of a categories or languages cell. */
    listSeparator: z.string().min(1).max(3).optional(),
    columns: plainCsvColumnsSchema,
    defaults: z
      .object({ organization: z.string().min(1).max(300).optional(), city: z.string().min(1).max(200).optional(), country: z.string().length(2).optional(), status: z.string().optional() })
      .strict()
      .optional(),
  })
  .strict()
  .refine((m) => m.columns.organization || m.defaults?.organization, { path: ['columns', 'organization'], message: 'organization column or default required' });
export type ColumnMapping = z.infer<typeof columnMappingSchema>;

/** One problem of an import, as the API answers it (`message` translated). */
export interface ImportIssueView {
  file: string;
  row: number | string;
  field: string;
  code: string;
  message: string;
}

/** The answer of POST /api/directory/import[/file]; `counts` is keyed by HSDS table name. */
export interface ImportReportView {
  source: string | null;
  format: ImportFormat | null;
  dryRun: boolean;
  counts: Record<string, { inserted: number; updated: number }>;
  warnings: ImportIssueView[];
  warningCount: number;
  durationMs: number;
}
