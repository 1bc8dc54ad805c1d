import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { OrganizationView } from '../../../../common/schemas/directory-views.js';
import type { OrganisationView } from '../../../../common/schemas/organisations.js';
import { api, asApiError } from '../../app/api.js';
import { useApi } from '../../app/use-api.js';
import { ErrorSlot } from '../../components/Alert.js';
import { Button } from '../../components/Button.js';
import { PageHeading } from '../../components/PageHeading.js';
import { SelectField } from '../../components/SelectField.js';
import { Spinner } from '../../components/Spinner.js';
import { TextField } from '../../components/TextField.js';
import { TextArea } from '../../components/TextArea.js';

const KEYS = ['name', 'alternateName', 'description', 'email', 'website', 'taxId', 'legalStatus', 'approdoOrganisationId'] as const;
type Form = Record<(typeof KEYS)[number], string>;
const EMPTY = Object.fromEntries(KEYS.map((k) => [k, ''])) as Form;

/** Creates or edits a directory organisation; it may be linked to one of the network's organisations. */
export function OrganizationEditPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const navigate = useNavigate();
  const existing = useApi<OrganizationView>(id ? `/api/directory/organizations/${encodeURIComponent(id)}` : null);
  const network = useApi<{ items: OrganisationView[] }>('/api/organisations');
  const [form, setForm] = useState<Form>(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (existing.data) setForm(Object.fromEntries(KEYS.map((k) => [k, existing.data![k] ?? ''])) as Form);
  }, [existing.data]);
  const set = (k: keyof Form, v: string) => setForm((f) => ({ ...f, [k]: v }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setErrors({});
    const body: Record<string, unknown> = { name: form.name.trim(), description: form.description.trim() };
    for (const k of KEYS) if (k !== 'name' && k !== 'description') body[k] = form[k].trim() === '' ? null : form[k].trim();
    try {
      if (id) await api.patch(`/api/directory/organizations/${encodeURIComponent(id)}`, body);
      else await api.post('/api/directory/organizations', body);
      navigate('/directory/organizations');
    } catch (err) {
      const apiErr = asApiError(err);
      setErrors(apiErr.fieldMessages());
      setError(apiErr.message);
    } finally {
      setBusy(false);
    }
  };

  if (id && existing.loading) return <Spinner />;
  if (id && existing.error) return <ErrorSlot message={existing.error.message} />;
  const text = (k: keyof Form, labelKey: string, type = 'text') => <TextField label={t(labelKey)} type={type} value={form[k]} error={errors[k]} onChange={(e) => set(k, e.target.value)} />;
  return (
    <>
      <PageHeading title={id ? t('app.directory.organizations.editTitle') : t('app.directory.organizations.newTitle')} />
      <ErrorSlot message={error} />
      <form onSubmit={submit} noValidate className="mt-4">
        <div className="row">
          <div className="col-12 col-md-6">{text('name', 'app.directory.fields.name')}</div>
          <div className="col-12 col-md-6">{text('alternateName', 'app.directory.fields.alternateName')}</div>
          <div className="col-12">
            <TextArea label={t('app.directory.fields.description')} value={form.description} error={errors.description} onChange={(e) => set('description', e.target.value)} />
          </div>
          <div className="col-12 col-md-6">{text('email', 'app.directory.fields.email', 'email')}</div>
          <div className="col-12 col-md-6">{text('website', 'app.directory.fields.url', 'url')}</div>
          <div className="col-12 col-md-6">{text('taxId', 'app.directory.fields.taxId')}</div>
          <div className="col-12 col-md-6">{text('legalStatus', 'app.directory.fields.legalStatus')}</div>
          <div className="col-12 col-md-6">
            <SelectField
              label={t('app.directory.organizations.linkedTo')}
              hint={t('app.directory.organizations.linkedHint')}
              placeholder={t('app.common.none')}
              options={(network.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }))}
              value={form.approdoOrganisationId}
              error={errors.approdoOrganisationId}
              onChange={(e) => set('approdoOrganisationId', e.target.value)}
            />
          </div>
        </div>
        <div className="d-flex flex-wrap gap-3 align-items-center">
          <Button type="submit" busy={busy}>
            {t('app.common.save')}
          </Button>
          <Link to="/directory/organizations">{t('app.common.cancel')}</Link>
        </div>
      </form>
    </>
  );
}
