import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { GUARDIAN_RELATIONS, type ConsentStateView, type noticeDetailView } from '../../../../common/schemas/consents.js';
import { CONTENT_LANGUAGES } from '../../../../common/schemas/directory.js';
import type { StoredFileView } from '../../../../common/schemas/files.js';
import { CONSENT_DECISIONS, EXPLAINED_HOW } from '../../../../common/schemas/people-vocabulary.js';
import { api, asApiError, query, type ApiError } from '../../app/api.js';
import { useApi } from '../../app/use-api.js';
import { ErrorSlot } from '../../components/Alert.js';
import { Button } from '../../components/Button.js';
import { SelectField } from '../../components/SelectField.js';
import { TextField } from '../../components/TextField.js';
import { GUARDIAN_RELATION_LABELS } from './consent-labels.js';
import { languageLabel } from './countries.js';
import { useVocab } from './vocab.js';

type NoticeDetail = z.infer<typeof noticeDetailView>;

interface Props {
  personId: string;
  state: ConsentStateView & { currentNotice: { id: string; version: number } };
  personLanguage: string | null;
  minor: boolean;
  onSaved(): void;
  onCancel(): void;
}

/**
 * Records the person's decision on the current notice of a purpose: in which language and how it
 * was explained (by whom), given or refused, the guardian for a minor, and a scanned signature.
 */
export function ConsentDecisionForm({ personId, state, personLanguage, minor, onSaved, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const vocab = useVocab();
  const startLang = personLanguage && (CONTENT_LANGUAGES as readonly string[]).includes(personLanguage) ? personLanguage : i18n.language;
  const [form, setForm] = useState({
    language: startLang,
    explainedHow: 'read_aloud',
    explainedBy: '',
    decidedOn: new Date().toISOString().slice(0, 10),
    decision: 'given',
    guardianName: '',
    guardianRelation: 'parent',
    guardianDocument: '',
  });
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const notice = useApi<NoticeDetail>(`/api/notices/${state.currentNotice.id}${query({ lang: form.language })}`);
  const set = <K extends keyof typeof form>(k: K, v: (typeof form)[K]) => setForm((f) => ({ ...f, [k]: v }));
  const needsName = form.explainedHow === 'interpreter' || form.explainedHow === 'cultural_mediator';

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      let signatureFileId: string | null = null;
      if (file) {
        const stored = await api.upload<StoredFileView>(`/api/files${query({ purpose: 'consent_signature', fileName: file.name })}`, file);
        signatureFileId = stored.id;
      }
      await api.post(`/api/people/${personId}/consents`, {
        noticeId: state.currentNotice.id,
        noticeVersion: state.currentNotice.version,
        language: form.language,
        explainedHow: form.explainedHow,
        explainedBy: needsName ? form.explainedBy.trim() || null : null,
        decidedOn: form.decidedOn,
        decision: form.decision,
        signatureFileId,
        guardian: minor || form.guardianName.trim() ? { name: form.guardianName.trim(), relation: form.guardianRelation, document: form.guardianDocument.trim() || null } : null,
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
    <form onSubmit={submit} noValidate aria-labelledby="consent-form-title" className="app-card mb-4">
      <h3 id="consent-form-title" className="h5" tabIndex={-1}>
        {t('app.personRecord.consents.formTitle', { purpose: vocab.label('purposes', state.purpose), version: state.currentNotice.version })}
      </h3>
      <ErrorSlot message={error?.message} />
      <div className="row">
        <div className="col-12 col-md-4">
          <SelectField
            label={t('app.personRecord.consents.language')}
            options={CONTENT_LANGUAGES.map((l) => ({ value: l, label: languageLabel(l, i18n.language) }))}
            value={form.language}
            error={errors.language}
            onChange={(e) => set('language', e.target.value)}
          />
        </div>
        <div className="col-12 col-md-4">
          <SelectField label={t('app.personRecord.consents.explainedHow')} options={vocab.options('explainedHow', EXPLAINED_HOW)} value={form.explainedHow} error={errors.explainedHow} onChange={(e) => set('explainedHow', e.target.value)} />
        </div>
        {needsName ? (
          <div className="col-12 col-md-4">
            <TextField label={t('app.personRecord.consents.explainedBy')} value={form.explainedBy} error={errors.explainedBy} onChange={(e) => set('explainedBy', e.target.value)} />
          </div>
        ) : null}
      </div>
      {notice.data ? (
        <details className="mb-3">
          <summary>{t('app.personRecord.consents.showNotice', { title: notice.data.title })}</summary>
          <div lang={notice.data.language} dir="auto" className="app-pre-line mt-2">
            {notice.data.fallback ? <p className="text-secondary">{t('app.personRecord.consents.noticeFallback')}</p> : null}
            {notice.data.body}
          </div>
        </details>
      ) : null}
      <div className="row">
        <div className="col-12 col-md-4">
          <TextField label={t('app.personRecord.consents.decidedOn')} type="date" value={form.decidedOn} error={errors.decidedOn} onChange={(e) => set('decidedOn', e.target.value)} />
        </div>
        <div className="col-12 col-md-4">
          <SelectField label={t('app.personRecord.consents.decision')} options={vocab.options('decisions', CONSENT_DECISIONS)} value={form.decision} error={errors.decision} onChange={(e) => set('decision', e.target.value)} />
        </div>
        <div className="col-12 col-md-4">
          <div className="form-group">
            <label htmlFor="signature-file" className="active">
              {t('app.personRecord.consents.signature')}
            </label>
            <input id="signature-file" type="file" className="form-control" accept="application/pdf,image/jpeg,image/png" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
          </div>
        </div>
      </div>
      {minor ? (
        <fieldset className="mb-3">
          <legend className="h6 fw-semibold text-body">{t('app.personRecord.consents.guardian')}</legend>
          <div className="row">
            <div className="col-12 col-md-4">
              <TextField label={t('app.personRecord.consents.guardianName')} value={form.guardianName} error={errors.guardian} onChange={(e) => set('guardianName', e.target.value)} />
            </div>
            <div className="col-12 col-md-4">
              <SelectField
                label={t('app.personRecord.consents.guardianRelation')}
                options={GUARDIAN_RELATIONS.map((r) => ({ value: r, label: t(GUARDIAN_RELATION_LABELS[r]) }))}
                value={form.guardianRelation}
                onChange={(e) => set('guardianRelation', e.target.value)}
              />
            </div>
            <div className="col-12 col-md-4">
              <TextField label={t('app.personRecord.consents.guardianDocument')} value={form.guardianDocument} onChange={(e) => set('guardianDocument', e.target.value)} />
            </div>
          </div>
        </fieldset>
      ) : null}
      <div className="d-flex flex-wrap gap-3 align-items-center">
        <Button type="submit" busy={busy}>
          {t('app.personRecord.consents.record')}
        </Button>
        <Button variant="link" onClick={onCancel}>
          {t('app.common.cancel')}
        </Button>
      </div>
    </form>
  );
}
