import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { UI_LANGUAGES } from '../../../../common/i18n/languages.js';
import type { Role } from '../../../../common/permissions.js';
import type { UserView } from '../../../../common/schemas/users.js';
import { api, asApiError } from '../../app/api.js';
import { currentLanguage } from '../../app/i18n.js';
import { ErrorSlot } from '../../components/Alert.js';
import { Button } from '../../components/Button.js';
import { PageHeading } from '../../components/PageHeading.js';
import { SelectField } from '../../components/SelectField.js';
import { TextField } from '../../components/TextField.js';
import { AccessFields } from './AccessFields.js';

export function UserCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [organisationId, setOrganisationId] = useState('');
  const [roles, setRoles] = useState<Role[]>([]);
  const [locale, setLocale] = useState<string>(currentLanguage());
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setFields({});
    try {
      const user = await api.post<UserView>('/api/users', { email, displayName, organisationId, roles, locale });
      navigate(`/users/${user.id}`, { state: { created: true } });
    } catch (err) {
      const apiErr = asApiError(err);
      const f = apiErr.fieldMessages();
      if (apiErr.code === 'EMAIL_TAKEN') f.email = apiErr.message;
      setFields(f);
      setError(apiErr.message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeading title={t('app.users.newTitle')} lead={t('app.users.newLead')} />
      <ErrorSlot message={error} />
      <form onSubmit={submit} noValidate className="mt-4 app-form">
        <div className="row">
          <div className="col-12 col-md-6">
            <TextField label={t('app.users.email')} type="email" required autoComplete="off" value={email} error={fields.email} onChange={(e) => setEmail(e.target.value)} />
          </div>
          <div className="col-12 col-md-6">
            <TextField label={t('app.users.displayName')} required autoComplete="off" value={displayName} error={fields.displayName} onChange={(e) => setDisplayName(e.target.value)} />
          </div>
          <div className="col-12 col-md-6">
            <SelectField
              label={t('app.users.locale')}
              options={UI_LANGUAGES.map((l) => ({ value: l.code, label: l.name }))}
              value={locale}
              error={fields.locale}
              onChange={(e) => setLocale(e.target.value)}
            />
          </div>
        </div>
        <AccessFields organisationId={organisationId} roles={roles} onOrganisation={setOrganisationId} onRoles={setRoles} errors={fields} />
        <div className="d-flex flex-wrap gap-3 align-items-center">
          <Button type="submit" busy={busy}>
            {t('app.users.create')}
          </Button>
          <Link to="/users">{t('app.common.cancel')}</Link>
        </div>
      </form>
    </>
  );
}
