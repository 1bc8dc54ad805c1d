import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NeedTermView, ServiceListItem } from '../../../../common/schemas/directory-views.js';
import { api, asApiError } from '../../app/api.js';
import { useFormat } from '../../app/format.js';
import { useApi } from '../../app/use-api.js';
import { Alert, ErrorSlot } from '../../components/Alert.js';
import { Button } from '../../components/Button.js';
import { PageHeading } from '../../components/PageHeading.js';
import { Spinner } from '../../components/Spinner.js';
import { DirectoryNav } from './DirectoryNav.js';
import { ServiceTable } from './ServiceTable.js';

/** Published services never verified or past their re-check date, the most overdue first. */
export function VerificationPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { data, error, loading, reload } = useApi<{ items: ServiceListItem[]; total: number }>('/api/directory/verification-queue');
  const needs = useApi<{ items: NeedTermView[] }>('/api/directory/needs');
  const [notice, setNotice] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const verify = async (s: ServiceListItem) => {
    setBusy(s.id);
    setActionError(null);
    try {
      await api.post(`/api/directory/services/${s.id}/verify`, {});
      setNotice(t('app.directory.verification.done', { name: s.name }));
      reload();
    } catch (err) {
      setActionError(asApiError(err).message);
    } finally {
      setBusy(null);
    }
  };
  return (
    <>
      <PageHeading title={t('app.directory.verification.title')} lead={t('app.directory.verification.lead')} />
      <DirectoryNav />
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      <ErrorSlot message={error?.message ?? actionError} />
      {loading && !data ? <Spinner /> : null}
      {data ? (
        <>
          <p role="status">{t('app.directory.verification.count', { count: data.total })}</p>
          <ServiceTable
            rows={data.items}
            needs={needs.data?.items ?? []}
            caption={t('app.directory.verification.title')}
            empty={t('app.directory.verification.empty')}
            fmt={fmt}
            action={(s) => (
              <Button size="sm" variant="outline-primary" busy={busy === s.id} onClick={() => void verify(s)} aria-label={t('app.directory.verification.verifyNamed', { name: s.name })}>
                {t('app.directory.verification.verify')}
              </Button>
            )}
          />
        </>
      ) : null}
    </>
  );
}
