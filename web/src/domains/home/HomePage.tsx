import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Permission } from '../../../../common/permissions.js';
import { isolate } from '../../app/format.js';
import { useSession } from '../../app/session.js';
import { PageHeading } from '../../components/PageHeading.js';

const SECTIONS: { to: string; key: string; permission: Permission }[] = [
  { to: '/organisations', key: 'organisations', permission: 'organisation.read' },
  { to: '/users', key: 'users', permission: 'user.read' },
  { to: '/audit', key: 'audit', permission: 'audit.read' },
];

export function HomePage() {
  const { t } = useTranslation();
  const { me, can } = useSession();
  if (!me) return null;
  const sections = SECTIONS.filter((s) => can(s.permission));
  return (
    <>
      <PageHeading
        title={t('app.home.title', { name: isolate(me.displayName) })}
        lead={t('app.home.lead', { organisation: isolate(me.organisation.name), tenant: isolate(me.tenant.name) })}
      />
      <p>
        {t('app.home.roles')} {me.roles.map((r) => t(`app.roles.${r}`)).join(', ')}
      </p>
      {sections.length > 0 ? (
        <div className="row g-4 mt-2">
          {sections.map((s) => (
            <div className="col-12 col-md-6 col-lg-4" key={s.to}>
              <div className="app-card">
                <h2 className="h5">
                  <Link to={s.to}>{t(`app.nav.${s.key}`)}</Link>
                </h2>
                <p className="mb-0">{t(`app.home.cards.${s.key}`)}</p>
              </div>
            </div>
          ))}
        </div>
      ) : (
        <p className="text-secondary">{t('app.home.nothingYet')}</p>
      )}
    </>
  );
}
