import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DuplicatePair } from '../../../../common/schemas/directory-views.js';
import { api, asApiError } from '../../app/api.js';
import { useApi } from '../../app/use-api.js';
import { Alert, ErrorSlot } from '../../components/Alert.js';
import { Button } from '../../components/Button.js';
import { ConfirmDialog } from '../../components/Dialog.js';
import { DataTable } from '../../components/DataTable.js';
import { PageHeading } from '../../components/PageHeading.js';
import { Spinner } from '../../components/Spinner.js';
import { DirectoryNav } from './DirectoryNav.js';
import { DUPLICATE_REASON_LABELS } from './directory-labels.js';

type Side = DuplicatePair['a'];

/** Services that look like the same one, and merging them (the survivor keeps everything). */
export function DuplicatesPage() {
  const { t } = useTranslation();
  const { data, error, loading, reload } = useApi<{ items: DuplicatePair[] }>('/api/directory/duplicates');
  const [merging, setMerging] = useState<{ dup: Side; into: Side } | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const merge = async () => {
    if (!merging) return;
    setBusy(true);
    setActionError(null);
    try {
      await api.post(`/api/directory/services/${merging.dup.id}/merge`, { intoId: merging.into.id });
      setNotice(t('app.directory.duplicates.merged', { dup: merging.dup.name, into: merging.into.name }));
      setMerging(null);
      reload();
    } catch (err) {
      setActionError(asApiError(err).message);
      setMerging(null);
    } finally {
      setBusy(false);
    }
  };
  const side = (s: Side) => (
    <>
      <Link to={`/directory/services/${s.id}`}>{s.name}</Link>
      <br />
      <small>
        {s.organizationName}
        {s.address ? ` — ${s.address}` : ''}
      </small>
    </>
  );
  return (
    <>
      <PageHeading title={t('app.directory.duplicates.title')} lead={t('app.directory.duplicates.lead')} />
      <DirectoryNav />
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      <ErrorSlot message={error?.message ?? actionError} />
      {loading && !data ? <Spinner /> : null}
      {data ? (
        <DataTable
          caption={t('app.directory.duplicates.title')}
          rows={data.items}
          rowKey={(p) => `${p.a.id}-${p.b.id}`}
          empty={t('app.directory.duplicates.empty')}
          columns={[
            { key: 'a', header: t('app.directory.duplicates.first'), rowHeader: true, cell: (p) => side(p.a) },
            { key: 'b', header: t('app.directory.duplicates.second'), cell: (p) => side(p.b) },
            { key: 'why', header: t('app.directory.duplicates.reason'), cell: (p) => `${t(DUPLICATE_REASON_LABELS[p.reason]!)} (${Math.round(p.score * 100)}%)` },
            {
              key: 'merge',
              header: t('app.directory.fields.action'),
              cell: (p) => (
                <div className="d-flex flex-wrap gap-2">
                  <Button size="sm" variant="outline-primary" onClick={() => setMerging({ dup: p.b, into: p.a })}>
                    {t('app.directory.duplicates.keep', { name: p.a.name })}
                  </Button>
                  <Button size="sm" variant="outline-primary" onClick={() => setMerging({ dup: p.a, into: p.b })}>
                    {t('app.directory.duplicates.keep', { name: p.b.name })}
                  </Button>
                </div>
              ),
            },
          ]}
        />
      ) : null}
      <ConfirmDialog
        open={merging !== null}
        title={t('app.directory.duplicates.confirmTitle')}
        confirmLabel={t('app.directory.duplicates.merge')}
        danger
        busy={busy}
        onCancel={() => setMerging(null)}
        onConfirm={() => void merge()}
      >
        <p>{merging ? t('app.directory.duplicates.confirmText', { dup: merging.dup.name, into: merging.into.name }) : null}</p>
      </ConfirmDialog>
    </>
  );
}
