import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { UI_LANGUAGES } from '../../../../common/i18n/languages.js';
import type { Role } from '../../../../common/permissions.js';
import type { UserView } from '../../../../common/schemas/users.js';
import { api, asApiError } from '../../app/api.js';
import { useFormat } from '../../app/format.js';
import { useSession } from '../../app/session.js';
import { useApi } from '../../app/use-api.js';
import { Alert, ErrorSlot } from '../../components/Alert.js';
import { Button } from '../../components/Button.js';
import { PageHeading } from '../../components/PageHeading.js';
import { SelectField } from '../../components/SelectField.js';
import { Spinner } from '../../components/Spinner.js';
import { TextField } from '../../components/TextField.js';
import { AccessFields } from './AccessFields.js';
import { StatusBadge } from './StatusBadge.js';
import { UserActions } from './UserActions.js';

export function UserDetailPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { id = '' } = useParams();
  const { can } = useSession();
  const created = (useLocation().state as { created?: boolean } | null)?.created;
  const { data: loaded, error: loadError, loading, reload } = useApi<UserView>(`/api/users/${encodeURIComponent(id)}`);
  const [user, setUser] = useState<UserView | null>(null);
  const [form, setForm] = useState({ displayName: '', organisationId: '', roles: [] as Role[], status: 'active', locale: 'it' });
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!loaded) return;
    setUser(loaded);
    setForm({ displayName: loaded.displayName, organisationId: loaded.organisation.id, roles: loaded.roles, status: loaded.status, locale: loaded.locale });
  }, [loaded]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setFields({});
    setSaved(false);
    try {
      const updated = await api.patch<UserView>(`/api/users/${encodeURIComponent(id)}`, form);
      setUser(updated);
      setSaved(true);
    } catch (err) {
      const apiErr = asApiError(err);
      setFields(apiErr.fieldMessages());
      setError(apiErr.message);
    } finally {
      setBusy(false);
    }
  };

  if (loading && !user) return <Spinner />;
  if (!user) return <ErrorSlot message={loadError?.message} />;
  const manage = can('user.manage');
  return (
    <>
      <PageHeading title={user.displayName} lead={<span dir="ltr">{user.email}</span>} />
      {created && !saved ? <Alert tone="success">{t('app.users.created')}</Alert> : null}
      {saved ? <Alert tone="success">{t('app.common.saved')}</Alert> : null}
      <ErrorSlot message={error} />
      <p className="d-flex flex-wrap gap-3 align-items-center">
        <StatusBadge status={user.status} />
        <span>{user.mfaEnabled ? t('app.mfa.statusOn') : t('app.mfa.statusOff')}</span>
        <span>
          {t('app.users.lastLogin')}: {user.lastLoginAt ? fmt.dateTime(user.lastLoginAt) : t('app.users.never')}
        </span>
      </p>
      {manage ? (
        <div className="row g-5">
          <div className="col-12 col-lg-7">
            <form onSubmit={submit} noValidate aria-labelledby="user-edit-title">
              <h2 id="user-edit-title" className="h4 mb-4">
                {t('app.users.editTitle')}
              </h2>
              <TextField label={t('app.users.displayName')} required value={form.displayName} error={fields.displayName} onChange={(e) => setForm({ ...form, displayName: e.target.value })} />
              <AccessFields
                organisationId={form.organisationId}
                roles={form.roles}
                onOrganisation={(organisationId) => setForm({ ...form, organisationId })}
                onRoles={(roles) => setForm({ ...form, roles })}
                errors={fields}
              />
              <div className="row">
                <div className="col-12 col-md-6">
                  <SelectField
                    label={t('app.common.status')}
                    hint={t('app.users.statusHint')}
                    options={['active', 'disabled'].map((s) => ({ value: s, label: t(`app.users.statuses.${s}`) }))}
                    value={form.status}
                    error={fields.status}
                    onChange={(e) => setForm({ ...form, status: e.target.value })}
                  />
                </div>
                <div className="col-12 col-md-6">
                  <SelectField
                    label={t('app.users.locale')}
                    options={UI_LANGUAGES.map((l) => ({ value: l.code, label: l.name }))}
                    value={form.locale}
                    error={fields.locale}
                    onChange={(e) => setForm({ ...form, locale: e.target.value })}
                  />
                </div>
              </div>
              <Button type="submit" busy={busy}>
                {t('app.common.save')}
              </Button>
            </form>
          </div>
          <div className="col-12 col-lg-5">
            <UserActions user={user} onChanged={reload} />
          </div>
        </div>
      ) : (
        <dl className="row app-dl">
          <dt className="col-sm-4">{t('app.users.organisation')}</dt>
          <dd className="col-sm-8">{user.organisation.name}</dd>
          <dt className="col-sm-4">{t('app.users.roles')}</dt>
          <dd className="col-sm-8">{user.roles.map((r) => t(`app.roles.${r}`)).join(', ')}</dd>
        </dl>
      )}
      <p className="mt-4">
        <Link to="/users">{t('app.users.backToList')}</Link>
      </p>
    </>
  );
}
