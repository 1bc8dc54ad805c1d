import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSession } from '../../app/session.js';
import { Alert } from '../../components/Alert.js';
import { PageHeading } from '../../components/PageHeading.js';
import { MfaEnrolment } from './MfaEnrolment.js';

/** Forced on sessions that must enrol a second factor before anything else. */
export function MfaSetupPage() {
  const { t } = useTranslation();
  const { refresh, signOut } = useSession();
  const navigate = useNavigate();
  return (
    <>
      <PageHeading title={t('app.mfa.setupTitle')} lead={t('app.mfa.setupLead')} />
      <Alert tone="info">{t('errors.AUTH_MFA_SETUP_REQUIRED')}</Alert>
      <MfaEnrolment
        doneLabel={t('app.mfa.continue')}
        onDone={() => {
          void refresh().then((me) => navigate(me ? '/' : '/login', { replace: true }));
        }}
      />
      <p className="mt-5">
        <button type="button" className="btn btn-link p-0" onClick={() => void signOut().then(() => navigate('/login'))}>
          {t('app.shell.signOut')}
        </button>
      </p>
    </>
  );
}
