import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { z } from 'zod';
import type { duplicatePairsResult, mergeResultView } from '../../../../common/schemas/people-views.js';
import { api, asApiError } from '../../app/api.js';
import { useApi } from '../../app/use-api.js';
import { ErrorSlot } from '../../components/Alert.js';
import { Button } from '../../components/Button.js';
import { DataTable } from '../../components/DataTable.js';
import { ConfirmDialog } from '../../components/Dialog.js';
import { PageHeading } from '../../components/PageHeading.js';
import { Spinner } from '../../components/Spinner.js';
import { FrontDeskNav } from '../front-door/FrontDeskNav.js';
import { useCountries } from './countries.js';
import { useVocab } from './vocab.js';

type Pairs = z.infer<typeof duplicatePairsResult>;
type Member = Pairs['items'][number]['a'];
type MergeResult = z.infer<typeof mergeResultView>;

/**
 * Records that may be the same person, for a coordinator: merging keeps one (the survivor gets
 * everything of the other, whose names become aliases) and can be undone right after.
 */
export function DuplicatesPage() {
  const { t } = useTranslation();
  const countries = useCountries();
  const vocab = useVocab();
  const { data, error, loading, reload } = useApi<Pairs>('/api/people/duplicates?limit=50');
  const [merging, setMerging] = useState<{ survivor: Member; merged: Member } | null>(null);
  const [done, setDone] = useState<{ result: MergeResult; survivor: Member; merged: Member } | null>(null);
  const [undone, setUndone] = useState(false);
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);

  const merge = async () => {
    if (!merging) return;
    setBusy(true);
    setActionError(null);
    setUndone(false);
    try {
      const result = await api.post<MergeResult>(`/api/people/${merging.survivor.id}/merge`, { otherId: merging.merged.id });
      setDone({ result, ...merging });
      reload();
    } catch (err) {
      setActionError(asApiError(err).message);
    } finally {
      setMerging(null);
      setBusy(false);
    }
  };
  const undo = async () => {
    if (!done) return;
    setBusy(true);
    setActionError(null);
    try {
      await api.post(`/api/people/merges/${done.result.mergeId}/undo`);
      setUndone(true);
      reload();
    } catch (err) {
      setActionError(asApiError(err).message);
    } finally {
      setBusy(false);
    }
  };
  const side = (m: Member) => (
    <>
      <Link to={`/people/${m.id}`}>{m.displayName}</Link> <span dir="ltr">({m.code})</span>
      <br />
      <small>{[m.birthYear ? String(m.birthYear) : '', countries.name(m.citizenship), m.organisationName].filter(Boolean).join(' · ')}</small>
    </>
  );
  return (
    <>
      <PageHeading title={t('app.personRecord.duplicates.title')} lead={t('app.personRecord.duplicates.lead')} />
      <FrontDeskNav />
      <div role="status">
        {done ? (
          <div className={`alert ${undone ? 'alert-info' : 'alert-success'}`}>
            <p className="mb-2">
              {undone
                ? t('app.personRecord.duplicates.undone', { merged: done.merged.code })
                : t('app.personRecord.duplicates.merged', { merged: done.merged.code, survivor: done.survivor.code })}
            </p>
            {undone ? null : (
              <Button size="sm" variant="outline-primary" busy={busy} onClick={() => void undo()}>
                {t('app.personRecord.duplicates.undo')}
              </Button>
            )}
          </div>
        ) : null}
      </div>
      <ErrorSlot message={error?.message ?? actionError} />
      {loading && !data ? <Spinner /> : null}
      {data ? (
        <DataTable
          caption={t('app.personRecord.duplicates.title')}
          rows={data.items}
          rowKey={(p) => `${p.a.id}-${p.b.id}`}
          empty={t('app.personRecord.duplicates.empty')}
          columns={[
            { key: 'a', header: t('app.personRecord.duplicates.first'), rowHeader: true, cell: (p) => side(p.a) },
            { key: 'b', header: t('app.personRecord.duplicates.second'), cell: (p) => side(p.b) },
            {
              key: 'why',
              header: t('app.personRecord.duplicates.why'),
              cell: (p) => `${t('app.frontDesk.search.score', { score: p.score })} — ${p.reasons.map((r) => vocab.label('matchReasons', r)).join(', ')}`,
            },
            {
              key: 'merge',
              header: t('app.personRecord.duplicates.action'),
              cell: (p) => (
                <div className="d-flex flex-wrap gap-2">
                  <Button size="sm" variant="outline-primary" onClick={() => setMerging({ survivor: p.a, merged: p.b })}>
                    {t('app.personRecord.duplicates.keep', { code: p.a.code })}
                  </Button>
                  <Button size="sm" variant="outline-primary" onClick={() => setMerging({ survivor: p.b, merged: p.a })}>
                    {t('app.personRecord.duplicates.keep', { code: p.b.code })}
                  </Button>
                </div>
              ),
            },
          ]}
        />
      ) : null}
      <ConfirmDialog
        open={merging !== null}
        title={t('app.personRecord.duplicates.confirmTitle')}
        confirmLabel={t('app.personRecord.duplicates.merge')}
        danger
        busy={busy}
        onCancel={() => setMerging(null)}
        onConfirm={() => void merge()}
      >
        <p>{merging ? t('app.personRecord.duplicates.confirmText', { merged: merging.merged.code, survivor: merging.survivor.code }) : null}</p>
      </ConfirmDialog>
    </>
  );
}
