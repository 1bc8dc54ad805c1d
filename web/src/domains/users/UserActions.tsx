import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserView } from '../../../../common/schemas/users.js';
import { api, asApiError } from '../../app/api.js';
import { isolate } from '../../app/format.js';
import { Alert, ErrorSlot } from '../../components/Alert.js';
import { Button } from '../../components/Button.js';
import { ConfirmDialog } from '../../components/Dialog.js';

type Action = 'passwordLink' | 'mfaReset';

/** Help-desk actions on an account: e-mail a set-password link, clear a lost second factor. */
export function UserActions({ user, onChanged }: { user: UserView; onChanged(): void }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState<Action | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async (action: Action) => {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const path = action === 'passwordLink' ? 'password-link' : 'mfa-reset';
      await api.post(`/api/users/${encodeURIComponent(user.id)}/${path}`, {});
      setDone(t(`app.users.actions.${action}Done`, { email: isolate(user.email) }));
      if (action === 'mfaReset') onChanged();
    } catch (err) {
      setError(asApiError(err).message);
    } finally {
      setBusy(false);
      setConfirming(null);
    }
  };

  return (
    <section aria-labelledby="user-actions-title">
      <h2 id="user-actions-title" className="h4 mb-4">
        {t('app.users.actions.title')}
      </h2>
      {done ? <Alert tone="success">{done}</Alert> : null}
      <ErrorSlot message={error} />
      <div className="mb-4">
        <p className="mb-2">{t('app.users.actions.passwordLinkHelp')}</p>
        <Button variant="outline-primary" disabled={user.status !== 'active'} onClick={() => setConfirming('passwordLink')}>
          {t('app.users.actions.passwordLink')}
        </Button>
      </div>
      <div>
        <p className="mb-2">{t('app.users.actions.mfaResetHelp')}</p>
        <Button variant="outline-danger" disabled={!user.mfaEnabled} onClick={() => setConfirming('mfaReset')}>
          {t('app.users.actions.mfaReset')}
        </Button>
      </div>
      <ConfirmDialog
        open={confirming !== null}
        title={confirming ? t(`app.users.actions.${confirming}`) : ''}
        confirmLabel={t('app.common.confirm')}
        danger={confirming === 'mfaReset'}
        busy={busy}
        onCancel={() => setConfirming(null)}
        onConfirm={() => confirming && void run(confirming)}
      >
        <p>{confirming ? t(`app.users.actions.${confirming}Confirm`, { name: isolate(user.displayName) }) : null}</p>
      </ConfirmDialog>
    </section>
  );
}
