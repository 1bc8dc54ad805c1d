import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import type { DuplicateCandidate, NeedTermView, ServiceView } from '../../../../common/schemas/directory-views.js';
import { api, asApiError } from '../../app/api.js';
import { useFormat } from '../../app/format.js';
import { useSession } from '../../app/session.js';
import { useApi } from '../../app/use-api.js';
import { Alert, ErrorSlot } from '../../components/Alert.js';
import { Button } from '../../components/Button.js';
import { PageHeading } from '../../components/PageHeading.js';
import { Spinner } from '../../components/Spinner.js';
import { DuplicateWarning } from './DuplicateWarning.js';
import { ServiceHistory, ServiceFacts } from './ServiceFacts.js';
import { ServiceBadges } from './ServiceTable.js';

type Notice = 'created' | 'saved' | 'proposed' | 'verified' | 'published';
const NOTICES: Record<Notice, string> = {
  created: 'app.directory.notices.created',
  saved: 'app.common.saved',
  proposed: 'app.directory.notices.proposed',
  verified: 'app.directory.notices.verified',
  published: 'app.directory.notices.published',
};

export function ServiceDetailPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { id = '' } = useParams();
  const { can } = useSession();
  const state = useLocation().state as { notice?: Notice; duplicates?: DuplicateCandidate[] } | null;
  const [notice, setNotice] = useState<Notice | null>(state?.notice ?? null);
  const { data: s, error, loading, reload } = useApi<ServiceView>(`/api/directory/services/${encodeURIComponent(id)}`);
  const needs = useApi<{ items: NeedTermView[] }>('/api/directory/needs');
  const [actionError, setActionError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const act = async (path: string, done: Notice) => {
    setBusy(true);
    setActionError(null);
    try {
      await api.post(`/api/directory/services/${encodeURIComponent(id)}/${path}`, {});
      setNotice(done);
      reload();
    } catch (err) {
      setActionError(asApiError(err).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeading
        title={s?.name ?? t('app.directory.services.detailTitle')}
        lead={s ? s.organization.name : undefined}
        actions={
          s ? (
            <>
              {can('directory.edit') ? (
                <Link className="btn btn-outline-primary" to={`/directory/services/${s.id}/edit`}>
                  {t('app.common.edit')}
                </Link>
              ) : null}
              {can('directory.edit') && s.publicationState === 'published' ? (
                <Button variant="outline-primary" busy={busy} onClick={() => void act('verify', 'verified')}>
                  {t('app.directory.verification.verify')}
                </Button>
              ) : null}
              {can('directory.approve') && s.publicationState !== 'published' ? (
                <Button busy={busy} onClick={() => void act('publish', 'published')}>
                  {t('app.directory.services.publish')}
                </Button>
              ) : null}
            </>
          ) : null
        }
      />
      {notice ? <Alert tone="success">{t(NOTICES[notice])}</Alert> : null}
      <DuplicateWarning candidates={state?.duplicates ?? []} />
      <ErrorSlot message={error?.message ?? actionError} />
      {loading && !s ? <Spinner /> : null}
      {s ? (
        <>
          <p>
            <ServiceBadges s={s} />
            {s.pendingChangeId ? (
              <Link to="/directory/changes" className="ms-2">
                {t('app.directory.services.pendingChange')}
              </Link>
            ) : null}
            {s.openReports > 0 ? (
              <Link to="/directory/reports" className="ms-2">
                {t('app.directory.services.openReports', { count: s.openReports })}
              </Link>
            ) : null}
          </p>
          <ServiceFacts s={s} needs={needs.data?.items ?? []} fmt={fmt} />
          <ServiceHistory s={s} fmt={fmt} />
        </>
      ) : null}
      <p className="mt-4">
        <Link to="/directory">{t('app.directory.services.backToList')}</Link>
      </p>
    </>
  );
}
