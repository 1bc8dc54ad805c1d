import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { NoticeView } from '../../../../../common/schemas/consents.js';
import { useFormat } from '../../../app/format.js';
import { languageLabel } from '../../people/countries.js';
import { useVocab } from '../../people/vocab.js';
import { AdminListPage } from './AdminListPage.js';

/** Information notices per purpose, every version (a new version retires the previous one). */
export function NoticesPage() {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const vocab = useVocab();
  const purposeOf = (n: NoticeView) => (n.partnerOrganisationName ? `${vocab.label('purposes', n.purpose)} — ${n.partnerOrganisationName}` : vocab.label('purposes', n.purpose));
  return (
    <AdminListPage<NoticeView>
      section="notices"
      apiUrl="/api/notices?includeRetired=true"
      newPath="/admin/notices/new"
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
  );
}
