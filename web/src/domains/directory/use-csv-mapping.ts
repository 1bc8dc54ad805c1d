import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { columnMappingSchema, PLAIN_CSV_FIELDS } from '../../../../common/schemas/directory-import.js';
import { suggestColumns } from './column-suggest.js';
import { toMapping, type MappingDraft } from './ColumnMappingForm.js';
import { defaultListSeparator, previewCsv, readCsvText, sniffDelimiter, type CsvPreview, type Delimiter } from './import-file.js';

export interface CsvState {
  text: string;
  converted: boolean;
  preview: CsvPreview;
}

/**
 * The plain-CSV side of an import: the file's text and first rows, and the mapping being edited
 * (suggested from the headers, re-suggested when another cell separator changes the headers).
 */
export function useCsvMapping() {
  const { t } = useTranslation();
  const [csv, setCsv] = useState<CsvState | null>(null);
  const [draft, setDraft] = useState<MappingDraft | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  // A file read after another was chosen must not overwrite the newer one.
  const generation = useRef(0);

  const suggest = (preview: CsvPreview, delimiter: Delimiter, keep?: MappingDraft): MappingDraft => {
    const kept = keep && Object.values(keep.columns).every((c) => !c || preview.header.includes(c));
    return {
      delimiter,
      listSeparator: keep?.listSeparator ?? defaultListSeparator(delimiter),
      columns: kept ? keep.columns : suggestColumns(PLAIN_CSV_FIELDS, preview.header),
      defaultOrganization: keep?.defaultOrganization ?? '',
      defaultCity: keep?.defaultCity ?? '',
    };
  };

  const parse = async (text: string, delimiter: Delimiter): Promise<CsvPreview | null> => {
    try {
      const preview = await previewCsv(text, delimiter);
      if (preview.header.length === 0) throw new Error('no header');
      setReadError(null);
      return preview;
    } catch {
      setReadError(t('app.directory.import.readFailed'));
      return null;
    }
  };

  /** Reads a newly chosen file (null forgets the current one). */
  const load = async (file: Blob | null) => {
    const mine = ++generation.current;
    setCsv(null);
    setDraft(null);
    setErrors({});
    setReadError(null);
    if (!file) return;
    const { text, converted } = await readCsvText(file);
    const delimiter = sniffDelimiter(text);
    const preview = await parse(text, delimiter);
    if (!preview || mine !== generation.current) return;
    setCsv({ text, converted, preview });
    setDraft(suggest(preview, delimiter));
  };

  /** A change in the form; another separator reads the header again. */
  const change = async (next: MappingDraft) => {
    setErrors({});
    if (!csv || !draft || next.delimiter === draft.delimiter) {
      setDraft(next);
      return;
    }
    const preview = await parse(csv.text, next.delimiter);
    if (!preview) {
      setDraft(next);
      return;
    }
    setCsv({ ...csv, preview });
    setDraft(suggest(preview, next.delimiter, { ...next, listSeparator: defaultListSeparator(next.delimiter) }));
  };

  /** The mapping to send, or null (with the form's messages set) when it is incomplete. */
  const validMapping = () => {
    if (!draft) return null;
    const mapping = toMapping(draft);
    const parsed = columnMappingSchema.safeParse(mapping);
    if (parsed.success) return parsed.data;
    const out: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[issue.path.length - 1] ?? '');
      out[field] ??=
        field === 'name'
          ? t('app.directory.import.mapping.nameRequired')
          : field === 'organization'
            ? t('app.directory.import.mapping.organizationRequired')
            : t('app.directory.import.mapping.invalid');
    }
    setErrors(out);
    return null;
  };

  return { csv, draft, readError, errors, load, change, validMapping };
}
