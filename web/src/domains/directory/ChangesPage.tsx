import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ChangeView } from '../../../../common/schemas/directory-views.js';
import { api, asApiError } from '../../app/api.js';
import { useFormat } from '../../app/format.js';
import { useSession } from '../../app/session.js';
import { useApi } from '../../app/use-api.js';
import { Alert, ErrorSlot } from '../../components/Alert.js';
import { Button } from '../../components/Button.js';
import { ConfirmDialog } from '../../components/Dialog.js';
import { PageHeading } from '../../components/PageHeading.js';
import { Spinner } from '../../components/Spinner.js';
import { DirectoryNav } from './DirectoryNav.js';
import { TextArea } from '../../components/TextArea.js';
import { fieldLabel } from './directory-labels.js';

const show = (v: unknown) => (v === null || v === undefined || v === '' ? '—' : typeof v === 'string' ? v : JSON.stringify(v));

/** Partners' proposed edits of published services, for coordinators to approve or reject. */
export function ChangesPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { can } = useSession();
  const { data, error, loading, reload } = useApi<{ items: ChangeView[] }>('/api/directory/changes?status=pending');
  const [rejecting, setRejecting] = useState<ChangeView | null>(null);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);

  const decide = async (c: ChangeView, verdict: 'approve' | 'reject') => {
    setBusy(true);
    setActionError(null);
    try {
      await api.post(`/api/directory/changes/${c.id}/${verdict}`, verdict === 'reject' && comment.trim() ? { comment: comment.trim() } : {});
      setNotice(t(verdict === 'approve' ? 'app.directory.changes.approved' : 'app.directory.changes.rejected', { name: c.service.name }));
      setRejecting(null);
      setComment('');
      reload();
    } catch (err) {
      setActionError(asApiError(err).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeading title={t('app.directory.changes.title')} lead={t('app.directory.changes.lead')} />
      <DirectoryNav />
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      <ErrorSlot message={error?.message ?? actionError} />
      {loading ? <Spinner /> : null}
      {data && data.items.length === 0 ? <p className="text-secondary">{t('app.directory.changes.empty')}</p> : null}
      {data?.items.map((c) => (
        <article className="app-card mb-4" key={c.id} aria-labelledby={`change-${c.id}`}>
          <h2 className="h5" id={`change-${c.id}`}>
            <Link to={`/directory/services/${c.service.id}`}>{c.service.name}</Link>
          </h2>
          <p className="text-secondary">
            {t('app.directory.changes.by', { name: c.proposedBy?.displayName ?? '—', organization: c.organizationName, date: fmt.dateTime(c.createdAt) })}
          </p>
          <div className="table-responsive">
            <table className="table">
              <caption className="visually-hidden">{t('app.directory.changes.fieldsCaption', { name: c.service.name })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('app.directory.history.field')}</th>
                  <th scope="col">{t('app.directory.changes.current')}</th>
                  <th scope="col">{t('app.directory.changes.proposed')}</th>
                </tr>
              </thead>
              <tbody>
                {Object.entries(c.fields).map(([field, [before, after]]) => (
                  <tr key={field}>
                    <th scope="row" className="fw-normal">
                      {fieldLabel(field) ? t(fieldLabel(field)!) : field}
                    </th>
                    <td className="app-diff">{show(before)}</td>
                    <td className="app-diff">{show(after)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {can('directory.approve') ? (
            <div className="d-flex gap-2">
              <Button busy={busy} onClick={() => void decide(c, 'approve')}>
                {t('app.directory.changes.approve')}
              </Button>
              <Button variant="outline-danger" onClick={() => setRejecting(c)}>
                {t('app.directory.changes.reject')}
              </Button>
            </div>
          ) : (
            <p className="mb-0">{t('app.directory.changes.waiting')}</p>
          )}
        </article>
      ))}
      <ConfirmDialog
        open={rejecting !== null}
        title={t('app.directory.changes.rejectTitle', { name: rejecting?.service.name ?? '' })}
        confirmLabel={t('app.directory.changes.reject')}
        danger
        busy={busy}
        onCancel={() => setRejecting(null)}
        onConfirm={() => rejecting && void decide(rejecting, 'reject')}
      >
        <TextArea label={t('app.directory.changes.comment')} value={comment} onChange={(e) => setComment(e.target.value)} />
      </ConfirmDialog>
    </>
  );
}
