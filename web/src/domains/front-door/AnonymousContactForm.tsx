import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AGE_BANDS, CONTACT_CHANNELS, CONTACT_OUTCOMES, GENDERS } from '../../../../common/schemas/people-vocabulary.js';
import { api, asApiError, type ApiError } from '../../app/api.js';
import { Alert, ErrorSlot } from '../../components/Alert.js';
import { Button } from '../../components/Button.js';
import { CheckboxGroup } from '../../components/Checkbox.js';
import { SelectField } from '../../components/SelectField.js';
import { useCountries } from '../people/countries.js';
import { useVocab } from '../people/vocab.js';
import { useNeeds } from './needs.js';

/**
 * A contact with someone who gives no name (a phone call, a question at the door): counted by
 * channel, need and an optional profile, never identified.
 */
export function AnonymousContactForm({ accessPointId, onSaved }: { accessPointId: string | null; onSaved(): void }) {
  const { t } = useTranslation();
  const vocab = useVocab();
  const needs = useNeeds();
  const countries = useCountries();
  const empty = { channel: 'in_person', needs: [] as string[], outcome: 'informed', gender: '', ageBand: '', citizenship: '' };
  const [form, setForm] = useState(empty);
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof typeof form>(k: K, v: (typeof form)[K]) => setForm((f) => ({ ...f, [k]: v }));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setSaved(false);
    const profile = Object.fromEntries(Object.entries({ gender: form.gender, ageBand: form.ageBand, citizenship: form.citizenship }).filter(([, v]) => v));
    try {
      await api.post('/api/contacts/anonymous', { accessPointId, channel: form.channel, needs: form.needs, outcome: form.outcome, anonymousProfile: profile });
      setForm(empty);
      setSaved(true);
      onSaved();
    } catch (err) {
      setError(asApiError(err));
    } finally {
      setBusy(false);
    }
  };
  const errors = error?.fieldMessages() ?? {};
  return (
    <form onSubmit={submit} noValidate aria-labelledby="anonymous" className="app-card">
      <h2 id="anonymous" className="h4" tabIndex={-1}>
        {t('app.frontDesk.anonymous.title')}
      </h2>
      <p className="text-secondary">{t('app.frontDesk.anonymous.lead')}</p>
      {saved ? <Alert tone="success">{t('app.frontDesk.anonymous.saved')}</Alert> : null}
      <ErrorSlot message={error?.message} />
      <div className="row">
        <div className="col-12 col-md-6">
          <SelectField label={t('app.frontDesk.contact.channel')} options={vocab.options('channels', CONTACT_CHANNELS)} value={form.channel} error={errors.channel} onChange={(e) => set('channel', e.target.value)} />
        </div>
        <div className="col-12 col-md-6">
          <SelectField label={t('app.frontDesk.contact.outcome')} options={vocab.options('outcomes', CONTACT_OUTCOMES)} value={form.outcome} error={errors.outcome} onChange={(e) => set('outcome', e.target.value)} />
        </div>
      </div>
      <CheckboxGroup name="anonymous-needs" legend={t('app.frontDesk.contact.needs')} options={needs.options} values={form.needs} onChange={(v) => set('needs', v)} error={errors.needs} />
      <fieldset className="mb-3">
        <legend className="h6 fw-semibold text-body">{t('app.frontDesk.anonymous.profile')}</legend>
        <div className="row">
          <div className="col-12 col-md-4">
            <SelectField label={t('app.frontDesk.register.gender')} placeholder={t('app.common.none')} options={vocab.options('genders', GENDERS)} value={form.gender} onChange={(e) => set('gender', e.target.value)} />
          </div>
          <div className="col-12 col-md-4">
            <SelectField label={t('app.frontDesk.register.ageBand')} placeholder={t('app.common.none')} options={vocab.options('ageBands', AGE_BANDS)} value={form.ageBand} onChange={(e) => set('ageBand', e.target.value)} />
          </div>
          <div className="col-12 col-md-4">
            <SelectField label={t('app.frontDesk.search.citizenship')} placeholder={t('app.common.none')} options={countries.options} value={form.citizenship} onChange={(e) => set('citizenship', e.target.value)} />
          </div>
        </div>
      </fieldset>
      <Button type="submit" busy={busy}>
        {t('app.frontDesk.anonymous.save')}
      </Button>
    </form>
  );
}
