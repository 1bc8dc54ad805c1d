import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { NoticeView } from '../../../../../common/schemas/consents.js';
import { useFormat } from '../../../app/format.js';
import { useApi } from '../../../app/use-api.js';
import { ErrorSlot } from '../../../components/Alert.js';
import { DataTable } from '../../../components/DataTable.js';
import { PageHeading } from '../../../components/PageHeading.js';
import { Spinner } from '../../../components/Spinner.js';
import { languageLabel } from '../../people/countries.js';
import { useVocab } from '../../people/vocab.js';
import { AdminNav } from './AdminNav.js';

/** Information notices per purpose, every version (a new version retires the previous one). */
export function NoticesPage() {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const vocab = useVocab();
  const { data, error, loading } = useApi<{ items: NoticeView[] }>('/api/notices?includeRetired=true');
  const purposeOf = (n: NoticeView) => (n.partnerOrganisationName ? `${vocab.label('purposes', n.purpose)} — ${n.partnerOrganisationName}` : vocab.label('purposes', n.purpose));
  return (
    <>
      <PageHeading
        title={t('app.adminPeople.notices.title')}
        lead={t('app.adminPeople.notices.lead')}
        actions={
          <Link className="btn btn-primary" to="/admin/notices/new">
            {t('app.adminPeople.notices.new')}
          </Link>
        }
      />
      <AdminNav />
      <ErrorSlot message={error?.message} />
      {loading && !data ? <Spinner /> : null}
      {data ? (
        <DataTable
          caption={t('app.adminPeople.notices.title')}
          rows={data.items}
          rowKey={(n) => n.id}
          empty={t('app.adminPeople.notices.empty')}
          columns={[
            { key: 'purpose', header: t('app.adminPeople.notices.purpose'), rowHeader: true, cell: (n) => purposeOf(n) },
            { key: 'version', header: t('app.adminPeople.notices.version'), cell: (n) => `v${n.version}` },
            { key: 'title', header: t('app.adminPeople.notices.titleLabel'), cell: (n) => n.title },
            { key: 'langs', header: t('app.adminPeople.notices.languages'), cell: (n) => n.languages.map((l) => languageLabel(l, i18n.language)).join(', ') },
            { key: 'published', header: t('app.adminPeople.notices.published'), cell: (n) => fmt.date(n.publishedAt) },
            {
              key: 'state',
              header: t('app.common.status'),
              cell: (n) =>
                n.current ? (
                  <Link to={`/admin/notices/new?from=${n.id}`}>
                    {t('app.adminPeople.notices.newVersion')}
                    <span className="visually-hidden">: {purposeOf(n)}</span>
                  </Link>
                ) : (
                  t('app.adminPeople.notices.retired')
                ),
            },
          ]}
        />
      ) : null}
    </>
  );
}
