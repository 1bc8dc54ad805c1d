import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, asApiError } from '../../app/api.js';
import { Alert, ErrorSlot } from '../../components/Alert.js';
import { Button } from '../../components/Button.js';
import { PageHeading } from '../../components/PageHeading.js';
import { TextField } from '../../components/TextField.js';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setFieldError(null);
    try {
      await api.post('/api/auth/password/forgot', { email });
      setSent(true);
    } catch (err) {
      const apiErr = asApiError(err);
      const fields = apiErr.fieldMessages();
      if (fields.email) setFieldError(fields.email);
      setError(apiErr.message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="row justify-content-center">
      <div className="col-12 col-md-8 col-lg-6">
        <PageHeading title={t('app.forgot.title')} lead={t('app.forgot.lead')} />
        {sent ? (
          <Alert tone="success">{t('app.forgot.sent')}</Alert>
        ) : (
          <>
            <ErrorSlot message={error} />
            <form onSubmit={submit} noValidate className="mt-4">
              <TextField
                label={t('app.login.email')}
                type="email"
                autoComplete="username"
                required
                value={email}
                error={fieldError}
                onChange={(e) => setEmail(e.target.value)}
              />
              <Button type="submit" busy={busy}>
                {t('app.forgot.submit')}
              </Button>
            </form>
          </>
        )}
        <p className="mt-4">
          <Link to="/login">{t('app.forgot.backToLogin')}</Link>
        </p>
      </div>
    </div>
  );
}
