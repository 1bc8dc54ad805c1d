import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { z } from 'zod';
import type { dayAppointment } from '../../../../common/schemas/contacts.js';
import { api, asApiError, type ApiError } from '../../app/api.js';
import { ErrorSlot } from '../../components/Alert.js';
import { Button } from '../../components/Button.js';
import { DataTable } from '../../components/DataTable.js';
import { ifMatch, isVersionProblem, VersionConflict } from '../people/VersionConflict.js';
import { useVocab } from '../people/vocab.js';
import { romeTime } from './rome-time.js';

export type DayAppointment = z.infer<typeof dayAppointment>;

const ACTIONS = [
  { status: 'attended', labelKey: 'app.frontDesk.day.markAttended' },
  { status: 'missed', labelKey: 'app.frontDesk.day.markMissed' },
  { status: 'cancelled', labelKey: 'app.frontDesk.day.markCancelled' },
] as const;

/** Who an appointment is with: the person (linked, if reachable), their code, or the visitor's name. */
export function AppointmentWho({ a }: { a: Pick<DayAppointment, 'person' | 'visitorName'> }) {
  const { t } = useTranslation();
  if (a.person?.reachable && a.person.id) return <Link to={`/people/${a.person.id}`}>{a.person.displayName ?? a.person.code}</Link>;
  if (a.person) return <span>{a.person.code ?? t('app.frontDesk.day.someone')}</span>;
  return <bdi>{a.visitorName ?? ''}</bdi>;
}

/** The day's appointments; booked ones can be marked attended, missed or cancelled. */
export function DayAppointments({ items, onChanged }: { items: DayAppointment[]; onChanged(): void }) {
  const { t, i18n } = useTranslation();
  const vocab = useVocab();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const mark = async (a: DayAppointment, status: string) => {
    setBusy(a.id);
    setError(null);
    try {
      await api.patch(`/api/appointments/${a.id}`, { status }, ifMatch(a.version));
      onChanged();
    } catch (err) {
      setError(asApiError(err));
    } finally {
      setBusy(null);
    }
  };
  return (
    <>
      {isVersionProblem(error) ? (
        <VersionConflict
          onReload={() => {
            setError(null);
            onChanged();
          }}
        />
      ) : (
        <ErrorSlot message={error?.message} />
      )}
      <DataTable
        caption={t('app.frontDesk.day.appointments')}
        rows={items}
        rowKey={(a) => a.id}
        empty={t('app.frontDesk.day.noAppointments')}
        columns={[
          { key: 'time', header: t('app.frontDesk.day.time'), rowHeader: true, cell: (a) => `${romeTime(a.startsAt, i18n.language)}–${romeTime(a.endsAt, i18n.language)}` },
          { key: 'who', header: t('app.frontDesk.day.who'), cell: (a) => <AppointmentWho a={a} /> },
          { key: 'purpose', header: t('app.frontDesk.day.purpose'), cell: (a) => a.purpose },
          { key: 'status', header: t('app.common.status'), cell: (a) => vocab.label('appointmentStatuses', a.status) },
          {
            key: 'actions',
            header: t('app.frontDesk.day.actions'),
            cell: (a) =>
              a.status === 'booked' ? (
                <div className="d-flex flex-wrap gap-1">
                  {ACTIONS.map((x) => (
                    <Button key={x.status} size="sm" variant={x.status === 'attended' ? 'outline-primary' : 'outline-secondary'} busy={busy === a.id} onClick={() => void mark(a, x.status)}>
                      {t(x.labelKey)}
                      <span className="visually-hidden"> {romeTime(a.startsAt, i18n.language)}</span>
                    </Button>
                  ))}
                </div>
              ) : null,
          },
        ]}
      />
    </>
  );
}
