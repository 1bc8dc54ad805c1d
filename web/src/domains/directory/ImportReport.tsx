import { useTranslation } from 'react-i18next';
import type { ImportReportView } from '../../../../common/schemas/directory-import.js';
import type { FieldError } from '../../app/api.js';
import { useFormat } from '../../app/format.js';
import { DataTable } from '../../components/DataTable.js';
import { TABLE_LABELS } from './import-labels.js';

/** One problem of the file: where (file, row, column) and what, already translated by the server. */
export interface IssueRow {
  file: string;
  row: string;
  field: string;
  message: string;
}

/** The API's refusal names each problem as `file:row:field` (a file or column name may hold ':'). */
export function issueFromField(f: FieldError): IssueRow {
  const m = /^(.*?):(\d+|\?|\/[^:]*):(.*)$/.exec(f.path);
  return m ? { file: m[1]!, row: m[2]!, field: m[3]!, message: f.message } : { file: f.path, row: '', field: '', message: f.message };
}

export function issueFromWarning(w: ImportReportView['warnings'][number]): IssueRow {
  return { file: w.file, row: String(w.row), field: w.field, message: w.message };
}

/** What an import created and updated, per kind of record. */
export function ImportCounts({ report, caption }: { report: ImportReportView; caption: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const rows = Object.entries(report.counts).filter(([, c]) => c.inserted + c.updated > 0);
  return (
    <DataTable
      caption={caption}
      rows={rows}
      rowKey={([table]) => table}
      empty={t('app.directory.import.report.nothing')}
      columns={[
        { key: 'table', header: t('app.directory.import.report.records'), rowHeader: true, cell: ([table]) => (TABLE_LABELS[table] ? t(TABLE_LABELS[table]) : table) },
        { key: 'created', header: t('app.directory.import.report.created'), cell: ([, c]) => fmt.number(c.inserted) },
        { key: 'updated', header: t('app.directory.import.report.updated'), cell: ([, c]) => fmt.number(c.updated) },
      ]}
    />
  );
}

/** Problems (errors or warnings) with the row and column of the file they were found in. */
export function ImportIssues({ issues, caption, total }: { issues: IssueRow[]; caption: string; total?: number }) {
  const { t } = useTranslation();
  if (issues.length === 0) return null;
  return (
    <>
      <h3 className="h5 mt-4">{caption}</h3>
      {total !== undefined && total > issues.length ? <p>{t('app.directory.import.report.firstShown', { shown: issues.length, total })}</p> : null}
      <DataTable
        caption={caption}
        rows={issues.map((issue, i) => ({ ...issue, key: String(i) }))}
        rowKey={(r) => r.key}
        empty=""
        columns={[
          { key: 'row', header: t('app.directory.import.report.row'), rowHeader: true, cell: (r) => <bdi>{r.row}</bdi> },
          { key: 'field', header: t('app.directory.import.report.column'), cell: (r) => <bdi>{r.field}</bdi> },
          { key: 'message', header: t('app.directory.import.report.problem'), cell: (r) => r.message },
          { key: 'file', header: t('app.directory.import.report.file'), cell: (r) => <bdi>{r.file}</bdi> },
        ]}
      />
    </>
  );
}
