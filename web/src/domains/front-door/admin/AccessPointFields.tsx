import { useTranslation } from 'react-i18next';
import { ACCESS_POINT_KINDS } from '../../../../../common/schemas/people-vocabulary.js';
import { CheckboxGroup } from '../../../components/Checkbox.js';
import { SelectField, type Option } from '../../../components/SelectField.js';
import { TextField } from '../../../components/TextField.js';
import { languageOptions } from '../../people/countries.js';
import { useVocab } from '../../people/vocab.js';
import type { AccessPointForm } from './access-point-form.js';

interface Props {
  form: AccessPointForm;
  set<K extends keyof AccessPointForm>(key: K, value: AccessPointForm[K]): void;
  errors: Record<string, string>;
  organisations: Option[];
  locations: Option[];
}

/** What the access point is, where, how to reach it and how appointments are cut. */
export function AccessPointFields({ form, set, errors, organisations, locations }: Props) {
  const { t, i18n } = useTranslation();
  const vocab = useVocab();
  return (
    <>
      <div className="row">
        <div className="col-12 col-md-8">
          <TextField label={t('app.adminPeople.accessPoints.name')} required value={form.name} error={errors.name} onChange={(e) => set('name', e.target.value)} />
        </div>
        <div className="col-12 col-md-4">
          <SelectField label={t('app.adminPeople.accessPoints.kind')} options={vocab.options('accessPointKinds', ACCESS_POINT_KINDS)} value={form.kind} error={errors.kind} onChange={(e) => set('kind', e.target.value)} />
        </div>
        <div className="col-12 col-md-6">
          <SelectField
            label={t('app.adminPeople.accessPoints.organisation')}
            placeholder={t('app.common.choose')}
            required
            options={organisations}
            value={form.organisationId}
            error={errors.organisationId}
            onChange={(e) => set('organisationId', e.target.value)}
          />
        </div>
        <div className="col-12 col-md-6">
          <SelectField
            label={t('app.adminPeople.accessPoints.directoryLocation')}
            hint={t('app.adminPeople.accessPoints.directoryLocationHint')}
            placeholder={t('app.common.none')}
            options={locations}
            value={form.directoryLocationId}
            error={errors.directoryLocationId}
            onChange={(e) => set('directoryLocationId', e.target.value)}
          />
        </div>
        <div className="col-12 col-md-8">
          <TextField label={t('app.adminPeople.accessPoints.address')} value={form.address} error={errors.address} onChange={(e) => set('address', e.target.value)} />
        </div>
        <div className="col-12 col-md-4">
          <TextField label={t('app.adminPeople.accessPoints.city')} value={form.city} error={errors.city} onChange={(e) => set('city', e.target.value)} />
        </div>
        <div className="col-6 col-md-3">
          <TextField label={t('app.adminPeople.accessPoints.latitude')} inputMode="decimal" value={form.latitude} error={errors.latitude} onChange={(e) => set('latitude', e.target.value)} />
        </div>
        <div className="col-6 col-md-3">
          <TextField label={t('app.adminPeople.accessPoints.longitude')} inputMode="decimal" value={form.longitude} error={errors.longitude} onChange={(e) => set('longitude', e.target.value)} />
        </div>
        <div className="col-12 col-md-3">
          <TextField label={t('app.adminPeople.accessPoints.phone')} type="tel" dir="ltr" value={form.phone} error={errors.phone} onChange={(e) => set('phone', e.target.value)} />
        </div>
        <div className="col-12 col-md-3">
          <TextField label={t('app.adminPeople.accessPoints.email')} type="email" dir="ltr" value={form.email} error={errors.email} onChange={(e) => set('email', e.target.value)} />
        </div>
        <div className="col-6 col-md-3">
          <TextField
            label={t('app.adminPeople.accessPoints.slotMinutes')}
            type="number"
            min={5}
            max={240}
            inputMode="numeric"
            value={form.slotMinutes}
            error={errors.slotMinutes}
            onChange={(e) => set('slotMinutes', e.target.value)}
          />
        </div>
        <div className="col-6 col-md-3">
          <TextField
            label={t('app.adminPeople.accessPoints.desks')}
            hint={t('app.adminPeople.accessPoints.desksHint')}
            type="number"
            min={1}
            max={50}
            inputMode="numeric"
            value={form.desks}
            error={errors.desks}
            onChange={(e) => set('desks', e.target.value)}
          />
        </div>
      </div>
      <CheckboxGroup
        name="languages"
        legend={t('app.adminPeople.accessPoints.languages')}
        options={languageOptions(i18n.language)}
        values={form.languages}
        onChange={(v) => set('languages', v)}
        error={errors.languages}
      />
    </>
  );
}
