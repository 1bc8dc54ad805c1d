import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactView } from '../../../../common/schemas/contacts.js';
import { api, asApiError } from '../../app/api.js';
import { useFormat } from '../../app/format.js';
import { useApi } from '../../app/use-api.js';
import { ErrorSlot } from '../../components/Alert.js';
import { Button } from '../../components/Button.js';
import { Spinner } from '../../components/Spinner.js';
import { useNeeds } from '../front-door/needs.js';
import { useVocab } from './vocab.js';

/** The person's contacts, newest first; a pending next step can be ticked off. `refresh` changes after a new contact. */
export function ContactsTimeline({ personId, refresh }: { personId: string; refresh: number }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const vocab = useVocab();
  const needs = useNeeds();
  const { data, error, loading, reload } = useApi<{ items: ContactView[] }>(`/api/people/${personId}/contacts`);
  useEffect(() => {
    if (refresh) reload();
  }, [refresh, reload]);
  const [actionError, setActionError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const toggle = async (c: ContactView) => {
    setBusy(c.id);
    setActionError(null);
    try {
      await api.patch(`/api/contacts/${c.id}`, { nextStepDone: !c.nextStepDoneAt });
      reload();
    } catch (err) {
      setActionError(asApiError(err).message);
    } finally {
      setBusy(null);
    }
  };
  if (loading && !data) return <Spinner />;
  const items = data?.items ?? [];
  return (
    <>
      <ErrorSlot message={error?.message ?? actionError} />
      {items.length === 0 ? <p className="text-secondary">{t('app.personRecord.contacts.empty')}</p> : null}
      <ol className="list-unstyled app-timeline">
        {items.map((c) => (
          <li key={c.id} className="app-card mb-3">
            <p className="fw-semibold mb-1">
              {fmt.dateTime(c.occurredAt)} · {vocab.label('channels', c.channel)}
              {c.accessPointName ? ` · ${c.accessPointName}` : ''}
            </p>
            <p className="mb-1">
              {t('app.personRecord.contacts.needs')} {c.needs.length ? c.needs.map(needs.name).join(', ') : t('app.common.none')} · {t('app.personRecord.contacts.outcome')}{' '}
              {vocab.label('outcomes', c.outcome)}
            </p>
            {c.informationGiven ? <p className="mb-1 app-pre-line">{c.informationGiven}</p> : null}
            {c.suggestedServiceIds.length ? <p className="mb-1">{t('app.personRecord.contacts.suggested', { count: c.suggestedServiceIds.length })}</p> : null}
            {c.nextStep ? (
              <div className="d-flex flex-wrap align-items-center gap-2">
                <span>
                  {t('app.personRecord.contacts.nextStep')} {c.nextStep}
                  {c.nextStepDue ? ` (${fmt.date(c.nextStepDue)})` : ''}
                  {c.nextStepDoneAt ? ` — ${t('app.personRecord.contacts.done', { date: fmt.date(c.nextStepDoneAt) })}` : ''}
                </span>
                <Button size="sm" variant="outline-secondary" busy={busy === c.id} onClick={() => void toggle(c)}>
                  {c.nextStepDoneAt ? t('app.personRecord.contacts.markNotDone') : t('app.personRecord.contacts.markDone')}
                </Button>
              </div>
            ) : null}
            <p className="text-secondary small mb-0">
              {[c.operatorName, c.organisationName].filter(Boolean).join(' · ')}
            </p>
          </li>
        ))}
      </ol>
    </>
  );
}
