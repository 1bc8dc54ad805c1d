import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { DuplicateCandidate, LocationView, NeedTermView, OrganizationView, ServiceView } from '../../../../common/schemas/directory-views.js';
import { api, asApiError } from '../../app/api.js';
import { useSession } from '../../app/session.js';
import { useApi } from '../../app/use-api.js';
import { ErrorSlot } from '../../components/Alert.js';
import { Button } from '../../components/Button.js';
import { Checkbox } from '../../components/Checkbox.js';
import { PageHeading } from '../../components/PageHeading.js';
import { Spinner } from '../../components/Spinner.js';
import { DuplicateWarning } from './DuplicateWarning.js';
import { SchedulesEditor } from './SchedulesEditor.js';
import { ContactAndCosts, LocationPicker, NeedsAndLanguages } from './ServiceLinkFields.js';
import { ServiceMainFields, ServiceProfileFields } from './ServiceMainFields.js';
import { TranslationsEditor } from './TranslationsEditor.js';
import { emptyForm, fromView, toBody, type ServiceForm } from './service-form.js';

const TRANSLATED = [
  { key: 'name', labelKey: 'app.directory.fields.name' },
  { key: 'description', labelKey: 'app.directory.fields.description', multiline: true },
  { key: 'eligibilityDescription', labelKey: 'app.directory.fields.eligibility', multiline: true },
  { key: 'applicationProcess', labelKey: 'app.directory.fields.applicationProcess', multiline: true },
  { key: 'feesDescription', labelKey: 'app.directory.fields.fees' },
];

/** Creates a service (no :id) or edits one. A partner's edit of a published service becomes a proposal. */
export function ServiceEditPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const navigate = useNavigate();
  const { can, me } = useSession();
  const existing = useApi<ServiceView>(id ? `/api/directory/services/${encodeURIComponent(id)}` : null);
  const organizations = useApi<{ items: OrganizationView[] }>('/api/directory/organizations');
  const needs = useApi<{ items: NeedTermView[] }>('/api/directory/needs');
  const locations = useApi<{ items: LocationView[] }>('/api/directory/locations');
  const [form, setForm] = useState<ServiceForm>(emptyForm);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [duplicates, setDuplicates] = useState<DuplicateCandidate[]>([]);
  const canApprove = can('directory.approve');
  const canConfidential = can('protection.access');

  useEffect(() => {
    if (existing.data) setForm(fromView(existing.data));
  }, [existing.data]);
  // Partners file services only under their own organisation's directory entry.
  const ownOrganizations = (organizations.data?.items ?? []).filter((o) => canApprove || o.approdoOrganisationId === me?.organisation.id);
  const onlyOrganization = !id && ownOrganizations.length === 1 ? ownOrganizations[0]!.id : null;
  useEffect(() => {
    if (onlyOrganization) setForm((f) => (f.organizationId ? f : { ...f, organizationId: onlyOrganization }));
  }, [onlyOrganization]);

  const set = <K extends keyof ServiceForm>(key: K, value: ServiceForm[K]) => setForm((f) => ({ ...f, [key]: value }));

  const checkDuplicates = async () => {
    if (id || form.name.trim().length < 3) return;
    try {
      const res = await api.post<{ items: DuplicateCandidate[] }>('/api/directory/services/check-duplicates', { name: form.name.trim(), organizationId: form.organizationId || null });
      setDuplicates(res.items);
    } catch {
      setDuplicates([]);
    }
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setErrors({});
    const body = toBody(form, { canPublish: !id && canApprove, canConfidential });
    try {
      if (id) {
        const res = await api.patch<ServiceView | { changeId: string; service: ServiceView }>(`/api/directory/services/${encodeURIComponent(id)}`, body);
        navigate(`/directory/services/${id}`, { state: { notice: 'changeId' in res ? 'proposed' : 'saved' } });
      } else {
        const created = await api.post<ServiceView & { duplicates: DuplicateCandidate[] }>('/api/directory/services', body);
        navigate(`/directory/services/${created.id}`, { state: { notice: 'created', duplicates: created.duplicates } });
      }
    } catch (err) {
      const apiErr = asApiError(err);
      setErrors(apiErr.fieldMessages());
      setError(apiErr.message);
    } finally {
      setBusy(false);
    }
  };

  const title = id ? t('app.directory.services.editTitle') : t('app.directory.services.newTitle');
  if (id && existing.loading) return <Spinner />;
  if (id && existing.error) return <ErrorSlot message={existing.error.message} />;
  const props = { form, set, errors };
  return (
    <>
      <PageHeading title={title} lead={id && !canApprove && existing.data?.publicationState === 'published' ? t('app.directory.services.proposalNotice') : undefined} />
      <ErrorSlot message={error} />
      <form onSubmit={submit} noValidate className="mt-4">
        <ServiceMainFields {...props} organizations={ownOrganizations} onNameBlur={() => void checkDuplicates()} />
        <DuplicateWarning candidates={duplicates} />
        <ServiceProfileFields {...props} canConfidential={canConfidential} />
        <NeedsAndLanguages {...props} needs={needs.data?.items ?? []} />
        <SchedulesEditor rows={form.schedules} onChange={(v) => set('schedules', v)} error={errors.schedules} />
        <LocationPicker {...props} locations={locations.data?.items ?? []} />
        <ContactAndCosts {...props} />
        <TranslationsEditor fields={TRANSLATED} value={form.translations} onChange={(v) => set('translations', v)} />
        {!id && canApprove ? (
          <div className="mb-4">
            <Checkbox label={t('app.directory.services.publishNow')} checked={form.publish} onChange={(v) => set('publish', v)} />
          </div>
        ) : null}
        {!id && !canApprove ? <p className="text-secondary">{t('app.directory.services.draftNotice')}</p> : null}
        <div className="d-flex flex-wrap gap-3 align-items-center">
          <Button type="submit" busy={busy}>
            {t('app.common.save')}
          </Button>
          <Link to={id ? `/directory/services/${id}` : '/directory'}>{t('app.common.cancel')}</Link>
        </div>
      </form>
    </>
  );
}
