import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { ERROR_STATUS } from '../../../../common/errors.js';
import { api, asApiError } from '../../app/api.js';
import { useSession, type SessionPayload } from '../../app/session.js';
import { Alert, ErrorSlot } from '../../components/Alert.js';
import { Button } from '../../components/Button.js';
import { PageHeading } from '../../components/PageHeading.js';
import { TextField } from '../../components/TextField.js';

interface Providers {
  oidc?: { enabled: boolean; label?: string };
}

/** OIDC callbacks come back as /app/login?error=CODE; only known codes are shown. */
function oidcErrorCode(raw: string | null): string | null {
  if (!raw) return null;
  return Object.hasOwn(ERROR_STATUS, raw) ? raw : 'OIDC_FAILED';
}

export function LoginPage() {
  const { t } = useTranslation();
  const { signedIn, notice } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [totp, setTotp] = useState('');
  const [step, setStep] = useState<'password' | 'totp'>('password');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [providers, setProviders] = useState<Providers>({});
  const totpRef = useRef<HTMLInputElement>(null);
  const from = (location.state as { from?: string } | null)?.from;
  const oidcError = oidcErrorCode(params.get('error'));

  useEffect(() => {
    const ctrl = new AbortController();
    api
      .get<Providers>('/api/auth/providers', { signal: ctrl.signal, quiet401: true })
      .then((p) => setProviders(p ?? {}))
      .catch(() => setProviders({}));
    return () => ctrl.abort();
  }, []);

  useEffect(() => {
    if (step === 'totp') totpRef.current?.focus();
  }, [step]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const body = step === 'totp' ? { email, password, totp: totp.trim() } : { email, password };
      const payload = await api.post<SessionPayload>('/api/auth/login', body, { quiet401: true });
      signedIn(payload);
      navigate(payload.user.sessionStage === 'mfa_setup' ? '/mfa-setup' : from && from !== '/login' ? from : '/', { replace: true });
    } catch (err) {
      const apiErr = asApiError(err);
      if (apiErr.code === 'AUTH_MFA_REQUIRED') {
        setStep('totp');
      } else {
        setError(apiErr.message);
        if (apiErr.code === 'AUTH_MFA_INVALID') setTotp('');
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="row justify-content-center">
      <div className="col-12 col-md-8 col-lg-6">
        <PageHeading title={t('app.login.title')} lead={t('app.login.lead')} />
        {notice ? <Alert tone={notice === 'sessionExpired' ? 'warning' : 'success'}>{t(`app.login.notice.${notice}`)}</Alert> : null}
        {oidcError ? <Alert tone="danger">{t(`errors.${oidcError}`)}</Alert> : null}
        <ErrorSlot message={error} />
        <form onSubmit={submit} noValidate className="mt-4">
          {step === 'password' ? (
            <>
              <TextField label={t('app.login.email')} type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
              <TextField
                label={t('app.login.password')}
                type="password"
                autoComplete="current-password"
                required
                value={password}
                onChange={(e) => setPassword(e.target.value)}
              />
            </>
          ) : (
            <>
              <Alert tone="info">{t('app.login.totpIntro')}</Alert>
              <TextField
                ref={totpRef}
                label={t('app.login.totp')}
                hint={t('app.login.totpHint')}
                autoComplete="one-time-code"
                inputMode="text"
                required
                value={totp}
                onChange={(e) => setTotp(e.target.value)}
              />
            </>
          )}
          <div className="d-flex flex-wrap gap-3 align-items-center">
            <Button type="submit" busy={busy}>
              {step === 'password' ? t('app.login.submit') : t('app.login.verify')}
            </Button>
            {step === 'totp' ? (
              <Button
                variant="outline-secondary"
                onClick={() => {
                  setStep('password');
                  setTotp('');
                  setError(null);
                }}
              >
                {t('app.common.back')}
              </Button>
            ) : (
              <Link to="/forgot-password">{t('app.login.forgot')}</Link>
            )}
          </div>
        </form>
        {providers.oidc?.enabled ? (
          <div className="mt-5 pt-4 border-top">
            <a className="btn btn-outline-primary" href="/api/auth/oidc/start">
              {providers.oidc.label ? t('app.login.oidc', { label: providers.oidc.label }) : t('app.login.oidcGeneric')}
            </a>
          </div>
        ) : null}
      </div>
    </div>
  );
}
