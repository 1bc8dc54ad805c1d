import { useTranslation } from 'react-i18next';
import { isolate } from '../../app/format.js';
import { useSession } from '../../app/session.js';
import { PageHeading } from '../../components/PageHeading.js';
import { ChangePasswordForm } from './ChangePasswordForm.js';
import { MfaSection } from './MfaSection.js';
import { ProfileDetailsForm } from './ProfileDetailsForm.js';

export function ProfilePage() {
  const { t } = useTranslation();
  const { me } = useSession();
  if (!me) return null;
  return (
    <>
      <PageHeading title={t('app.profile.title')} lead={t('app.profile.lead', { email: isolate(me.email), organisation: isolate(me.organisation.name) })} />
      <div className="row g-5">
        <div className="col-12 col-lg-6">
          <ProfileDetailsForm />
        </div>
        <div className="col-12 col-lg-6">
          <ChangePasswordForm />
        </div>
        <div className="col-12">
          <MfaSection />
        </div>
      </div>
    </>
  );
}
