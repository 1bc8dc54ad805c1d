import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import type { OrganisationView } from '../../../../common/schemas/organisations.js';
import { useSession } from '../../app/session.js';
import { useApi } from '../../app/use-api.js';
import { Alert, ErrorSlot } from '../../components/Alert.js';
import { PageHeading } from '../../components/PageHeading.js';
import { Spinner } from '../../components/Spinner.js';

const FIELDS = ['slug', 'taxCode', 'email', 'phone', 'website', 'address'] as const;

export function OrganisationDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { can } = useSession();
  const saved = (useLocation().state as { saved?: boolean } | null)?.saved;
  const { data: org, error, loading } = useApi<OrganisationView>(`/api/organisations/${encodeURIComponent(id)}`);
  return (
    <>
      <PageHeading
        title={org?.name ?? t('app.organisations.detailTitle')}
        lead={org ? t(`app.organisations.kinds.${org.kind}`) : undefined}
        actions={
          org && can('organisation.manage') ? (
            <Link className="btn btn-outline-primary" to={`/organisations/${org.id}/edit`}>
              {t('app.common.edit')}
            </Link>
          ) : null
        }
      />
      {saved ? <Alert tone="success">{t('app.common.saved')}</Alert> : null}
      <ErrorSlot message={error?.message} />
      {loading ? <Spinner /> : null}
      {org ? (
        <dl className="row app-dl">
          <dt className="col-sm-4">{t('app.common.status')}</dt>
          <dd className="col-sm-8">{org.active ? t('app.common.active') : t('app.common.inactive')}</dd>
          <dt className="col-sm-4">{t('app.organisations.isLead')}</dt>
          <dd className="col-sm-8">{org.isLead ? t('app.common.yes') : t('app.common.no')}</dd>
          {FIELDS.map((f) => (
            <Fragment key={f}>
              <dt className="col-sm-4">{t(`app.organisations.${f}`)}</dt>
              <dd className="col-sm-8">{org[f] || t('app.common.none')}</dd>
            </Fragment>
          ))}
          {org.userCount !== undefined ? (
            <>
              <dt className="col-sm-4">{t('app.organisations.userCount')}</dt>
              <dd className="col-sm-8">{org.userCount}</dd>
            </>
          ) : null}
        </dl>
      ) : null}
      <p className="mt-4">
        <Link to="/organisations">{t('app.organisations.backToList')}</Link>
      </p>
    </>
  );
}
