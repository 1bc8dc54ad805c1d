import { useTranslation } from 'react-i18next';
import type { OrganizationView } from '../../../../common/schemas/directory-views.js';
import { RESIDENCE_PERMIT_REQUIREMENTS, SERVICE_STATUSES, TARGET_GROUPS } from '../../../../common/schemas/directory.js';
import { Checkbox, CheckboxGroup } from '../../components/Checkbox.js';
import { SelectField } from '../../components/SelectField.js';
import { TextField } from '../../components/TextField.js';
import { TextArea } from '../../components/TextArea.js';
import { PERMIT_LABELS, STATUS_LABELS, TARGET_GROUP_LABELS } from './directory-labels.js';
import type { FlagKey, ServiceForm } from './service-form.js';

export interface FieldProps {
  form: ServiceForm;
  set<K extends keyof ServiceForm>(key: K, value: ServiceForm[K]): void;
  errors: Record<string, string>;
}

const FLAG_LABELS: Record<FlagKey, string> = {
  freeOfCharge: 'app.directory.fields.freeOfCharge',
  acceptsReferrals: 'app.directory.fields.acceptsReferrals',
  womenOnly: 'app.directory.fields.womenOnly',
  childcareAvailable: 'app.directory.fields.childcareAvailable',
  interpretationAvailable: 'app.directory.fields.interpretationAvailable',
};

/** What the service is, who runs it and how to reach it (the Italian text of record). */
export function ServiceMainFields({ form, set, errors, organizations, onNameBlur }: FieldProps & { organizations: OrganizationView[]; onNameBlur(): void }) {
  const { t } = useTranslation();
  return (
    <div className="row">
      <div className="col-12 col-md-8">
        <TextField label={t('app.directory.fields.name')} required value={form.name} error={errors.name} onChange={(e) => set('name', e.target.value)} onBlur={onNameBlur} />
      </div>
      <div className="col-12 col-md-4">
        <SelectField
          label={t('app.directory.fields.status')}
          options={SERVICE_STATUSES.map((s) => ({ value: s, label: t(STATUS_LABELS[s]!) }))}
          value={form.status}
          error={errors.status}
          onChange={(e) => set('status', e.target.value)}
        />
      </div>
      <div className="col-12 col-md-8">
        <SelectField
          label={t('app.directory.fields.organization')}
          placeholder={t('app.directory.chooseOrganization')}
          required
          options={organizations.map((o) => ({ value: o.id, label: o.name }))}
          value={form.organizationId}
          error={errors.organizationId}
          onChange={(e) => set('organizationId', e.target.value)}
        />
      </div>
      <div className="col-12 col-md-4">
        <TextField label={t('app.directory.fields.alternateName')} value={form.alternateName} error={errors.alternateName} onChange={(e) => set('alternateName', e.target.value)} />
      </div>
      <div className="col-12">
        <TextArea label={t('app.directory.fields.description')} rows={4} value={form.description} error={errors.description} onChange={(e) => set('description', e.target.value)} />
        <TextArea label={t('app.directory.fields.eligibility')} value={form.eligibilityDescription} error={errors.eligibilityDescription} onChange={(e) => set('eligibilityDescription', e.target.value)} />
        <TextArea label={t('app.directory.fields.applicationProcess')} value={form.applicationProcess} error={errors.applicationProcess} onChange={(e) => set('applicationProcess', e.target.value)} />
        <TextArea label={t('app.directory.fields.fees')} rows={2} value={form.feesDescription} error={errors.feesDescription} onChange={(e) => set('feesDescription', e.target.value)} />
      </div>
      <div className="col-12 col-md-6">
        <TextField label={t('app.directory.fields.url')} type="url" value={form.url} error={errors.url} onChange={(e) => set('url', e.target.value)} />
      </div>
      <div className="col-12 col-md-6">
        <TextField label={t('app.directory.fields.email')} type="email" value={form.email} error={errors.email} onChange={(e) => set('email', e.target.value)} />
      </div>
      <div className="col-12 col-md-6">
        <TextField label={t('app.directory.fields.interpretationServices')} value={form.interpretationServices} error={errors.interpretationServices} onChange={(e) => set('interpretationServices', e.target.value)} />
      </div>
      <div className="col-12 col-md-6">
        <TextField label={t('app.directory.fields.waitTime')} value={form.waitTime} error={errors.waitTime} onChange={(e) => set('waitTime', e.target.value)} />
      </div>
      <div className="col-12">
        <TextField label={t('app.directory.fields.alert')} hint={t('app.directory.fields.alertHint')} value={form.alert} error={errors.alert} onChange={(e) => set('alert', e.target.value)} />
      </div>
    </div>
  );
}

/** Who the service is for and under which conditions (the Approdo profile). */
export function ServiceProfileFields({ form, set, errors, canConfidential }: FieldProps & { canConfidential: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <CheckboxGroup
        name="targetGroups"
        legend={t('app.directory.fields.targetGroups')}
        options={TARGET_GROUPS.map((g) => ({ value: g, label: t(TARGET_GROUP_LABELS[g]!) }))}
        values={form.targetGroups}
        onChange={(v) => set('targetGroups', v)}
        error={errors.targetGroups}
      />
      <div className="row">
        <div className="col-12 col-md-6">
          <SelectField
            label={t('app.directory.fields.permit')}
            options={RESIDENCE_PERMIT_REQUIREMENTS.map((p) => ({ value: p, label: t(PERMIT_LABELS[p]!) }))}
            value={form.residencePermitRequirement}
            onChange={(e) => set('residencePermitRequirement', e.target.value)}
          />
        </div>
        <div className="col-6 col-md-3">
          <TextField label={t('app.directory.fields.minimumAge')} type="number" min={0} max={130} inputMode="numeric" value={form.minimumAge} error={errors.minimumAge} onChange={(e) => set('minimumAge', e.target.value)} />
        </div>
        <div className="col-6 col-md-3">
          <TextField label={t('app.directory.fields.maximumAge')} type="number" min={0} max={130} inputMode="numeric" value={form.maximumAge} error={errors.maximumAge} onChange={(e) => set('maximumAge', e.target.value)} />
        </div>
      </div>
      <fieldset className="mb-4">
        <legend className="h6 fw-semibold text-body mb-2">{t('app.directory.fields.features')}</legend>
        <div className="row">
          {(Object.keys(FLAG_LABELS) as FlagKey[]).map((k) => (
            <div className="col-12 col-md-6" key={k}>
              <Checkbox label={t(FLAG_LABELS[k])} checked={form[k]} onChange={(v) => set(k, v)} />
            </div>
          ))}
          {canConfidential ? (
            <div className="col-12 col-md-6">
              <Checkbox label={t('app.directory.fields.confidentialService')} checked={form.confidential} onChange={(v) => set('confidential', v)} />
            </div>
          ) : null}
        </div>
      </fieldset>
    </>
  );
}
