import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, asApiError } from '../../app/api.js';
import { ErrorSlot } from '../../components/Alert.js';
import { Button } from '../../components/Button.js';
import { Spinner } from '../../components/Spinner.js';
import { TextField } from '../../components/TextField.js';
import { RecoveryCodes } from './RecoveryCodes.js';

interface Setup {
  secret: string;
  otpauthUri: string;
  qrSvg: string;
}

/** The QR code as an image (never injected markup); base64 of UTF-8 so any SVG text survives. */
function svgDataUri(svg: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(svg)) binary += String.fromCharCode(byte);
  return `data:image/svg+xml;base64,${window.btoa(binary)}`;
}

function groupSecret(secret: string): string {
  return secret.replace(/(.{4})/g, '$1 ').trim();
}

// Each setup call issues a new secret and only the last one can be confirmed: a component that
// mounts twice in a row (React dev mode, a quick re-render) must share one call, not race two.
let inflight: Promise<Setup> | null = null;
function startSetup(): Promise<Setup> {
  if (!inflight) {
    inflight = api.post<Setup>('/api/me/mfa/setup', {});
    const clear = () => {
      inflight = null;
    };
    inflight.then(clear, clear);
  }
  return inflight;
}

/** Turning on TOTP: scan (or type) the secret, confirm with a code, keep the recovery codes. */
export function MfaEnrolment({ onDone, doneLabel }: { onDone(): void; doneLabel: string }) {
  const { t } = useTranslation();
  const [setup, setSetup] = useState<Setup | null>(null);
  const [code, setCode] = useState('');
  const [codes, setCodes] = useState<string[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    startSetup()
      .then((s) => live && setSetup(s))
      .catch((err) => live && setError(asApiError(err).message));
    return () => {
      live = false;
    };
  }, []);

  const confirm = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const res = await api.post<{ recoveryCodes: string[] }>('/api/me/mfa/confirm', { code: code.trim() });
      setCodes(res.recoveryCodes);
    } catch (err) {
      setError(asApiError(err).message);
    } finally {
      setBusy(false);
    }
  };

  if (codes) return <RecoveryCodes codes={codes} onDone={onDone} doneLabel={doneLabel} />;
  if (!setup) return error ? <ErrorSlot message={error} /> : <Spinner />;
  return (
    <div>
      <ol className="mb-4">
        <li>{t('app.mfa.stepInstall')}</li>
        <li>{t('app.mfa.stepScan')}</li>
        <li>{t('app.mfa.stepConfirm')}</li>
      </ol>
      <div className="d-flex flex-wrap gap-4 align-items-start mb-4">
        <img className="app-qr" src={svgDataUri(setup.qrSvg)} alt={t('app.mfa.qrAlt')} />
        <div>
          <p className="mb-1">{t('app.mfa.secretLabel')}</p>
          <p className="app-secret h5" data-testid="mfa-secret">
            {groupSecret(setup.secret)}
          </p>
        </div>
      </div>
      <ErrorSlot message={error} />
      <form onSubmit={confirm} noValidate className="app-narrow">
        <TextField
          label={t('app.mfa.code')}
          hint={t('app.mfa.codeHint')}
          autoComplete="one-time-code"
          inputMode="numeric"
          required
          value={code}
          onChange={(e) => setCode(e.target.value)}
        />
        <Button type="submit" busy={busy}>
          {t('app.mfa.confirm')}
        </Button>
      </form>
    </div>
  );
}
