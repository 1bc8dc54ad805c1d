import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocationView, NeedTermView } from '../../../../common/schemas/directory-views.js';
import { CONTENT_LANGUAGES, PHONE_TYPES } from '../../../../common/schemas/directory.js';
import { Button } from '../../components/Button.js';
import { CheckboxGroup } from '../../components/Checkbox.js';
import { SelectField } from '../../components/SelectField.js';
import { TextField } from '../../components/TextField.js';
import { PHONE_TYPE_LABELS, languageName } from './directory-labels.js';
import { needName } from './ServiceTable.js';
import type { FieldProps } from './ServiceMainFields.js';

// Languages often spoken by the people the project serves, beyond the finder's own twelve.
const MORE_LANGUAGES = ['ro', 'ru', 'pt', 'es', 'de', 'wo', 'so', 'pa', 'ha', 'tr', 'ps'];

export function NeedsAndLanguages({ form, set, errors, needs }: FieldProps & { needs: NeedTermView[] }) {
  const { t, i18n } = useTranslation();
  const languages = [...new Set([...CONTENT_LANGUAGES, ...MORE_LANGUAGES, ...form.languages])];
  return (
    <>
      <CheckboxGroup name="needs" legend={t('app.directory.fields.needs')} options={needs.map((n) => ({ value: n.code, label: needName(n, i18n.language) }))} values={form.needs} onChange={(v) => set('needs', v)} error={errors.needs} />
      <CheckboxGroup
        name="languages"
        legend={t('app.directory.fields.languages')}
        options={languages.map((l) => ({ value: l, label: languageName(l, i18n.language) }))}
        values={form.languages}
        onChange={(v) => set('languages', v)}
        error={errors.languages}
      />
    </>
  );
}

/** Where the service is given: pick among the directory's locations (filtered by name or address). */
export function LocationPicker({ form, set, errors, locations }: FieldProps & { locations: LocationView[] }) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState('');
  const f = filter.trim().toLowerCase();
  const label = (l: LocationView) => [l.name, l.address ? `${l.address.address1}, ${l.address.city}` : null].filter(Boolean).join(' — ');
  const shown = locations.filter((l) => form.locationIds.includes(l.id) || (f ? label(l).toLowerCase().includes(f) : l.organizationId === form.organizationId)).slice(0, 40);
  return (
    <section className="mb-4">
      <TextField label={t('app.directory.locations.filter')} hint={t('app.directory.locations.filterHint')} type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
      <CheckboxGroup name="locationIds" legend={t('app.directory.fields.locations')} options={shown.map((l) => ({ value: l.id, label: label(l) }))} values={form.locationIds} onChange={(v) => set('locationIds', v)} error={errors.locationIds} />
      {shown.length === 0 ? <p className="text-secondary">{t('app.directory.locations.noneShown')}</p> : null}
    </section>
  );
}

/** Phones, documents to bring and costs: small lists edited in place. */
export function ContactAndCosts({ form, set, errors }: FieldProps) {
  const { t } = useTranslation();
  return (
    <>
      <fieldset className="mb-4">
        <legend className="h5">{t('app.directory.fields.phones')}</legend>
        {errors.phones ? <div className="invalid-feedback d-block mb-2">{errors.phones}</div> : null}
        {form.phones.map((p, i) => (
          <div className="row align-items-end" key={i}>
            <div className="col-12 col-md-4">
              <TextField label={t('app.directory.phones.number', { n: i + 1 })} type="tel" dir="ltr" value={p.number} onChange={(e) => set('phones', form.phones.map((x, j) => (j === i ? { ...x, number: e.target.value } : x)))} />
            </div>
            <div className="col-12 col-md-3">
              <SelectField
                label={t('app.directory.phones.type', { n: i + 1 })}
                placeholder={t('app.common.none')}
                options={PHONE_TYPES.map((k) => ({ value: k, label: t(PHONE_TYPE_LABELS[k]!) }))}
                value={p.type}
                onChange={(e) => set('phones', form.phones.map((x, j) => (j === i ? { ...x, type: e.target.value } : x)))}
              />
            </div>
            <div className="col-12 col-md-3">
              <TextField label={t('app.directory.phones.description', { n: i + 1 })} value={p.description} onChange={(e) => set('phones', form.phones.map((x, j) => (j === i ? { ...x, description: e.target.value } : x)))} />
            </div>
            <div className="col-12 col-md-2 form-group">
              <Button variant="outline-danger" size="sm" onClick={() => set('phones', form.phones.filter((_x, j) => j !== i))}>
                {t('app.directory.phones.remove', { n: i + 1 })}
              </Button>
            </div>
          </div>
        ))}
        <Button variant="outline-primary" size="sm" onClick={() => set('phones', [...form.phones, { number: '', type: 'voice', description: '' }])}>
          {t('app.directory.phones.add')}
        </Button>
      </fieldset>
      <fieldset className="mb-4">
        <legend className="h5">{t('app.directory.fields.documents')}</legend>
        {form.requiredDocuments.map((d, i) => (
          <div className="row align-items-end" key={i}>
            <div className="col-12 col-md-9">
              <TextField label={t('app.directory.documents.document', { n: i + 1 })} value={d.document} onChange={(e) => set('requiredDocuments', form.requiredDocuments.map((x, j) => (j === i ? { document: e.target.value } : x)))} />
            </div>
            <div className="col-12 col-md-3 form-group">
              <Button variant="outline-danger" size="sm" onClick={() => set('requiredDocuments', form.requiredDocuments.filter((_x, j) => j !== i))}>
                {t('app.directory.documents.remove', { n: i + 1 })}
              </Button>
            </div>
          </div>
        ))}
        <Button variant="outline-primary" size="sm" onClick={() => set('requiredDocuments', [...form.requiredDocuments, { document: '' }])}>
          {t('app.directory.documents.add')}
        </Button>
      </fieldset>
      <fieldset className="mb-4">
        <legend className="h5">{t('app.directory.fields.costs')}</legend>
        {form.costOptions.map((c, i) => (
          <div className="row align-items-end" key={i}>
            <div className="col-12 col-md-6">
              <TextField label={t('app.directory.costs.option', { n: i + 1 })} value={c.option} onChange={(e) => set('costOptions', form.costOptions.map((x, j) => (j === i ? { ...x, option: e.target.value } : x)))} />
            </div>
            <div className="col-12 col-md-3">
              <TextField label={t('app.directory.costs.amount', { n: i + 1 })} type="number" min={0} step="0.01" value={c.amount} onChange={(e) => set('costOptions', form.costOptions.map((x, j) => (j === i ? { ...x, amount: e.target.value } : x)))} />
            </div>
            <div className="col-12 col-md-3 form-group">
              <Button variant="outline-danger" size="sm" onClick={() => set('costOptions', form.costOptions.filter((_x, j) => j !== i))}>
                {t('app.directory.costs.remove', { n: i + 1 })}
              </Button>
            </div>
          </div>
        ))}
        <Button variant="outline-primary" size="sm" onClick={() => set('costOptions', [...form.costOptions, { option: '', amount: '' }])}>
          {t('app.directory.costs.add')}
        </Button>
      </fieldset>
    </>
  );
}
