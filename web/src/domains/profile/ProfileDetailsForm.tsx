import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { UI_LANGUAGES, isUiLanguage } from '../../../../common/i18n/languages.js';
import type { Me } from '../../../../common/schemas/auth.js';
import { api, asApiError } from '../../app/api.js';
import { i18n, rememberLanguage } from '../../app/i18n.js';
import { useSession } from '../../app/session.js';
import { Alert, ErrorSlot } from '../../components/Alert.js';
import { Button } from '../../components/Button.js';
import { SelectField } from '../../components/SelectField.js';
import { TextField } from '../../components/TextField.js';

export function ProfileDetailsForm() {
  const { t } = useTranslation();
  const { me, updateMe } = useSession();
  const [displayName, setDisplayName] = useState(me?.displayName ?? '');
  const [locale, setLocale] = useState(me?.locale ?? 'it');
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setFields({});
    setSaved(false);
    try {
      const updated = await api.patch<Me>('/api/me', { displayName, locale });
      if (me) updateMe(updated && typeof updated === 'object' && 'id' in updated ? updated : { ...me, displayName, locale });
      if (isUiLanguage(locale)) {
        rememberLanguage(locale);
        await i18n.changeLanguage(locale);
      }
      setSaved(true);
    } catch (err) {
      const apiErr = asApiError(err);
      setFields(apiErr.fieldMessages());
      setError(apiErr.message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="profile-details-title">
      <h2 id="profile-details-title" className="h4 mb-4">
        {t('app.profile.detailsTitle')}
      </h2>
      <ErrorSlot message={error} />
      {saved ? <Alert tone="success">{t('app.common.saved')}</Alert> : null}
      <form onSubmit={submit} noValidate>
        <TextField
          label={t('app.profile.displayName')}
          required
          autoComplete="name"
          value={displayName}
          error={fields.displayName}
          onChange={(e) => setDisplayName(e.target.value)}
        />
        <SelectField
          label={t('app.profile.language')}
          options={UI_LANGUAGES.map((l) => ({ value: l.code, label: l.name }))}
          value={locale}
          error={fields.locale}
          onChange={(e) => setLocale(e.target.value)}
        />
        <Button type="submit" busy={busy}>
          {t('app.common.save')}
        </Button>
      </form>
    </section>
  );
}
