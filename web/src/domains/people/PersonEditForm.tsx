import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonView } from '../../../../common/schemas/people-views.js';
import { api, asApiError, type ApiError } from '../../app/api.js';
import { ErrorSlot } from '../../components/Alert.js';
import { Button } from '../../components/Button.js';
import { Checkbox, CheckboxGroup } from '../../components/Checkbox.js';
import { SelectField } from '../../components/SelectField.js';
import { TextField } from '../../components/TextField.js';
import { useNeeds } from '../front-door/needs.js';
import { languageOptions, useCountries } from './countries.js';
import { FIELDS, formFromView, patchBody, type FieldSpec, type FormValues, type Section } from './person-form.js';
import { ifMatch, isVersionProblem, VersionConflict } from './VersionConflict.js';
import { useVocab } from './vocab.js';

const SECTION_TITLES: Record<Section, string> = {
  core: 'app.personRecord.sections.core',
  identity: 'app.personRecord.sections.identity',
  profile: 'app.personRecord.sections.profile',
  special: 'app.personRecord.sections.special',
};

interface Props {
  person: PersonView;
  onSaved(p: PersonView): void;
  onCancel(): void;
  /** Reload the record after a conflict (the form then starts again from the colleague's version). */
  onReload(): void;
}

/**
 * Edits the sections of the record the reader may see, sending only what changed, with the
 * version read (If-Match): a colleague's change in between is never overwritten silently.
 */
export function PersonEditForm({ person, onSaved, onCancel, onReload }: Props) {
  const { t, i18n } = useTranslation();
  const vocab = useVocab();
  const needs = useNeeds();
  const countries = useCountries();
  const [initial] = useState<FormValues>(() => formFromView(person));
  const [values, setValues] = useState<FormValues>(initial);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (name: string, value: FormValues[string]) => setValues((v) => ({ ...v, [name]: value }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const body = patchBody(initial, values, person);
    if (Object.keys(body).length === 0) return onCancel();
    setBusy(true);
    setError(null);
    try {
      onSaved(await api.patch<PersonView>(`/api/people/${person.id}`, body, ifMatch(person.version)));
    } catch (err) {
      setError(asApiError(err));
    } finally {
      setBusy(false);
    }
  };

  const optionsOf = (f: FieldSpec) => {
    const src = f.options;
    if (!src) return [];
    if (src === 'countries') return countries.options;
    if (src === 'languages') return languageOptions(i18n.language);
    if (src === 'needs') return needs.options;
    return vocab.options(src.vocab, src.codes);
  };
  const errors = error?.fieldMessages() ?? {};
  const errorOf = (f: FieldSpec) => (f.name === 'householdSize' ? errors.household : errors[f.name]);
  const field = (f: FieldSpec) => {
    const label = t(f.labelKey);
    const value = values[f.name];
    if (f.kind === 'bool') return <Checkbox label={label} checked={value === true} onChange={(on) => set(f.name, on)} />;
    if (f.kind === 'multi')
      return <CheckboxGroup name={f.name} legend={label} options={optionsOf(f)} values={(value as string[]) ?? []} onChange={(v) => set(f.name, v)} error={errorOf(f)} />;
    if (f.kind === 'choice' || f.kind === 'required-choice')
      return (
        <SelectField
          label={label}
          placeholder={f.kind === 'choice' ? t('app.personRecord.notRecorded') : undefined}
          options={optionsOf(f)}
          value={String(value ?? '')}
          error={errorOf(f)}
          onChange={(e) => set(f.name, e.target.value)}
        />
      );
    return (
      <TextField
        label={label}
        type={f.kind === 'date' ? 'date' : 'text'}
        inputMode={f.kind === 'number' ? 'numeric' : undefined}
        dir={f.name === 'phone' || f.name === 'email' ? 'ltr' : 'auto'}
        hint={f.kind === 'list' ? t('app.personRecord.listHint') : undefined}
        value={String(value ?? '')}
        error={errorOf(f)}
        onChange={(e) => set(f.name, e.target.value)}
      />
    );
  };
  const wide = (f: FieldSpec) => f.kind === 'multi' || f.kind === 'bool';
  return (
    <form onSubmit={submit} noValidate aria-labelledby="edit-title" className="app-card mb-4">
      <h2 id="edit-title" className="h4" tabIndex={-1}>
        {t('app.personRecord.editTitle')}
      </h2>
      {isVersionProblem(error) ? <VersionConflict onReload={onReload} /> : <ErrorSlot message={error?.message} />}
      {person.sections.map((section) => (
        <fieldset key={section} className="mb-3">
          <legend className="h5">{t(SECTION_TITLES[section])}</legend>
          <div className="row">
            {FIELDS.filter((f) => f.section === section && f.name in values).map((f) => (
              <div key={f.name} className={wide(f) ? 'col-12 mb-2' : 'col-12 col-md-6 col-lg-4'}>
                {field(f)}
              </div>
            ))}
          </div>
        </fieldset>
      ))}
      <div className="d-flex flex-wrap gap-3 align-items-center">
        <Button type="submit" busy={busy}>
          {t('app.common.save')}
        </Button>
        <Button variant="link" onClick={onCancel}>
          {t('app.common.cancel')}
        </Button>
      </div>
    </form>
  );
}
