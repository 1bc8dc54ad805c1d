import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearchParams } from 'react-router';
import type { z } from 'zod';
import type { dayView } from '../../../../common/schemas/contacts.js';
import { query } from '../../app/api.js';
import { useFormat } from '../../app/format.js';
import { useSession } from '../../app/session.js';
import { useApi } from '../../app/use-api.js';
import { ErrorSlot } from '../../components/Alert.js';
import { PageHeading } from '../../components/PageHeading.js';
import { Spinner } from '../../components/Spinner.js';
import { TextField } from '../../components/TextField.js';
import { AccessPointPicker } from './AccessPointPicker.js';
import { useAccessPointChoice } from './access-point-choice.js';
import { AnonymousContactForm } from './AnonymousContactForm.js';
import { BookAppointmentForm } from './BookAppointmentForm.js';
import { DayAppointments } from './DayAppointments.js';
import { DayContacts } from './DayContacts.js';
import { FrontDeskNav } from './FrontDeskNav.js';
import { longDate, romeToday } from './rome-time.js';

type Day = z.infer<typeof dayView>;

/**
 * The operator's day at an access point: who came (contacts, anonymous ones included) and who is
 * expected (appointments), booking from the free slots, and the quick anonymous contact.
 */
export function DayViewPage() {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const { can } = useSession();
  const choice = useAccessPointChoice();
  const [params] = useSearchParams();
  const { hash } = useLocation();
  const [date, setDate] = useState(() => params.get('date') ?? romeToday());
  const ap = choice.selected;
  const day = useApi<Day>(ap && /^\d{4}-\d{2}-\d{2}$/.test(date) ? `/api/access-points/${ap.id}/day${query({ date })}` : null);
  const personId = params.get('person');
  const bookFor = personId ? { id: personId, name: params.get('name') ?? '' } : null;
  const write = can('person.write');

  // The intake page links here for an anonymous contact: land on that form.
  useEffect(() => {
    if (hash !== '#anonymous' || !ap) return;
    const id = window.requestAnimationFrame(() => document.getElementById('anonymous')?.focus());
    return () => window.cancelAnimationFrame(id);
  }, [hash, ap]);

  return (
    <>
      <PageHeading title={t('app.frontDesk.day.title')} lead={ap ? t('app.frontDesk.day.lead', { place: ap.name, date: longDate(date, i18n.language) }) : undefined} />
      <FrontDeskNav />
      <div className="row">
        <div className="col-12 col-md-6">
          <AccessPointPicker choice={choice} id="day-access-point" />
        </div>
        <div className="col-12 col-md-4">
          <TextField label={t('app.frontDesk.day.date')} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        </div>
      </div>
      <ErrorSlot message={choice.error ?? day.error?.message} />
      {ap && day.loading && !day.data ? <Spinner /> : null}
      {ap && day.data ? (
        <>
          <p role="status" className="lead">
            {t('app.frontDesk.day.totals', {
              contacts: fmt.number(day.data.totals.contacts),
              anonymous: fmt.number(day.data.totals.anonymousContacts),
              appointments: fmt.number(day.data.totals.appointments),
            })}
          </p>
          <section aria-labelledby="appointments-title" className="mb-5">
            <h2 id="appointments-title" className="h4">
              {t('app.frontDesk.day.appointments')}
            </h2>
            <DayAppointments items={day.data.appointments} onChanged={day.reload} />
          </section>
          <section aria-labelledby="contacts-title" className="mb-5">
            <h2 id="contacts-title" className="h4">
              {t('app.frontDesk.day.contacts')}
            </h2>
            <DayContacts items={day.data.contacts} />
          </section>
        </>
      ) : null}
      {ap && write ? (
        <div className="row g-4">
          <div className="col-12 col-xl-6">
            <BookAppointmentForm key={`${ap.id}-${date}`} accessPointId={ap.id} date={date} person={bookFor} onBooked={day.reload} />
          </div>
          <div className="col-12 col-xl-6">
            <AnonymousContactForm accessPointId={ap.id} onSaved={day.reload} />
          </div>
        </div>
      ) : null}
    </>
  );
}
