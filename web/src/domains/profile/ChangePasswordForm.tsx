import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, asApiError } from '../../app/api.js';
import { useSession } from '../../app/session.js';
import { ErrorSlot } from '../../components/Alert.js';
import { Button } from '../../components/Button.js';
import { TextField } from '../../components/TextField.js';

/** After a change the server ends every session, this one included: back to sign in, with a notice. */
export function ChangePasswordForm() {
  const { t } = useTranslation();
  const { ended } = useSession();
  const navigate = useNavigate();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [confirm, setConfirm] = useState('');
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setFields({});
    if (newPassword !== confirm) {
      setFields({ confirm: t('app.password.mismatch') });
      return;
    }
    setBusy(true);
    try {
      await api.post('/api/me/password', { currentPassword, newPassword });
      ended('passwordChanged');
      navigate('/login', { replace: true });
    } catch (err) {
      const apiErr = asApiError(err);
      const f = apiErr.fieldMessages();
      if (apiErr.code === 'PASSWORD_WRONG_CURRENT') f.currentPassword = apiErr.message;
      else if (apiErr.code.startsWith('PASSWORD_')) f.newPassword = apiErr.message;
      setFields(f);
      setError(apiErr.message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="change-password-title">
      <h2 id="change-password-title" className="h4 mb-4">
        {t('app.password.changeTitle')}
      </h2>
      <ErrorSlot message={error} />
      <form onSubmit={submit} noValidate>
        <TextField
          label={t('app.password.current')}
          type="password"
          autoComplete="current-password"
          required
          value={currentPassword}
          error={fields.currentPassword}
          onChange={(e) => setCurrent(e.target.value)}
        />
        <TextField
          label={t('app.password.new')}
          type="password"
          autoComplete="new-password"
          required
          hint={t('app.password.hint')}
          value={newPassword}
          error={fields.newPassword}
          onChange={(e) => setNew(e.target.value)}
        />
        <TextField
          label={t('app.password.confirm')}
          type="password"
          autoComplete="new-password"
          required
          value={confirm}
          error={fields.confirm}
          onChange={(e) => setConfirm(e.target.value)}
        />
        <Button type="submit" busy={busy}>
          {t('app.password.changeSubmit')}
        </Button>
      </form>
    </section>
  );
}
