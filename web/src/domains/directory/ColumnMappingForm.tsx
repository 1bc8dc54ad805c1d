import { useTranslation } from 'react-i18next';
import { CSV_DELIMITERS, PLAIN_CSV_FIELDS, type ColumnMapping, type PlainCsvField } from '../../../../common/schemas/directory-import.js';
import type { NeedTermView } from '../../../../common/schemas/directory-views.js';
import { DataTable } from '../../components/DataTable.js';
import { SelectField } from '../../components/SelectField.js';
import { TextField } from '../../components/TextField.js';
import type { CsvPreview, Delimiter } from './import-file.js';
import { DELIMITER_LABELS, FIELD_HINTS, FIELD_LABELS } from './import-labels.js';
import { needName } from './ServiceTable.js';

/** The mapping as the form edits it: empty strings for "not set". */
export interface MappingDraft {
  delimiter: Delimiter;
  listSeparator: string;
  columns: Partial<Record<PlainCsvField, string>>;
  defaultOrganization: string;
  defaultCity: string;
}

/** The mapping the API takes (common/schemas/directory-import.ts), from what the form holds. */
export function toMapping(d: MappingDraft): ColumnMapping {
  const columns = Object.fromEntries(Object.entries(d.columns).filter(([, c]) => c)) as ColumnMapping['columns'];
  const defaults = { organization: d.defaultOrganization.trim() || undefined, city: d.defaultCity.trim() || undefined };
  return { delimiter: d.delimiter, listSeparator: d.listSeparator || undefined, columns, ...(defaults.organization || defaults.city ? { defaults } : {}) };
}

interface Props {
  preview: CsvPreview;
  draft: MappingDraft;
  onChange(next: MappingDraft): void;
  /** Messages by field (`name`, `organization`, `listSeparator`). */
  errors: Record<string, string>;
  needs: NeedTermView[];
}

/** Step two for a plain CSV: which column holds what, values for every row, and the mapped first rows. */
export function ColumnMappingForm({ preview, draft, onChange, errors, needs }: Props) {
  const { t, i18n } = useTranslation();
  const set = (field: PlainCsvField, column: string) => onChange({ ...draft, columns: { ...draft.columns, [field]: column || undefined } });
  const options = preview.header.map((h) => ({ value: h, label: h }));
  // A value for every row stands in for an empty cell (or a column not mapped), as on the server.
  const fallback: Partial<Record<PlainCsvField, string>> = { organization: draft.defaultOrganization.trim(), city: draft.defaultCity.trim() };
  const mapped = PLAIN_CSV_FIELDS.filter((f) => draft.columns[f] || fallback[f]);
  const hint = (f: PlainCsvField) => (FIELD_HINTS[f] ? t(FIELD_HINTS[f], { separator: draft.listSeparator }) : undefined);
  return (
    <>
      <fieldset className="mb-4">
        <legend className="h4 px-0">{t('app.directory.import.mapping.legend')}</legend>
        <p>{t('app.directory.import.mapping.intro', { count: preview.header.length })}</p>
        <div className="row">
          {PLAIN_CSV_FIELDS.map((f) => (
            <div className="col-12 col-md-6 col-lg-4" key={f}>
              <SelectField
                label={f === 'name' ? t('app.directory.import.mapping.required', { field: t(FIELD_LABELS[f]) }) : t(FIELD_LABELS[f])}
                placeholder={t('app.directory.import.mapping.notInFile')}
                options={options}
                value={draft.columns[f] ?? ''}
                onChange={(e) => set(f, e.target.value)}
                hint={hint(f)}
                error={errors[f]}
                aria-required={f === 'name' || undefined}
              />
            </div>
          ))}
        </div>
        {needs.length ? (
          <details className="mb-3">
            <summary>{t('app.directory.import.mapping.needCodes')}</summary>
            <ul className="mt-2">
              {needs.map((n) => (
                <li key={n.code}>
                  <code>{n.code}</code> — {needName(n, i18n.language)}
                </li>
              ))}
            </ul>
          </details>
        ) : null}
      </fieldset>
      <fieldset className="mb-4">
        <legend className="h4 px-0">{t('app.directory.import.mapping.defaultsLegend')}</legend>
        <div className="row">
          <div className="col-12 col-md-6">
            <TextField
              label={t('app.directory.import.mapping.defaultOrganization')}
              hint={t('app.directory.import.mapping.defaultOrganizationHint')}
              value={draft.defaultOrganization}
              maxLength={300}
              onChange={(e) => onChange({ ...draft, defaultOrganization: e.target.value })}
            />
          </div>
          <div className="col-12 col-md-6">
            <TextField label={t('app.directory.import.mapping.defaultCity')} value={draft.defaultCity} maxLength={200} onChange={(e) => onChange({ ...draft, defaultCity: e.target.value })} />
          </div>
        </div>
      </fieldset>
      <fieldset className="mb-4">
        <legend className="h4 px-0">{t('app.directory.import.mapping.layoutLegend')}</legend>
        <div className="row">
          <div className="col-12 col-md-6">
            <SelectField
              label={t('app.directory.import.mapping.delimiter')}
              options={CSV_DELIMITERS.map((d) => ({ value: d, label: t(DELIMITER_LABELS[d]!) }))}
              value={draft.delimiter}
              onChange={(e) => onChange({ ...draft, delimiter: e.target.value as Delimiter })}
            />
          </div>
          <div className="col-12 col-md-6">
            <TextField
              label={t('app.directory.import.mapping.listSeparator')}
              hint={t('app.directory.import.mapping.listSeparatorHint')}
              value={draft.listSeparator}
              maxLength={3}
              error={errors.listSeparator}
              onChange={(e) => onChange({ ...draft, listSeparator: e.target.value })}
            />
          </div>
        </div>
      </fieldset>
      <h3 className="h4">{t('app.directory.import.preview.title', { count: preview.rows.length })}</h3>
      {mapped.length ? (
        <DataTable
          caption={t('app.directory.import.preview.caption')}
          rows={preview.rows.map((r, i) => ({ r, key: String(i) }))}
          rowKey={(x) => x.key}
          empty={t('app.directory.import.preview.empty')}
          columns={mapped.map((f, i) => ({
            key: f,
            header: t(FIELD_LABELS[f]),
            rowHeader: i === 0,
            cell: (x: { r: Record<string, string>; key: string }) => <bdi>{(draft.columns[f] && x.r[draft.columns[f]]) || fallback[f]}</bdi>,
          }))}
        />
      ) : (
        <p>{t('app.directory.import.preview.nothingMapped')}</p>
      )}
    </>
  );
}
