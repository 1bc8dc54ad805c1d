import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { IMPORT_FORMATS, type ImportFormat, type ImportReportView } from '../../../../common/schemas/directory-import.js';
import type { NeedTermView } from '../../../../common/schemas/directory-views.js';
import { api, asApiError, query } from '../../app/api.js';
import { Forbidden } from '../../app/guards.js';
import { useApi } from '../../app/use-api.js';
import { Alert, ErrorSlot } from '../../components/Alert.js';
import { Button } from '../../components/Button.js';
import { PageHeading } from '../../components/PageHeading.js';
import { SelectField } from '../../components/SelectField.js';
import { TextField } from '../../components/TextField.js';
import { ColumnMappingForm, toMapping } from './ColumnMappingForm.js';
import { DirectoryNav } from './DirectoryNav.js';
import { ExportSection } from './ExportSection.js';
import { useCanImport } from './import-access.js';
import { formatFromName, MAX_UPLOAD_BYTES } from './import-file.js';
import { FORMAT_LABELS } from './import-labels.js';
import { ImportCounts, ImportIssues, issueFromField, issueFromWarning, type IssueRow } from './ImportReport.js';
import { useCsvMapping } from './use-csv-mapping.js';

type Phase = 'idle' | 'reading' | 'checking' | 'importing';

interface Failure {
  message: string;
  issues: IssueRow[];
}

/**
 * Importing a file into the tenant's directory (HSDS JSON, a CSV datapackage, or a plain CSV with a
 * column mapping), always checked first by a dry run; exporting it. The server does the import in
 * one transaction: a file with errors imports nothing.
 */
export function ImportPage() {
  const { t } = useTranslation();
  const canImport = useCanImport();
  const needs = useApi<{ items: NeedTermView[] }>(canImport ? '/api/directory/needs' : null);
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [format, setFormat] = useState<ImportFormat>('csv');
  const [phase, setPhase] = useState<Phase>('idle');
  const [fileError, setFileError] = useState<string | null>(null);
  // The dry run's report, valid only for what was checked (file, format and mapping).
  const [checked, setChecked] = useState<{ key: string; report: ImportReportView } | null>(null);
  const [done, setDone] = useState<ImportReportView | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const csv = useCsvMapping();
  // The import button disappears once used: its result takes the focus, so keyboard users stay in place.
  const doneHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (done) doneHeading.current?.focus();
  }, [done]);

  if (!canImport) return <Forbidden />;

  const forget = () => {
    setChecked(null);
    setDone(null);
    setFailure(null);
  };
  const readAs = async (chosen: File | null, fmt: ImportFormat) => {
    forget();
    setPhase('reading');
    try {
      await csv.load(chosen && fmt === 'csv' ? chosen : null);
    } catch {
      // The file changed or vanished on disk after it was chosen.
      setFileError(t('validation.unreadable'));
    } finally {
      setPhase('idle');
    }
  };
  const choose = (chosen: File | null) => {
    setFile(chosen);
    setFileError(chosen && chosen.size > MAX_UPLOAD_BYTES ? t('errors.PAYLOAD_TOO_LARGE') : null);
    const fmt = chosen ? formatFromName(chosen.name) : 'csv';
    setFormat(fmt);
    void readAs(chosen, fmt);
  };
  // What a dry run checked: the import button stays only while nothing of it has changed.
  const currentKey = JSON.stringify([file?.name, file?.size, file?.lastModified, format, format === 'csv' && csv.draft ? toMapping(csv.draft) : null]);

  const run = async (dryRun: boolean) => {
    if (!file || fileError) return;
    const key = currentKey;
    const m = format === 'csv' ? csv.validMapping() : undefined;
    if (format === 'csv' && !m) return;
    setFailure(null);
    setPhase(dryRun ? 'checking' : 'importing');
    const params = query({ filename: file.name, format, mapping: m ? JSON.stringify(m) : undefined, dryRun: String(dryRun) });
    // A plain CSV travels as the text read here (converted to UTF-8 if it was not); other files as they are.
    const body = format === 'csv' && csv.csv ? new Blob([csv.csv.text], { type: 'text/csv' }) : file.slice(0, file.size, 'application/octet-stream');
    try {
      const report = await api.upload<ImportReportView>(`/api/directory/import/file${params}`, body);
      if (dryRun) setChecked({ key, report });
      else {
        setDone(report);
        setChecked(null);
      }
    } catch (err) {
      const e = asApiError(err);
      setChecked(null);
      setFailure({ message: e.message, issues: e.code === 'IMPORT_INVALID' ? e.fields.map(issueFromField) : [] });
    } finally {
      setPhase('idle');
    }
  };
  const check = (e: FormEvent) => {
    e.preventDefault();
    void run(true);
  };
  const again = () => {
    if (input.current) {
      input.current.value = '';
      input.current.focus();
    }
    choose(null);
  };

  const ready = checked?.key === currentKey ? checked.report : null;
  const services = (r: ImportReportView) => r.counts.service ?? { inserted: 0, updated: 0 };
  const status =
    phase === 'reading'
      ? t('app.directory.import.status.reading')
      : phase === 'checking'
        ? t('app.directory.import.status.checking')
        : phase === 'importing'
          ? t('app.directory.import.status.importing')
          : done
            ? t('app.directory.import.status.imported', { created: services(done).inserted, updated: services(done).updated, warnings: done.warningCount })
            : ready
              ? t('app.directory.import.status.checked', { created: services(ready).inserted, updated: services(ready).updated, warnings: ready.warningCount })
              : '';

  return (
    <>
      <PageHeading title={t('app.directory.import.title')} lead={t('app.directory.import.lead')} />
      <DirectoryNav />
      <section aria-labelledby="import-heading" className="mb-5">
        <h2 id="import-heading" className="h3">
          {t('app.directory.import.importHeading')}
        </h2>
        <form onSubmit={check} noValidate>
          <div className="row">
            <div className="col-12 col-lg-7">
              <TextField
                ref={input}
                type="file"
                label={t('app.directory.import.file')}
                hint={t('app.directory.import.fileHint')}
                accept=".csv,.json,.zip,text/csv,application/json,application/zip"
                error={fileError}
                onChange={(e) => choose(e.target.files?.[0] ?? null)}
              />
            </div>
            <div className="col-12 col-lg-5">
              <SelectField
                label={t('app.directory.import.format')}
                options={IMPORT_FORMATS.map((f) => ({ value: f, label: t(FORMAT_LABELS[f]) }))}
                value={format}
                disabled={!file}
                onChange={(e) => {
                  const fmt = e.target.value as ImportFormat;
                  setFormat(fmt);
                  void readAs(file, fmt);
                }}
              />
            </div>
          </div>
          {csv.csv?.converted ? <Alert tone="info">{t('app.directory.import.converted')}</Alert> : null}
          <ErrorSlot message={format === 'csv' ? csv.readError : null} />
          {format === 'csv' && csv.csv && csv.draft ? (
            <ColumnMappingForm
              preview={csv.csv.preview}
              draft={csv.draft}
              errors={csv.errors}
              needs={needs.data?.items ?? []}
              onChange={(next) => {
                forget();
                void csv.change(next);
              }}
            />
          ) : null}
          <div className="d-flex flex-wrap gap-3 my-4">
            {done ? null : (
              <Button type="submit" variant={ready ? 'outline-primary' : 'primary'} busy={phase === 'checking'} disabled={!file || !!fileError || phase !== 'idle' || (format === 'csv' && !csv.draft)}>
                {t('app.directory.import.check')}
              </Button>
            )}
            {ready && !done ? (
              <Button busy={phase === 'importing'} disabled={phase !== 'idle'} onClick={() => void run(false)}>
                {t('app.directory.import.run')}
              </Button>
            ) : null}
          </div>
        </form>
        <div role="status" aria-live="polite" className="fw-semibold mb-3">
          {status}
        </div>
        <ErrorSlot message={failure?.message} />
        {failure ? <ImportIssues issues={failure.issues} caption={t('app.directory.import.report.errors')} /> : null}
        {ready && !done ? (
          <>
            <h3 className="h4">{t('app.directory.import.report.checkedTitle')}</h3>
            <ImportCounts report={ready} caption={t('app.directory.import.report.checkedTitle')} />
            <ImportIssues issues={ready.warnings.map(issueFromWarning)} total={ready.warningCount} caption={t('app.directory.import.report.warnings')} />
          </>
        ) : null}
        {done ? (
          <>
            <h3 className="h4" ref={doneHeading} tabIndex={-1}>
              {t('app.directory.import.report.doneTitle')}
            </h3>
            <ImportCounts report={done} caption={t('app.directory.import.report.doneTitle')} />
            <ImportIssues issues={done.warnings.map(issueFromWarning)} total={done.warningCount} caption={t('app.directory.import.report.warnings')} />
            <div className="d-flex flex-wrap gap-3 my-4">
              <Link className="btn btn-primary" to="/directory">
                {t('app.directory.import.toServices')}
              </Link>
              <Button variant="outline-primary" onClick={again}>
                {t('app.directory.import.another')}
              </Button>
            </div>
          </>
        ) : null}
      </section>
      <ExportSection />
    </>
  );
}
