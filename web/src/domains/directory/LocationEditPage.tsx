import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import type { LocationView, OrganizationView } from '../../../../common/schemas/directory-views.js';
import { api, asApiError } from '../../app/api.js';
import { useSession } from '../../app/session.js';
import { useApi } from '../../app/use-api.js';
import { Alert, ErrorSlot } from '../../components/Alert.js';
import { Button } from '../../components/Button.js';
import { Checkbox } from '../../components/Checkbox.js';
import { PageHeading } from '../../components/PageHeading.js';
import { SelectField } from '../../components/SelectField.js';
import { Spinner } from '../../components/Spinner.js';
import { TextField } from '../../components/TextField.js';
import { TextArea } from '../../components/TextArea.js';
import { TranslationsEditor } from './TranslationsEditor.js';
import type { Translations } from './service-form.js';

const TEXTS = ['name', 'description', 'transportation', 'neighbourhood', 'address1', 'postalCode', 'city', 'latitude', 'longitude', 'accessibility', 'externalIdentifier'] as const;
type Form = Record<(typeof TEXTS)[number], string> & { organizationId: string; confidential: boolean; translations: Translations };
const EMPTY: Form = { ...(Object.fromEntries(TEXTS.map((k) => [k, ''])) as Record<(typeof TEXTS)[number], string>), organizationId: '', confidential: false, translations: {} };

function fromView(l: LocationView): Form {
  return {
    name: l.name ?? '',
    description: l.description ?? '',
    transportation: l.transportation ?? '',
    neighbourhood: l.neighbourhood ?? '',
    address1: l.address?.address1 ?? '',
    postalCode: l.address?.postalCode ?? '',
    city: l.address?.city ?? '',
    latitude: l.latitude === null ? '' : String(l.latitude),
    longitude: l.longitude === null ? '' : String(l.longitude),
    accessibility: l.accessibility.map((a) => a.description ?? '').join('\n'),
    externalIdentifier: l.externalIdentifier ?? '',
    organizationId: l.organizationId ?? '',
    confidential: l.confidential,
    translations: l.translations,
  };
}

const orNull = (v: string) => (v.trim() === '' ? null : v.trim());

function toBody(f: Form, canConfidential: boolean): Record<string, unknown> {
  const geo = !f.confidential && f.latitude.trim() && f.longitude.trim();
  return {
    name: f.name.trim(),
    description: orNull(f.description),
    transportation: orNull(f.transportation),
    neighbourhood: orNull(f.neighbourhood),
    externalIdentifier: orNull(f.externalIdentifier),
    organizationId: f.organizationId || null,
    latitude: geo ? Number(f.latitude.replace(',', '.')) : null,
    longitude: geo ? Number(f.longitude.replace(',', '.')) : null,
    address: f.address1.trim() && f.city.trim() ? { address1: f.address1.trim(), city: f.city.trim(), postalCode: f.postalCode.trim() } : null,
    accessibility: f.accessibility.split('\n').map((s) => s.trim()).filter(Boolean).map((description) => ({ description })),
    translations: f.translations,
    ...(canConfidential ? { confidential: f.confidential } : {}),
  };
}

/** Creates or edits a location. Only protection roles see the confidential switch; a shelter has no coordinates. */
export function LocationEditPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const navigate = useNavigate();
  const { can } = useSession();
  const canConfidential = can('protection.access');
  const existing = useApi<LocationView>(id ? `/api/directory/locations/${encodeURIComponent(id)}` : null);
  const organizations = useApi<{ items: OrganizationView[] }>('/api/directory/organizations');
  const [form, setForm] = useState<Form>(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>((useLocation().state as { saved?: string } | null)?.saved ?? null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (existing.data) setForm(fromView(existing.data));
  }, [existing.data]);
  const set = <K extends keyof Form>(k: K, v: Form[K]) => setForm((f) => ({ ...f, [k]: v }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setErrors({});
    setSaved(null);
    try {
      const body = toBody(form, canConfidential);
      if (id) {
        await api.patch<LocationView>(`/api/directory/locations/${encodeURIComponent(id)}`, body);
        setSaved(t('app.common.saved'));
      } else {
        const created = await api.post<LocationView & { duplicates: { name: string | null }[] }>('/api/directory/locations', body);
        const message = created.duplicates.length ? t('app.directory.locations.createdWithDuplicates', { names: created.duplicates.map((d) => d.name ?? '').join(', ') }) : t('app.common.saved');
        navigate(`/directory/locations/${created.id}/edit`, { replace: true, state: { saved: message } });
      }
    } catch (err) {
      const apiErr = asApiError(err);
      const f = apiErr.fieldMessages();
      if (f.address) f.address1 = f.address;
      setErrors(f);
      setError(apiErr.message);
    } finally {
      setBusy(false);
    }
  };

  if (id && existing.loading) return <Spinner />;
  if (id && existing.error) return <ErrorSlot message={existing.error.message} />;
  const text = (k: (typeof TEXTS)[number], labelKey: string, extra: Record<string, unknown> = {}) => (
    <TextField label={t(labelKey)} value={form[k]} error={errors[k]} onChange={(e) => set(k, e.target.value)} {...extra} />
  );
  return (
    <>
      <PageHeading title={id ? t('app.directory.locations.editTitle') : t('app.directory.locations.newTitle')} />
      {saved ? <Alert tone="success">{saved}</Alert> : null}
      <ErrorSlot message={error} />
      <form onSubmit={submit} noValidate className="mt-4">
        <div className="row">
          <div className="col-12 col-md-6">{text('name', 'app.directory.fields.name', { required: true })}</div>
          <div className="col-12 col-md-6">
            <SelectField
              label={t('app.directory.fields.organization')}
              placeholder={t('app.common.none')}
              options={(organizations.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }))}
              value={form.organizationId}
              error={errors.organizationId}
              onChange={(e) => set('organizationId', e.target.value)}
            />
          </div>
          <div className="col-12 col-md-6">{text('address1', 'app.directory.fields.address')}</div>
          <div className="col-6 col-md-2">{text('postalCode', 'app.directory.fields.postalCode', { inputMode: 'numeric' })}</div>
          <div className="col-6 col-md-4">{text('city', 'app.directory.fields.city')}</div>
          <div className="col-12 col-md-6">{text('neighbourhood', 'app.directory.fields.neighbourhood')}</div>
          <div className="col-12 col-md-6">{text('externalIdentifier', 'app.directory.fields.externalIdentifier')}</div>
          {canConfidential ? (
            <div className="col-12 mb-3">
              <Checkbox label={t('app.directory.fields.confidentialLocation')} checked={form.confidential} onChange={(v) => set('confidential', v)} />
              <p className="form-text">{t('app.directory.locations.confidentialHint')}</p>
            </div>
          ) : null}
          {!form.confidential ? (
            <>
              <div className="col-6">{text('latitude', 'app.directory.fields.latitude', { inputMode: 'decimal', dir: 'ltr' })}</div>
              <div className="col-6">{text('longitude', 'app.directory.fields.longitude', { inputMode: 'decimal', dir: 'ltr' })}</div>
            </>
          ) : null}
          <div className="col-12">
            <TextArea label={t('app.directory.fields.description')} value={form.description} onChange={(e) => set('description', e.target.value)} />
            <TextArea label={t('app.directory.fields.transportation')} value={form.transportation} onChange={(e) => set('transportation', e.target.value)} />
            <TextArea label={t('app.directory.fields.accessibility')} hint={t('app.directory.fields.accessibilityHint')} value={form.accessibility} onChange={(e) => set('accessibility', e.target.value)} />
          </div>
        </div>
        <TranslationsEditor
          fields={[
            { key: 'name', labelKey: 'app.directory.fields.name' },
            { key: 'description', labelKey: 'app.directory.fields.description', multiline: true },
            { key: 'transportation', labelKey: 'app.directory.fields.transportation', multiline: true },
          ]}
          value={form.translations}
          onChange={(v) => set('translations', v)}
        />
        <div className="d-flex flex-wrap gap-3 align-items-center">
          <Button type="submit" busy={busy}>
            {t('app.common.save')}
          </Button>
          <Link to="/directory/locations">{t('app.common.cancel')}</Link>
        </div>
      </form>
    </>
  );
}
