import { useTranslation } from 'react-i18next';

// Plain links: the browser downloads the file itself (the session cookie goes along, and the
// server names the file in Content-Disposition), so no script holds a whole directory in memory.
const EXPORTS = [
  { format: 'json', labelKey: 'app.directory.import.exportJson' },
  { format: 'csv', labelKey: 'app.directory.import.exportCsv' },
] as const;

/** The tenant's published directory as HSDS 3.1 files (GET /api/directory/export). */
export function ExportSection() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="export-heading" className="mb-5">
      <h2 id="export-heading" className="h3">
        {t('app.directory.import.exportHeading')}
      </h2>
      <p>{t('app.directory.import.exportLead')}</p>
      <div className="d-flex flex-wrap gap-3">
        {EXPORTS.map((e) => (
          <a key={e.format} className="btn btn-outline-primary" href={`/api/directory/export?format=${e.format}`} download>
            {t(e.labelKey)}
          </a>
        ))}
      </div>
    </section>
  );
}
