import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonView } from '../../../../common/schemas/people-views.js';
import { AGE_BANDS, ageBandOf, GENDERS } from '../../../../common/schemas/people-vocabulary.js';
import { api, asApiError, type ApiError } from '../../app/api.js';
import { ErrorSlot } from '../../components/Alert.js';
import { Button } from '../../components/Button.js';
import { Checkbox, CheckboxGroup } from '../../components/Checkbox.js';
import { SelectField } from '../../components/SelectField.js';
import { TextField } from '../../components/TextField.js';
import { languageOptions } from '../people/countries.js';
import { useVocab } from '../people/vocab.js';
import type { SearchCriteria } from './intake-search.js';
import { useNeeds } from './needs.js';

export interface DuplicateCheck {
  searched: boolean;
  candidates: string[];
  choice: 'none_matched' | 'uncertain' | 'skipped';
}

interface Props {
  criteria: SearchCriteria;
  duplicateCheck: DuplicateCheck;
  accessPointId: string | null;
  onCreated(person: PersonView): void;
  onBack(): void;
}

/** "Amina Benali" → given name Amina, family name Benali (the operator corrects if needed). */
function splitName(full: string): { given: string; family: string } {
  const words = full.trim().split(/\s+/).filter(Boolean);
  return { given: words[0] ?? '', family: words.slice(1).join(' ') };
}

/**
 * The minimal registration: a name or an alias, an age band and the need, plus the language to
 * speak and whether an interpreter is needed. Everything else can wait for a later meeting.
 */
export function QuickRegisterForm({ criteria, duplicateCheck, accessPointId, onCreated, onBack }: Props) {
  const { t, i18n } = useTranslation();
  const vocab = useVocab();
  const needs = useNeeds();
  const first = useRef<HTMLInputElement>(null);
  const initial = splitName(criteria.name);
  const year = /^\d{4}$/.test(criteria.birthYear) ? Number(criteria.birthYear) : null;
  const [form, setForm] = useState({
    givenName: initial.given,
    familyName: initial.family,
    alias: '',
    ageBand: year ? ageBandOf(year) : '',
    gender: 'not_declared',
    needs: [] as string[],
    preferredLanguage: '',
    interpreterNeeded: false,
  });
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => first.current?.focus(), []);
  const set = <K extends keyof typeof form>(k: K, v: (typeof form)[K]) => setForm((f) => ({ ...f, [k]: v }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const orNull = (v: string) => v.trim() || null;
    try {
      const person = await api.post<PersonView>('/api/people', {
        givenName: orNull(form.givenName),
        familyName: orNull(form.familyName),
        aliases: form.alias.trim() ? [form.alias.trim()] : [],
        ageBand: form.ageBand || undefined,
        birthYear: year,
        gender: form.gender,
        citizenship: criteria.citizenship || null,
        phone: orNull(criteria.phone),
        needs: form.needs,
        preferredLanguage: form.preferredLanguage || null,
        interpreterNeeded: form.interpreterNeeded,
        interpreterLanguage: form.interpreterNeeded && form.preferredLanguage ? form.preferredLanguage : null,
        accessPointId,
        duplicateCheck,
      });
      onCreated(person);
    } catch (err) {
      setError(asApiError(err));
    } finally {
      setBusy(false);
    }
  };
  const errors = error?.fieldMessages() ?? {};
  return (
    <form onSubmit={submit} noValidate aria-labelledby="register-title">
      <h2 id="register-title" className="h4">
        {t('app.frontDesk.register.title')}
      </h2>
      <p className="text-secondary">{t('app.frontDesk.register.lead')}</p>
      <ErrorSlot message={error?.message} />
      <fieldset className="mb-2">
        <legend className="h6 fw-semibold text-body">{t('app.frontDesk.register.nameLegend')}</legend>
        <div className="row">
          <div className="col-12 col-md-4">
            <TextField ref={first} label={t('app.frontDesk.register.givenName')} dir="auto" autoComplete="off" value={form.givenName} error={errors.givenName} onChange={(e) => set('givenName', e.target.value)} />
          </div>
          <div className="col-12 col-md-4">
            <TextField label={t('app.frontDesk.register.familyName')} dir="auto" autoComplete="off" value={form.familyName} error={errors.familyName} onChange={(e) => set('familyName', e.target.value)} />
          </div>
          <div className="col-12 col-md-4">
            <TextField label={t('app.frontDesk.register.alias')} hint={t('app.frontDesk.register.aliasHint')} dir="auto" autoComplete="off" value={form.alias} error={errors.aliases} onChange={(e) => set('alias', e.target.value)} />
          </div>
        </div>
      </fieldset>
      <div className="row">
        <div className="col-12 col-md-4">
          <SelectField
            label={t('app.frontDesk.register.ageBand')}
            placeholder={t('app.common.choose')}
            required
            options={vocab.options('ageBands', AGE_BANDS)}
            value={form.ageBand}
            error={errors.ageBand}
            onChange={(e) => set('ageBand', e.target.value)}
          />
        </div>
        <div className="col-12 col-md-4">
          <SelectField label={t('app.frontDesk.register.gender')} options={vocab.options('genders', GENDERS)} value={form.gender} error={errors.gender} onChange={(e) => set('gender', e.target.value)} />
        </div>
        <div className="col-12 col-md-4">
          <SelectField
            label={t('app.frontDesk.register.preferredLanguage')}
            placeholder={t('app.common.choose')}
            options={languageOptions(i18n.language)}
            value={form.preferredLanguage}
            error={errors.preferredLanguage}
            onChange={(e) => set('preferredLanguage', e.target.value)}
          />
        </div>
      </div>
      <div className="mb-3">
        <Checkbox label={t('app.frontDesk.register.interpreterNeeded')} checked={form.interpreterNeeded} onChange={(v) => set('interpreterNeeded', v)} />
      </div>
      <CheckboxGroup name="register-needs" legend={t('app.frontDesk.register.needs')} options={needs.options} values={form.needs} onChange={(v) => set('needs', v)} error={errors.needs} />
      <div className="d-flex flex-wrap gap-3 align-items-center">
        <Button type="submit" busy={busy}>
          {t('app.frontDesk.register.submit')}
        </Button>
        <Button variant="link" onClick={onBack}>
          {t('app.frontDesk.register.back')}
        </Button>
      </div>
    </form>
  );
}
