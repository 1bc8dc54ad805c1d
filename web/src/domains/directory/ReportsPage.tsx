import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ReportView } from '../../../../common/schemas/directory-views.js';
import { api, asApiError } from '../../app/api.js';
import { useFormat } from '../../app/format.js';
import { useApi } from '../../app/use-api.js';
import { Alert, ErrorSlot } from '../../components/Alert.js';
import { Button } from '../../components/Button.js';
import { DataTable } from '../../components/DataTable.js';
import { PageHeading } from '../../components/PageHeading.js';
import { Spinner } from '../../components/Spinner.js';
import { DirectoryNav } from './DirectoryNav.js';
import { REASON_LABELS } from './directory-labels.js';

/** "Wrong information" reports from the public finder: fix the service, then resolve; or dismiss. */
export function ReportsPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { data, error, loading, reload } = useApi<{ items: ReportView[] }>('/api/directory/reports?status=open');
  const [notice, setNotice] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const decide = async (r: ReportView, verb: 'resolve' | 'dismiss') => {
    setBusy(r.id);
    setActionError(null);
    try {
      await api.post(`/api/directory/reports/${r.id}/${verb}`, {});
      setNotice(t(verb === 'resolve' ? 'app.directory.reports.resolved' : 'app.directory.reports.dismissed', { name: r.service.name }));
      reload();
    } catch (err) {
      setActionError(asApiError(err).message);
    } finally {
      setBusy(null);
    }
  };
  return (
    <>
      <PageHeading title={t('app.directory.reports.title')} lead={t('app.directory.reports.lead')} />
      <DirectoryNav />
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      <ErrorSlot message={error?.message ?? actionError} />
      {loading && !data ? <Spinner /> : null}
      {data ? (
        <DataTable
          caption={t('app.directory.reports.title')}
          rows={data.items}
          rowKey={(r) => r.id}
          empty={t('app.directory.reports.empty')}
          columns={[
            { key: 'service', header: t('app.directory.reports.service'), rowHeader: true, cell: (r) => <Link to={`/directory/services/${r.service.id}`}>{r.service.name}</Link> },
            { key: 'reason', header: t('app.directory.reports.reason'), cell: (r) => t(REASON_LABELS[r.reason]!) },
            { key: 'message', header: t('app.directory.reports.message'), cell: (r) => <span className="app-pre-line">{r.message ?? ''}</span> },
            { key: 'date', header: t('app.directory.reports.date'), cell: (r) => fmt.dateTime(r.createdAt) },
            {
              key: 'actions',
              header: t('app.directory.fields.action'),
              cell: (r) => (
                <div className="d-flex flex-wrap gap-2">
                  <Button size="sm" busy={busy === r.id} onClick={() => void decide(r, 'resolve')} aria-label={t('app.directory.reports.resolveNamed', { name: r.service.name })}>
                    {t('app.directory.reports.resolve')}
                  </Button>
                  <Button size="sm" variant="outline-secondary" busy={busy === r.id} onClick={() => void decide(r, 'dismiss')} aria-label={t('app.directory.reports.dismissNamed', { name: r.service.name })}>
                    {t('app.directory.reports.dismiss')}
                  </Button>
                </div>
              ),
            },
          ]}
        />
      ) : null}
    </>
  );
}
