import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsentStateView, ConsentView } from '../../../../common/schemas/consents.js';
import { api, asApiError } from '../../app/api.js';
import { useFormat } from '../../app/format.js';
import { useSession } from '../../app/session.js';
import { useApi } from '../../app/use-api.js';
import { Alert, ErrorSlot } from '../../components/Alert.js';
import { Button } from '../../components/Button.js';
import { DataTable } from '../../components/DataTable.js';
import { ConfirmDialog } from '../../components/Dialog.js';
import { Spinner } from '../../components/Spinner.js';
import { CONSENT_STATE_LABELS } from './consent-labels.js';
import { ConsentDecisionForm } from './ConsentDecisionForm.js';
import { useVocab } from './vocab.js';

interface Consents {
  personId: string;
  states: ConsentStateView[];
  history: ConsentView[];
}

const keyOf = (s: ConsentStateView) => `${s.purpose}-${s.partnerOrganisationId ?? ''}`;

/**
 * Consent per purpose: its legal basis, today's state and whether the purpose is allowed; record a
 * decision on the current notice, or withdraw a consent (effective at once).
 */
export function ConsentsSection({ personId, personLanguage, minor }: { personId: string; personLanguage: string | null; minor: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const vocab = useVocab();
  const { can } = useSession();
  const { data, error, loading, reload } = useApi<Consents>(`/api/people/${personId}/consents`);
  const [recording, setRecording] = useState<string | null>(null);
  const [withdrawing, setWithdrawing] = useState<ConsentStateView | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const write = can('person.write');

  const withdraw = async () => {
    if (!withdrawing?.consentId) return;
    setBusy(true);
    setActionError(null);
    try {
      await api.post(`/api/people/${personId}/consents/${withdrawing.consentId}/withdraw`, {});
      setNotice(t('app.personRecord.consents.withdrawn', { purpose: vocab.label('purposes', withdrawing.purpose) }));
      reload();
    } catch (err) {
      setActionError(asApiError(err).message);
    } finally {
      setWithdrawing(null);
      setBusy(false);
    }
  };
  if (loading && !data) return <Spinner />;
  const purposeName = (s: Pick<ConsentStateView, 'purpose' | 'partnerOrganisationName'>) =>
    s.partnerOrganisationName ? `${vocab.label('purposes', s.purpose)} — ${s.partnerOrganisationName}` : vocab.label('purposes', s.purpose);
  const current = data?.states.find((s) => keyOf(s) === recording);
  return (
    <>
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      <ErrorSlot message={error?.message ?? actionError} />
      {current?.currentNotice ? (
        <ConsentDecisionForm
          personId={personId}
          state={{ ...current, currentNotice: current.currentNotice }}
          personLanguage={personLanguage}
          minor={minor}
          onCancel={() => setRecording(null)}
          onSaved={() => {
            setRecording(null);
            setNotice(t('app.personRecord.consents.recorded', { purpose: purposeName(current) }));
            reload();
          }}
        />
      ) : null}
      {data ? (
        <DataTable
          caption={t('app.personRecord.sections.consents')}
          rows={data.states}
          rowKey={keyOf}
          empty={t('app.personRecord.consents.empty')}
          columns={[
            { key: 'purpose', header: t('app.personRecord.consents.purpose'), rowHeader: true, cell: (s) => purposeName(s) },
            { key: 'basis', header: t('app.personRecord.consents.legalBasis'), cell: (s) => vocab.label('legalBases', s.legalBasis) },
            {
              key: 'state',
              header: t('app.personRecord.consents.state'),
              cell: (s) => (
                <>
                  {t(CONSENT_STATE_LABELS[s.state])}
                  {s.noticeOutdated ? <span className="badge bg-warning text-dark ms-2">{t('app.personRecord.consents.outdated')}</span> : null}
                </>
              ),
            },
            { key: 'allowed', header: t('app.personRecord.consents.allowed'), cell: (s) => (s.allowed ? t('app.common.yes') : t('app.common.no')) },
            {
              key: 'actions',
              header: t('app.personRecord.consents.actions'),
              cell: (s) =>
                write ? (
                  <div className="d-flex flex-wrap gap-1">
                    {s.currentNotice ? (
                      <Button size="sm" variant="outline-primary" onClick={() => setRecording(keyOf(s))}>
                        {t('app.personRecord.consents.recordDecision')}
                        <span className="visually-hidden">: {purposeName(s)}</span>
                      </Button>
                    ) : (
                      <span className="text-secondary small">{t('app.personRecord.consents.noNotice')}</span>
                    )}
                    {s.state === 'given' && s.consentId ? (
                      <Button size="sm" variant="outline-danger" onClick={() => setWithdrawing(s)}>
                        {t('app.personRecord.consents.withdraw')}
                        <span className="visually-hidden">: {purposeName(s)}</span>
                      </Button>
                    ) : null}
                  </div>
                ) : null,
            },
          ]}
        />
      ) : null}
      {data && data.history.length ? (
        <details className="mt-3">
          <summary>{t('app.personRecord.consents.history', { count: data.history.length })}</summary>
          <ul className="mt-2">
            {data.history.map((c) => (
              <li key={c.id}>
                {fmt.date(c.decidedOn)} · {purposeName(c)} · v{c.noticeVersion} · {vocab.label('decisions', c.decision)} · {vocab.label('explainedHow', c.explainedHow)}
                {c.explainedBy ? ` (${c.explainedBy})` : ''}
                {c.withdrawnAt ? ` · ${t('app.personRecord.consents.withdrawnOn', { date: fmt.date(c.withdrawnAt) })}` : ''}
                {c.signatureFileId ? (
                  <>
                    {' · '}
                    <a href={`/api/people/${personId}/consents/${c.id}/signature`}>{t('app.personRecord.consents.signatureLink')}</a>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <ConfirmDialog
        open={withdrawing !== null}
        title={t('app.personRecord.consents.withdrawTitle')}
        confirmLabel={t('app.personRecord.consents.withdraw')}
        danger
        busy={busy}
        onCancel={() => setWithdrawing(null)}
        onConfirm={() => void withdraw()}
      >
        <p>{withdrawing ? t('app.personRecord.consents.withdrawText', { purpose: purposeName(withdrawing) }) : null}</p>
      </ConfirmDialog>
    </>
  );
}
