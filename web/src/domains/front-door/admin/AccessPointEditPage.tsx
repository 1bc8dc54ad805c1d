import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { AccessPointView } from '../../../../../common/schemas/access-points.js';
import type { LocationView } from '../../../../../common/schemas/directory-views.js';
import type { OrganisationView } from '../../../../../common/schemas/organisations.js';
import { api, asApiError, type ApiError } from '../../../app/api.js';
import { useSession } from '../../../app/session.js';
import { useApi } from '../../../app/use-api.js';
import { Alert, ErrorSlot } from '../../../components/Alert.js';
import { Button } from '../../../components/Button.js';
import { Checkbox } from '../../../components/Checkbox.js';
import { PageHeading } from '../../../components/PageHeading.js';
import { Spinner } from '../../../components/Spinner.js';
import { ifMatch, isVersionProblem, VersionConflict } from '../../people/VersionConflict.js';
import { AccessPointFields } from './AccessPointFields.js';
import { accessPointBody, accessPointFromView, emptyAccessPoint, type AccessPointForm } from './access-point-form.js';
import { AdminNav } from './AdminNav.js';
import { HoursEditor } from './HoursEditor.js';
import { OperatorsSection } from './OperatorsSection.js';

/** Row errors of the opening hours ("body.openingHours.2.closes" → "2.closes"). */
function hoursErrors(err: ApiError | null): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of err?.fields ?? []) {
    const m = /^body\.openingHours\.(\d+)\.(opens|closes|day)$/.exec(f.path);
    if (m) out[`${m[1]}.${m[2]}`] = f.message;
  }
  return out;
}

/** Creates an access point (no :id) or edits one, with its hours, languages and operators. */
export function AccessPointEditPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const navigate = useNavigate();
  const { me, can } = useSession();
  const existing = useApi<AccessPointView>(id ? `/api/access-points/${encodeURIComponent(id)}` : null);
  const organisations = useApi<{ items: OrganisationView[] }>('/api/organisations');
  const locations = useApi<{ items: LocationView[] }>(can('directory.read') ? '/api/directory/locations' : null);
  const [form, setForm] = useState<AccessPointForm>(() => emptyAccessPoint(me?.organisation.id));
  const [version, setVersion] = useState(0);
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!existing.data) return;
    setForm(accessPointFromView(existing.data));
    setVersion(existing.data.version);
  }, [existing.data]);

  const set = <K extends keyof AccessPointForm>(key: K, value: AccessPointForm[K]) => setForm((f) => ({ ...f, [key]: value }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      if (id) {
        const updated = await api.patch<AccessPointView>(`/api/access-points/${encodeURIComponent(id)}`, accessPointBody(form, true), ifMatch(version));
        setForm(accessPointFromView(updated));
        setVersion(updated.version);
        setSaved(true);
      } else {
        const created = await api.post<AccessPointView>('/api/access-points', accessPointBody(form, false));
        navigate(`/admin/access-points/${created.id}`, { replace: true });
      }
    } catch (err) {
      setError(asApiError(err));
    } finally {
      setBusy(false);
    }
  };

  if (id && existing.loading && !existing.data) return <Spinner />;
  if (id && !existing.data) return <ErrorSlot message={existing.error?.message} />;
  const errors = error?.fieldMessages() ?? {};
  return (
    <>
      <PageHeading title={id ? form.name || t('app.adminPeople.accessPoints.editTitle') : t('app.adminPeople.accessPoints.newTitle')} />
      <AdminNav />
      {saved ? <Alert tone="success">{t('app.common.saved')}</Alert> : null}
      {isVersionProblem(error) ? (
        <VersionConflict
          onReload={() => {
            setError(null);
            existing.reload();
          }}
        />
      ) : (
        <ErrorSlot message={error?.message} />
      )}
      <form onSubmit={submit} noValidate>
        <AccessPointFields
          form={form}
          set={set}
          errors={errors}
          organisations={(organisations.data?.items ?? []).filter((o) => o.active).map((o) => ({ value: o.id, label: o.name }))}
          locations={(locations.data?.items ?? []).map((l) => ({ value: l.id, label: l.name ?? l.id }))}
        />
        <HoursEditor rows={form.openingHours} onChange={(v) => set('openingHours', v)} serverErrors={hoursErrors(error)} />
        {id ? (
          <div className="mb-4">
            <Checkbox label={t('app.adminPeople.accessPoints.activeLabel')} checked={form.active} onChange={(v) => set('active', v)} />
          </div>
        ) : null}
        <div className="d-flex flex-wrap gap-3 align-items-center">
          <Button type="submit" busy={busy}>
            {t('app.common.save')}
          </Button>
          <Link to="/admin/access-points">{t('app.common.cancel')}</Link>
        </div>
      </form>
      {id ? <OperatorsSection accessPointId={id} version={version} onVersion={setVersion} /> : null}
    </>
  );
}
