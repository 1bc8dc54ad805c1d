import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnrolmentView } from '../../../../common/schemas/enrolments.js';
import { useFormat } from '../../app/format.js';
import { useSession } from '../../app/session.js';
import { useApi } from '../../app/use-api.js';
import { Alert, ErrorSlot } from '../../components/Alert.js';
import { Button } from '../../components/Button.js';
import { DataTable } from '../../components/DataTable.js';
import { Spinner } from '../../components/Spinner.js';
import { EnrolForm, ExitForm } from './EnrolmentForms.js';
import { useVocab } from './vocab.js';

/** Projects and funding streams the person is (or was) enrolled in, each counted once per funder. */
export function EnrolmentsSection({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const vocab = useVocab();
  const { can } = useSession();
  const { data, error, loading, reload } = useApi<{ items: EnrolmentView[] }>(`/api/people/${personId}/enrolments`);
  const [enrolling, setEnrolling] = useState(false);
  const [closing, setClosing] = useState<EnrolmentView | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const write = can('person.write');
  if (loading && !data) return <Spinner />;
  return (
    <>
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      <ErrorSlot message={error?.message} />
      {enrolling ? (
        <EnrolForm
          personId={personId}
          onCancel={() => setEnrolling(false)}
          onSaved={() => {
            setEnrolling(false);
            setNotice(t('app.personRecord.enrolments.enrolled'));
            reload();
          }}
        />
      ) : null}
      {closing ? (
        <ExitForm
          personId={personId}
          enrolment={closing}
          onCancel={() => setClosing(null)}
          onReload={() => {
            setClosing(null);
            reload();
          }}
          onSaved={() => {
            setClosing(null);
            setNotice(t('app.personRecord.enrolments.exited'));
            reload();
          }}
        />
      ) : null}
      {data ? (
        <DataTable
          caption={t('app.personRecord.sections.enrolments')}
          rows={data.items}
          rowKey={(e) => e.id}
          empty={t('app.personRecord.enrolments.empty')}
          columns={[
            { key: 'project', header: t('app.personRecord.enrolments.project'), rowHeader: true, cell: (e) => `${e.projectName} (${e.projectCode})` },
            { key: 'funder', header: t('app.personRecord.enrolments.funder'), cell: (e) => [e.funder, e.fundingStream].filter(Boolean).join(' — ') },
            { key: 'entry', header: t('app.personRecord.enrolments.entryDate'), cell: (e) => fmt.date(e.entryDate) },
            {
              key: 'exit',
              header: t('app.personRecord.enrolments.exitDate'),
              cell: (e) => (e.exitDate ? `${fmt.date(e.exitDate)} — ${vocab.label('exitReasons', e.exitReason)}` : t('app.personRecord.enrolments.open')),
            },
            {
              key: 'actions',
              header: t('app.personRecord.enrolments.actions'),
              cell: (e) =>
                write && e.open ? (
                  <Button size="sm" variant="outline-secondary" onClick={() => setClosing(e)}>
                    {t('app.personRecord.enrolments.recordExit')}
                    <span className="visually-hidden">: {e.projectName}</span>
                  </Button>
                ) : null,
            },
          ]}
        />
      ) : null}
      {write && !enrolling ? (
        <Button variant="outline-primary" onClick={() => setEnrolling(true)}>
          {t('app.personRecord.enrolments.enrolTitle')}
        </Button>
      ) : null}
    </>
  );
}
