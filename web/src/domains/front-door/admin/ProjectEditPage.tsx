import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { ProjectView } from '../../../../../common/schemas/enrolments.js';
import { api, asApiError, type ApiError } from '../../../app/api.js';
import { useApi } from '../../../app/use-api.js';
import { Alert, ErrorSlot } from '../../../components/Alert.js';
import { Button } from '../../../components/Button.js';
import { Checkbox } from '../../../components/Checkbox.js';
import { PageHeading } from '../../../components/PageHeading.js';
import { Spinner } from '../../../components/Spinner.js';
import { TextArea } from '../../../components/TextArea.js';
import { TextField } from '../../../components/TextField.js';
import { AdminNav } from './AdminNav.js';

const EMPTY = { code: '', name: '', funder: '', fundingStream: '', description: '', startsOn: '', endsOn: '', active: true };

/** Creates a project / funding stream (no :id) or edits one. */
export function ProjectEditPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const navigate = useNavigate();
  const existing = useApi<ProjectView>(id ? `/api/projects/${encodeURIComponent(id)}` : null);
  const [form, setForm] = useState(EMPTY);
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    const p = existing.data;
    if (p) setForm({ code: p.code, name: p.name, funder: p.funder, fundingStream: p.fundingStream, description: p.description, startsOn: p.startsOn ?? '', endsOn: p.endsOn ?? '', active: p.active });
  }, [existing.data]);
  const set = <K extends keyof typeof EMPTY>(k: K, v: (typeof EMPTY)[K]) => setForm((f) => ({ ...f, [k]: v }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setSaved(false);
    const body = {
      code: form.code.trim(),
      name: form.name.trim(),
      funder: form.funder.trim(),
      fundingStream: form.fundingStream.trim(),
      description: form.description.trim(),
      startsOn: form.startsOn || null,
      endsOn: form.endsOn || null,
    };
    try {
      if (id) {
        await api.patch<ProjectView>(`/api/projects/${encodeURIComponent(id)}`, { ...body, active: form.active });
        setSaved(true);
      } else {
        const created = await api.post<ProjectView>('/api/projects', body);
        navigate(`/admin/projects/${created.id}`, { replace: true });
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
      <PageHeading title={id ? form.name || t('app.adminPeople.projects.editTitle') : t('app.adminPeople.projects.newTitle')} />
      <AdminNav />
      {saved ? <Alert tone="success">{t('app.common.saved')}</Alert> : null}
      <ErrorSlot message={error?.message} />
      <form onSubmit={submit} noValidate>
        <div className="row">
          <div className="col-12 col-md-4">
            <TextField label={t('app.adminPeople.projects.code')} hint={t('app.adminPeople.projects.codeHint')} dir="ltr" required value={form.code} error={errors.code} onChange={(e) => set('code', e.target.value)} />
          </div>
          <div className="col-12 col-md-8">
            <TextField label={t('app.adminPeople.projects.name')} required value={form.name} error={errors.name} onChange={(e) => set('name', e.target.value)} />
          </div>
          <div className="col-12 col-md-6">
            <TextField label={t('app.adminPeople.projects.funderLabel')} value={form.funder} error={errors.funder} onChange={(e) => set('funder', e.target.value)} />
          </div>
          <div className="col-12 col-md-6">
            <TextField label={t('app.adminPeople.projects.fundingStream')} value={form.fundingStream} error={errors.fundingStream} onChange={(e) => set('fundingStream', e.target.value)} />
          </div>
          <div className="col-6 col-md-3">
            <TextField label={t('app.adminPeople.projects.startsOn')} type="date" value={form.startsOn} error={errors.startsOn} onChange={(e) => set('startsOn', e.target.value)} />
          </div>
          <div className="col-6 col-md-3">
            <TextField label={t('app.adminPeople.projects.endsOn')} type="date" value={form.endsOn} error={errors.endsOn} onChange={(e) => set('endsOn', e.target.value)} />
          </div>
          <div className="col-12">
            <TextArea label={t('app.adminPeople.projects.description')} rows={3} value={form.description} error={errors.description} onChange={(e) => set('description', e.target.value)} />
          </div>
        </div>
        {id ? (
          <div className="mb-4">
            <Checkbox label={t('app.adminPeople.projects.activeLabel')} checked={form.active} onChange={(v) => set('active', v)} />
          </div>
        ) : null}
        <div className="d-flex flex-wrap gap-3 align-items-center">
          <Button type="submit" busy={busy}>
            {t('app.common.save')}
          </Button>
          <Link to="/admin/projects">{t('app.common.cancel')}</Link>
        </div>
      </form>
    </>
  );
}
