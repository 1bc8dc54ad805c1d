import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { REMINDER_LANGUAGES, type slotsView } from '../../../../common/schemas/contacts.js';
import { REMINDER_CHANNELS } from '../../../../common/schemas/people-vocabulary.js';
import { api, asApiError, query, type ApiError } from '../../app/api.js';
import { useApi } from '../../app/use-api.js';
import { Alert, ErrorSlot } from '../../components/Alert.js';
import { Button } from '../../components/Button.js';
import { SelectField } from '../../components/SelectField.js';
import { TextField } from '../../components/TextField.js';
import { languageLabel } from '../people/countries.js';
import { useVocab } from '../people/vocab.js';

type Slots = z.infer<typeof slotsView>;

interface Props {
  accessPointId: string;
  date: string;
  /** A registered person to book for (from their record); otherwise a visitor's name is asked. */
  person?: { id: string; name: string } | null;
  onBooked(): void;
}

/** Books one of the day's free slots at the access point, with an optional reminder. */
export function BookAppointmentForm({ accessPointId, date, person, onBooked }: Props) {
  const { t, i18n } = useTranslation();
  const vocab = useVocab();
  const slots = useApi<Slots>(`/api/access-points/${accessPointId}/slots${query({ date })}`);
  const [form, setForm] = useState({ startsAt: '', visitorName: '', purpose: '', reminderChannel: 'none', reminderTo: '', reminderLanguage: i18n.language });
  const [error, setError] = useState<ApiError | null>(null);
  const [booked, setBooked] = useState(false);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof typeof form>(k: K, v: (typeof form)[K]) => setForm((f) => ({ ...f, [k]: v }));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setBooked(false);
    try {
      await api.post('/api/appointments', {
        accessPointId,
        startsAt: form.startsAt,
        ...(person ? { personId: person.id } : { visitorName: form.visitorName.trim() }),
        purpose: form.purpose.trim(),
        reminderChannel: form.reminderChannel,
        ...(form.reminderChannel !== 'none' ? { reminderTo: form.reminderTo.trim(), reminderLanguage: form.reminderLanguage } : {}),
      });
      setBooked(true);
      setForm((f) => ({ ...f, startsAt: '', visitorName: '', purpose: '', reminderTo: '' }));
      slots.reload();
      onBooked();
    } catch (err) {
      setError(asApiError(err));
    } finally {
      setBusy(false);
    }
  };
  const errors = error?.fieldMessages() ?? {};
  const free = (slots.data?.items ?? []).filter((s) => s.free > 0);
  return (
    <form onSubmit={submit} noValidate aria-labelledby="book-title" className="app-card">
      <h2 id="book-title" className="h4">
        {person ? t('app.frontDesk.book.titleFor', { name: person.name }) : t('app.frontDesk.book.title')}
      </h2>
      {booked ? <Alert tone="success">{t('app.frontDesk.book.booked')}</Alert> : null}
      <ErrorSlot message={error?.message ?? slots.error?.message} />
      <fieldset className="mb-3" aria-describedby={errors.startsAt ? 'slot-error' : undefined}>
        <legend className="h6 fw-semibold text-body">{t('app.frontDesk.book.slots')}</legend>
        {slots.data && free.length === 0 ? <p className="text-secondary">{t('app.frontDesk.book.noSlots')}</p> : null}
        <div className="d-flex flex-wrap gap-3">
          {free.map((s) => (
            <div className="form-check form-check-inline" key={s.startsAt}>
              <input id={`slot-${s.startsAt}`} type="radio" name="slot" value={s.startsAt} checked={form.startsAt === s.startsAt} onChange={() => set('startsAt', s.startsAt)} />
              <label htmlFor={`slot-${s.startsAt}`}>{t('app.frontDesk.book.slot', { time: s.time, free: s.free })}</label>
            </div>
          ))}
        </div>
        {errors.startsAt ? (
          <div id="slot-error" className="invalid-feedback d-block">
            {errors.startsAt}
          </div>
        ) : null}
      </fieldset>
      <div className="row">
        {person ? null : (
          <div className="col-12 col-md-6">
            <TextField label={t('app.frontDesk.book.visitorName')} dir="auto" value={form.visitorName} error={errors.visitorName ?? errors.personId} onChange={(e) => set('visitorName', e.target.value)} />
          </div>
        )}
        <div className="col-12 col-md-6">
          <TextField label={t('app.frontDesk.day.purpose')} value={form.purpose} error={errors.purpose} onChange={(e) => set('purpose', e.target.value)} />
        </div>
        <div className="col-12 col-md-4">
          <SelectField
            label={t('app.frontDesk.book.reminder')}
            options={vocab.options('reminderChannels', REMINDER_CHANNELS)}
            value={form.reminderChannel}
            error={errors.reminderChannel}
            onChange={(e) => set('reminderChannel', e.target.value)}
          />
        </div>
        {form.reminderChannel !== 'none' ? (
          <>
            <div className="col-12 col-md-4">
              <TextField
                label={form.reminderChannel === 'email' ? t('app.frontDesk.book.reminderEmail') : t('app.frontDesk.book.reminderPhone')}
                type={form.reminderChannel === 'email' ? 'email' : 'tel'}
                dir="ltr"
                value={form.reminderTo}
                error={errors.reminderTo}
                onChange={(e) => set('reminderTo', e.target.value)}
              />
            </div>
            <div className="col-12 col-md-4">
              <SelectField
                label={t('app.frontDesk.book.reminderLanguage')}
                options={REMINDER_LANGUAGES.map((l) => ({ value: l, label: languageLabel(l, i18n.language) }))}
                value={form.reminderLanguage}
                onChange={(e) => set('reminderLanguage', e.target.value)}
              />
            </div>
          </>
        ) : null}
      </div>
      <Button type="submit" busy={busy} disabled={!form.startsAt}>
        {t('app.frontDesk.book.submit')}
      </Button>
    </form>
  );
}
