import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { processingPurposeView } from '../../../../../common/schemas/consents.js';
import { LEGAL_BASES } from '../../../../../common/schemas/people-vocabulary.js';
import { api, asApiError } from '../../../app/api.js';
import { useApi } from '../../../app/use-api.js';
import { Alert, ErrorSlot } from '../../../components/Alert.js';
import { Button } from '../../../components/Button.js';
import { PageHeading } from '../../../components/PageHeading.js';
import { SelectField } from '../../../components/SelectField.js';
import { Spinner } from '../../../components/Spinner.js';
import { useVocab } from '../../people/vocab.js';
import { AdminNav } from './AdminNav.js';

type Purpose = z.infer<typeof processingPurposeView>;

/** The legal basis of each processing purpose for this Comune (public task, consent...), shown on every record. */
export function LegalBasesPage() {
  const { t } = useTranslation();
  const vocab = useVocab();
  const { data, error, loading } = useApi<{ items: Purpose[] }>('/api/processing-purposes');
  const [items, setItems] = useState<Purpose[]>([]);
  const [saved, setSaved] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (data) setItems(data.items);
  }, [data]);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setSaved(false);
    setSaveError(null);
    try {
      const res = await api.put<{ items: Purpose[] }>('/api/processing-purposes', { items: items.map((i) => ({ purpose: i.purpose, legalBasis: i.legalBasis })) });
      setItems(res.items);
      setSaved(true);
    } catch (err) {
      setSaveError(asApiError(err).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <PageHeading title={t('app.adminPeople.legalBases.title')} lead={t('app.adminPeople.legalBases.lead')} />
      <AdminNav />
      {saved ? <Alert tone="success">{t('app.common.saved')}</Alert> : null}
      <ErrorSlot message={error?.message ?? saveError} />
      {loading && !data ? <Spinner /> : null}
      <form onSubmit={submit} noValidate>
        <div className="row">
          {items.map((p) => (
            <div className="col-12 col-md-6" key={p.purpose}>
              <SelectField
                label={vocab.label('purposes', p.purpose)}
                hint={p.isDefault ? t('app.adminPeople.legalBases.default') : undefined}
                options={vocab.options('legalBases', LEGAL_BASES)}
                value={p.legalBasis}
                onChange={(e) => setItems(items.map((x) => (x.purpose === p.purpose ? { ...x, legalBasis: e.target.value as Purpose['legalBasis'], isDefault: false } : x)))}
              />
            </div>
          ))}
        </div>
        {items.length ? (
          <Button type="submit" busy={busy}>
            {t('app.common.save')}
          </Button>
        ) : null}
      </form>
    </>
  );
}
