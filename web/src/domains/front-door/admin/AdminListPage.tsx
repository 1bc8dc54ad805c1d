import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../../../app/use-api.js';
import { ErrorSlot } from '../../../components/Alert.js';
import { DataTable, type Column } from '../../../components/DataTable.js';
import { PageHeading } from '../../../components/PageHeading.js';
import { Spinner } from '../../../components/Spinner.js';
import type { AdminListSection } from './admin-list-sections.js';
import { AdminNav } from './AdminNav.js';

/**
 * The frame of the front-door settings lists (access points, projects, notices): heading with a
 * "new" button, the settings tabs, then the table. Texts come from `app.adminPeople.<section>.*`
 * (title, lead, new, empty).
 */
export function AdminListPage<T extends { id: string }>({ section, apiUrl, newPath, columns }: {
  section: AdminListSection;
  apiUrl: string;
  newPath: string;
  columns: Column<T>[];
}) {
  const { t } = useTranslation();
  const { data, error, loading } = useApi<{ items: T[] }>(apiUrl);
  return (
    <>
      <PageHeading
        title={t(`app.adminPeople.${section}.title`)}
        lead={t(`app.adminPeople.${section}.lead`)}
        actions={
          <Link className="btn btn-primary" to={newPath}>
            {t(`app.adminPeople.${section}.new`)}
          </Link>
        }
      />
      <AdminNav />
      <ErrorSlot message={error?.message} />
      {loading && !data ? <Spinner /> : null}
      {data ? <DataTable caption={t(`app.adminPeople.${section}.title`)} rows={data.items} rowKey={(r) => r.id} empty={t(`app.adminPeople.${section}.empty`)} columns={columns} /> : null}
    </>
  );
}
