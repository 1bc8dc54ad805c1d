import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { z } from 'zod';
import type { noticeDetailView } from '../../../../../common/schemas/consents.js';
import { CONTENT_LANGUAGES } from '../../../../../common/schemas/directory.js';
import type { OrganisationView } from '../../../../../common/schemas/organisations.js';
import { CONSENT_PURPOSES } from '../../../../../common/schemas/people-vocabulary.js';
import { api, asApiError, type ApiError } from '../../../app/api.js';
import { useApi } from '../../../app/use-api.js';
import { ErrorSlot } from '../../../components/Alert.js';
import { Button } from '../../../components/Button.js';
import { PageHeading } from '../../../components/PageHeading.js';
import { SelectField } from '../../../components/SelectField.js';
import { TextArea } from '../../../components/TextArea.js';
import { TextField } from '../../../components/TextField.js';
import { languageLabel } from '../../people/countries.js';
import { useVocab } from '../../people/vocab.js';
import { AdminNav } from './AdminNav.js';

type Texts = Record<string, { title: string; body: string }>;
type NoticeDetail = z.infer<typeof noticeDetailView>;

/** Field errors of the texts ("body.texts.fr.body" → "fr.body"). */
function textErrors(err: ApiError | null): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of err?.fields ?? []) {
    const m = /^body\.texts\.([a-z]{2,3})\.(title|body)$/.exec(f.path);
    if (m) out[`${m[1]}.${m[2]}`] = f.message;
  }
  return out;
}

/**
 * Publishes an information notice: a new purpose's first version, or (`?from=`) the next version
 * of an existing one, starting from its texts. Italian is the reference text; every other
 * language the person may read it in is added beside it.
 */
export function NoticeEditPage() {
  const { t, i18n } = useTranslation();
  const vocab = useVocab();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const from = params.get('from');
  const previous = useApi<NoticeDetail>(from ? `/api/notices/${encodeURIComponent(from)}` : null);
  const organisations = useApi<{ items: OrganisationView[] }>('/api/organisations');
  const [purpose, setPurpose] = useState<string>('service_delivery');
  const [partner, setPartner] = useState('');
  const [texts, setTexts] = useState<Texts>({ it: { title: '', body: '' } });
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    const p = previous.data;
    if (!p) return;
    setPurpose(p.purpose);
    setPartner(p.partnerOrganisationId ?? '');
    setTexts(p.texts);
  }, [previous.data]);

  const setText = (lang: string, key: 'title' | 'body', value: string) => setTexts((x) => ({ ...x, [lang]: { title: x[lang]?.title ?? '', body: x[lang]?.body ?? '', [key]: value } }));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const filled = Object.fromEntries(Object.entries(texts).filter(([l, v]) => l === 'it' || v.title.trim() || v.body.trim()));
    try {
      await api.post('/api/notices', { purpose, partnerOrganisationId: purpose === 'sharing' ? partner || null : null, texts: filled });
      navigate('/admin/notices');
    } catch (err) {
      setError(asApiError(err));
    } finally {
      setBusy(false);
    }
  };
  const errors = error?.fieldMessages() ?? {};
  const perText = textErrors(error);
  const lang = (l: string) => languageLabel(l, i18n.language);
  return (
    <>
      <PageHeading title={from ? t('app.adminPeople.notices.newVersionTitle') : t('app.adminPeople.notices.newTitle')} lead={t('app.adminPeople.notices.publishLead')} />
      <AdminNav />
      <ErrorSlot message={error?.message ?? previous.error?.message} />
      <form onSubmit={submit} noValidate>
        <div className="row">
          <div className="col-12 col-md-6">
            <SelectField label={t('app.adminPeople.notices.purpose')} options={vocab.options('purposes', CONSENT_PURPOSES)} value={purpose} disabled={!!from} error={errors.purpose} onChange={(e) => setPurpose(e.target.value)} />
          </div>
          {purpose === 'sharing' ? (
            <div className="col-12 col-md-6">
              <SelectField
                label={t('app.adminPeople.notices.partner')}
                placeholder={t('app.common.choose')}
                required
                disabled={!!from}
                options={(organisations.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }))}
                value={partner}
                error={errors.partnerOrganisationId}
                onChange={(e) => setPartner(e.target.value)}
              />
            </div>
          ) : null}
        </div>
        {CONTENT_LANGUAGES.map((l) => (
          <details key={l} className="mb-3 app-card" open={l === 'it' || !!texts[l]}>
            <summary className="fw-semibold">{l === 'it' ? t('app.adminPeople.notices.reference', { language: lang(l) }) : lang(l)}</summary>
            <div lang={l} className="mt-3">
              <TextField label={t('app.adminPeople.notices.textTitle', { language: lang(l) })} dir="auto" value={texts[l]?.title ?? ''} error={perText[`${l}.title`]} onChange={(e) => setText(l, 'title', e.target.value)} />
              <TextArea label={t('app.adminPeople.notices.textBody', { language: lang(l) })} dir="auto" rows={6} value={texts[l]?.body ?? ''} error={perText[`${l}.body`]} onChange={(e) => setText(l, 'body', e.target.value)} />
            </div>
          </details>
        ))}
        <div className="d-flex flex-wrap gap-3 align-items-center">
          <Button type="submit" busy={busy}>
            {t('app.adminPeople.notices.publish')}
          </Button>
          <Link to="/admin/notices">{t('app.common.cancel')}</Link>
        </div>
      </form>
    </>
  );
}
