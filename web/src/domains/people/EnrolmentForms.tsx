import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CEFR_LEVELS, type EnrolmentView, type ProjectView } from '../../../../common/schemas/enrolments.js';
import { ENROLMENT_EXIT_REASONS } from '../../../../common/schemas/people-vocabulary.js';
import { api, asApiError, type ApiError } from '../../app/api.js';
import { useApi } from '../../app/use-api.js';
import { ErrorSlot } from '../../components/Alert.js';
import { Button } from '../../components/Button.js';
import { SelectField } from '../../components/SelectField.js';
import { TextField } from '../../components/TextField.js';
import { ifMatch, isVersionProblem, VersionConflict } from './VersionConflict.js';
import { useVocab } from './vocab.js';

const today = () => new Date().toISOString().slice(0, 10);
const cefrOptions = CEFR_LEVELS.map((l) => ({ value: l, label: l === 'pre_a1' ? 'Pre-A1' : l }));

/** Enrols the person in a project; the entry status is taken from the profile on the server. */
export function EnrolForm({ personId, onSaved, onCancel }: { personId: string; onSaved(): void; onCancel(): void }) {
  const { t } = useTranslation();
  const projects = useApi<{ items: ProjectView[] }>('/api/projects');
  const [form, setForm] = useState({ projectId: '', entryDate: today(), italian: '' });
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api.post(`/api/people/${personId}/enrolments`, {
        projectId: form.projectId,
        entryDate: form.entryDate,
        ...(form.italian ? { cefr: [{ language: 'it', level: form.italian }] } : {}),
      });
      onSaved();
    } catch (err) {
      setError(asApiError(err));
    } finally {
      setBusy(false);
    }
  };
  const errors = error?.fieldMessages() ?? {};
  return (
    <form onSubmit={submit} noValidate aria-labelledby="enrol-title" className="app-card mb-4">
      <h3 id="enrol-title" className="h5" tabIndex={-1}>
        {t('app.personRecord.enrolments.enrolTitle')}
      </h3>
      <ErrorSlot message={error?.message ?? projects.error?.message} />
      <div className="row">
        <div className="col-12 col-md-6">
          <SelectField
            label={t('app.personRecord.enrolments.project')}
            placeholder={t('app.common.choose')}
            required
            options={(projects.data?.items ?? []).map((p) => ({ value: p.id, label: [p.name, p.funder].filter(Boolean).join(' — ') }))}
            value={form.projectId}
            error={errors.projectId}
            onChange={(e) => setForm({ ...form, projectId: e.target.value })}
          />
        </div>
        <div className="col-6 col-md-3">
          <TextField label={t('app.personRecord.enrolments.entryDate')} type="date" value={form.entryDate} error={errors.entryDate} onChange={(e) => setForm({ ...form, entryDate: e.target.value })} />
        </div>
        <div className="col-6 col-md-3">
          <SelectField label={t('app.personRecord.enrolments.italianLevel')} placeholder={t('app.personRecord.notRecorded')} options={cefrOptions} value={form.italian} onChange={(e) => setForm({ ...form, italian: e.target.value })} />
        </div>
      </div>
      <div className="d-flex flex-wrap gap-3 align-items-center">
        <Button type="submit" busy={busy}>
          {t('app.personRecord.enrolments.enrol')}
        </Button>
        <Button variant="link" onClick={onCancel}>
          {t('app.common.cancel')}
        </Button>
      </div>
    </form>
  );
}

/** Closes an enrolment (exit date and reason), with the version read: If-Match. */
export function ExitForm({ personId, enrolment, onSaved, onCancel, onReload }: { personId: string; enrolment: EnrolmentView; onSaved(): void; onCancel(): void; onReload(): void }) {
  const { t } = useTranslation();
  const vocab = useVocab();
  const [form, setForm] = useState({ exitDate: today(), exitReason: 'completed', italian: '' });
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api.patch(
        `/api/people/${personId}/enrolments/${enrolment.id}`,
        { exitDate: form.exitDate, exitReason: form.exitReason, ...(form.italian ? { cefr: [{ language: 'it', level: form.italian }] } : {}) },
        ifMatch(enrolment.version),
      );
      onSaved();
    } catch (err) {
      setError(asApiError(err));
    } finally {
      setBusy(false);
    }
  };
  const errors = error?.fieldMessages() ?? {};
  return (
    <form onSubmit={submit} noValidate aria-labelledby="exit-title" className="app-card mb-4">
      <h3 id="exit-title" className="h5" tabIndex={-1}>
        {t('app.personRecord.enrolments.exitTitle', { project: enrolment.projectName })}
      </h3>
      {isVersionProblem(error) ? <VersionConflict onReload={onReload} /> : <ErrorSlot message={error?.message} />}
      <div className="row">
        <div className="col-6 col-md-3">
          <TextField label={t('app.personRecord.enrolments.exitDate')} type="date" value={form.exitDate} error={errors.exitDate} onChange={(e) => setForm({ ...form, exitDate: e.target.value })} />
        </div>
        <div className="col-6 col-md-5">
          <SelectField
            label={t('app.personRecord.enrolments.exitReason')}
            options={vocab.options('exitReasons', ENROLMENT_EXIT_REASONS)}
            value={form.exitReason}
            error={errors.exitReason}
            onChange={(e) => setForm({ ...form, exitReason: e.target.value })}
          />
        </div>
        <div className="col-12 col-md-4">
          <SelectField label={t('app.personRecord.enrolments.italianLevel')} placeholder={t('app.personRecord.notRecorded')} options={cefrOptions} value={form.italian} onChange={(e) => setForm({ ...form, italian: e.target.value })} />
        </div>
      </div>
      <div className="d-flex flex-wrap gap-3 align-items-center">
        <Button type="submit" busy={busy}>
          {t('app.personRecord.enrolments.recordExit')}
        </Button>
        <Button variant="link" onClick={onCancel}>
          {t('app.common.cancel')}
        </Button>
      </div>
    </form>
  );
}
