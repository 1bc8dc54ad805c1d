import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, asApiError } from '../../app/api.js';
import { useSession } from '../../app/session.js';
import { Alert, ErrorSlot } from '../../components/Alert.js';
import { Button } from '../../components/Button.js';
import { TextField } from '../../components/TextField.js';
import { MfaEnrolment } from '../auth/MfaEnrolment.js';
import { RecoveryCodes } from '../auth/RecoveryCodes.js';

type Mode = 'idle' | 'enrolling' | 'codes';

export function MfaSection() {
  const { t } = useTranslation();
  const { me, refresh } = useSession();
  const [mode, setMode] = useState<Mode>('idle');
  const [code, setCode] = useState('');
  const [codes, setCodes] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState<'regenerate' | 'disable' | null>(null);
  if (!me) return null;

  const run = async (action: 'regenerate' | 'disable') => {
    setBusy(action);
    setError(null);
    setDone(null);
    try {
      if (action === 'regenerate') {
        const res = await api.post<{ recoveryCodes: string[] }>('/api/me/mfa/recovery-codes', { code: code.trim() });
        setCodes(res.recoveryCodes);
        setMode('codes');
      } else {
        await api.del('/api/me/mfa', { code: code.trim() });
        await refresh();
        setDone(t('app.mfa.disabled'));
      }
      setCode('');
    } catch (err) {
      setError(asApiError(err).message);
    } finally {
      setBusy(null);
    }
  };
  const noSubmit = (e: FormEvent) => e.preventDefault();

  return (
    <section aria-labelledby="mfa-title" className="border-top pt-5">
      <h2 id="mfa-title" className="h4 mb-3">
        {t('app.mfa.sectionTitle')}
      </h2>
      <p>
        {me.mfaEnabled ? t('app.mfa.statusOn') : t('app.mfa.statusOff')} {me.mfaRequired ? t('app.mfa.requiredByRole') : null}
      </p>
      {done ? <Alert tone="success">{done}</Alert> : null}
      <ErrorSlot message={error} />
      {mode === 'enrolling' ? (
        <MfaEnrolment
          doneLabel={t('app.common.done')}
          onDone={() => {
            setMode('idle');
            setDone(t('app.mfa.enabled'));
            void refresh();
          }}
        />
      ) : mode === 'codes' ? (
        <RecoveryCodes codes={codes} doneLabel={t('app.common.done')} onDone={() => setMode('idle')} />
      ) : me.mfaEnabled ? (
        <form onSubmit={noSubmit} noValidate className="app-narrow">
          <TextField
            label={t('app.mfa.currentCode')}
            hint={t('app.mfa.currentCodeHint')}
            autoComplete="one-time-code"
            value={code}
            onChange={(e) => setCode(e.target.value)}
          />
          <div className="d-flex flex-wrap gap-2">
            <Button variant="outline-primary" busy={busy === 'regenerate'} onClick={() => void run('regenerate')}>
              {t('app.mfa.regenerate')}
            </Button>
            <Button variant="outline-danger" busy={busy === 'disable'} onClick={() => void run('disable')}>
              {t('app.mfa.disable')}
            </Button>
          </div>
        </form>
      ) : (
        <Button onClick={() => setMode('enrolling')}>{t('app.mfa.enable')}</Button>
      )}
    </section>
  );
}
