import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api, asApiError } from '../../app/api.js';
import { useSession } from '../../app/session.js';
import { ErrorSlot } from '../../components/Alert.js';
import { Button } from '../../components/Button.js';
import { PageHeading } from '../../components/PageHeading.js';
import { TextField } from '../../components/TextField.js';

/**
 * The e-mailed link carries the token in the fragment (#token=… or #…), which browsers never
 * send to servers or put in Referer headers; it is removed from the address bar at once.
 */
function takeTokenFromHash(): string {
  const raw = window.location.hash.replace(/^#/, '');
  if (!raw) return '';
  const token = raw.includes('=') ? (new URLSearchParams(raw).get('token') ?? '') : decodeURIComponent(raw);
  window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
  return token;
}

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { ended } = useSession();
  const [token] = useState(takeTokenFromHash);
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [invalidLink, setInvalidLink] = useState(!token);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setFieldError(null);
    if (password !== confirm) {
      setFieldError(t('app.password.mismatch'));
      return;
    }
    setBusy(true);
    try {
      await api.post('/api/auth/password/reset', { token, password }, { quiet401: true });
      ended('passwordReset');
      navigate('/login', { replace: true });
    } catch (err) {
      const apiErr = asApiError(err);
      if (apiErr.code === 'RESET_TOKEN_INVALID') setInvalidLink(true);
      else if (apiErr.code.startsWith('PASSWORD_')) setFieldError(apiErr.message);
      setError(apiErr.message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="row justify-content-center">
      <div className="col-12 col-md-8 col-lg-6">
        <PageHeading title={t('app.reset.title')} lead={invalidLink ? undefined : t('app.reset.lead')} />
        <ErrorSlot message={invalidLink ? t('errors.RESET_TOKEN_INVALID') : error} />
        {invalidLink ? (
          <Link to="/forgot-password">{t('app.reset.requestNew')}</Link>
        ) : (
          <form onSubmit={submit} noValidate className="mt-4">
            <TextField
              label={t('app.password.new')}
              type="password"
              autoComplete="new-password"
              required
              hint={t('app.password.hint')}
              value={password}
              error={fieldError}
              onChange={(e) => setPassword(e.target.value)}
            />
            <TextField
              label={t('app.password.confirm')}
              type="password"
              autoComplete="new-password"
              required
              value={confirm}
              onChange={(e) => setConfirm(e.target.value)}
            />
            <Button type="submit" busy={busy}>
              {t('app.reset.submit')}
            </Button>
          </form>
        )}
      </div>
    </div>
  );
}
