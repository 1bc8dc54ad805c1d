import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ORGANISATION_KINDS, type OrganisationView } from '../../../../common/schemas/organisations.js';
import { api, asApiError } from '../../app/api.js';
import { useApi } from '../../app/use-api.js';
import { ErrorSlot } from '../../components/Alert.js';
import { Button } from '../../components/Button.js';
import { Checkbox } from '../../components/Checkbox.js';
import { PageHeading } from '../../components/PageHeading.js';
import { SelectField } from '../../components/SelectField.js';
import { Spinner } from '../../components/Spinner.js';
import { TextField } from '../../components/TextField.js';

const OPTIONAL = ['taxCode', 'email', 'phone', 'website', 'address'] as const;
type Optional = (typeof OPTIONAL)[number];
type FormState = { slug: string; name: string; kind: string; isLead: boolean; active: boolean } & Record<Optional, string>;

const EMPTY: FormState = { slug: '', name: '', kind: 'cooperative', isLead: false, active: true, taxCode: '', email: '', phone: '', website: '', address: '' };

function fromView(o: OrganisationView): FormState {
  return { ...EMPTY, ...Object.fromEntries(OPTIONAL.map((k) => [k, o[k] ?? ''])), slug: o.slug, name: o.name, kind: o.kind, isLead: o.isLead, active: o.active };
}

/** Creates an organisation (no :id) or edits one; empty optional fields are sent as null. */
export function OrganisationEditPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const navigate = useNavigate();
  const existing = useApi<OrganisationView>(id ? `/api/organisations/${encodeURIComponent(id)}` : null);
  const [form, setForm] = useState<FormState>(EMPTY);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (existing.data) setForm(fromView(existing.data));
  }, [existing.data]);

  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => setForm((f) => ({ ...f, [key]: value }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setFields({});
    const body: Record<string, unknown> = { slug: form.slug, name: form.name, kind: form.kind, isLead: form.isLead };
    for (const k of OPTIONAL) body[k] = form[k].trim() === '' ? null : form[k].trim();
    if (id) body.active = form.active;
    try {
      const saved = id ? await api.patch<OrganisationView>(`/api/organisations/${encodeURIComponent(id)}`, body) : await api.post<OrganisationView>('/api/organisations', body);
      navigate(`/organisations/${saved.id}`, { state: { saved: true } });
    } catch (err) {
      const apiErr = asApiError(err);
      const f = apiErr.fieldMessages();
      if (apiErr.code === 'SLUG_TAKEN') f.slug = apiErr.message;
      setFields(f);
      setError(apiErr.message);
    } finally {
      setBusy(false);
    }
  };

  const title = id ? t('app.organisations.editTitle') : t('app.organisations.newTitle');
  if (id && existing.loading) return <Spinner />;
  if (id && existing.error) return <ErrorSlot message={existing.error.message} />;
  return (
    <>
      <PageHeading title={title} />
      <ErrorSlot message={error} />
      <form onSubmit={submit} noValidate className="mt-4">
        <div className="row">
          <div className="col-12 col-md-6">
            <TextField label={t('app.organisations.name')} required value={form.name} error={fields.name} onChange={(e) => set('name', e.target.value)} />
          </div>
          <div className="col-12 col-md-6">
            <TextField
              label={t('app.organisations.slug')}
              hint={t('app.organisations.slugHint')}
              required
              value={form.slug}
              error={fields.slug}
              onChange={(e) => set('slug', e.target.value)}
            />
          </div>
          <div className="col-12 col-md-6">
            <SelectField
              label={t('app.organisations.kind')}
              options={ORGANISATION_KINDS.map((k) => ({ value: k, label: t(`app.organisations.kinds.${k}`) }))}
              value={form.kind}
              error={fields.kind}
              onChange={(e) => set('kind', e.target.value)}
            />
          </div>
          <div className="col-12 col-md-6">
            <TextField label={t('app.organisations.taxCode')} value={form.taxCode} error={fields.taxCode} onChange={(e) => set('taxCode', e.target.value)} />
          </div>
          <div className="col-12 col-md-6">
            <TextField label={t('app.organisations.email')} type="email" value={form.email} error={fields.email} onChange={(e) => set('email', e.target.value)} />
          </div>
          <div className="col-12 col-md-6">
            <TextField label={t('app.organisations.phone')} type="tel" value={form.phone} error={fields.phone} onChange={(e) => set('phone', e.target.value)} />
          </div>
          <div className="col-12 col-md-6">
            <TextField label={t('app.organisations.website')} type="url" value={form.website} error={fields.website} onChange={(e) => set('website', e.target.value)} />
          </div>
          <div className="col-12 col-md-6">
            <TextField label={t('app.organisations.address')} value={form.address} error={fields.address} onChange={(e) => set('address', e.target.value)} />
          </div>
        </div>
        <div className="mb-4">
          <Checkbox label={t('app.organisations.isLead')} checked={form.isLead} onChange={(v) => set('isLead', v)} />
          {id ? <Checkbox label={t('app.common.active')} checked={form.active} onChange={(v) => set('active', v)} /> : null}
        </div>
        <div className="d-flex flex-wrap gap-3 align-items-center">
          <Button type="submit" busy={busy}>
            {t('app.common.save')}
          </Button>
          <Link to={id ? `/organisations/${id}` : '/organisations'}>{t('app.common.cancel')}</Link>
        </div>
      </form>
    </>
  );
}
