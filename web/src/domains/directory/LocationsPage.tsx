import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { LocationView } from '../../../../common/schemas/directory-views.js';
import { query } from '../../app/api.js';
import { useSession } from '../../app/session.js';
import { useApi } from '../../app/use-api.js';
import { ErrorSlot } from '../../components/Alert.js';
import { Button } from '../../components/Button.js';
import { DataTable } from '../../components/DataTable.js';
import { PageHeading } from '../../components/PageHeading.js';
import { Spinner } from '../../components/Spinner.js';
import { TextField } from '../../components/TextField.js';
import { DirectoryNav } from './DirectoryNav.js';

export function LocationsPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const [params, setParams] = useSearchParams();
  const [q, setQ] = useState(params.get('q') ?? '');
  const { data, error, loading } = useApi<{ items: LocationView[] }>(`/api/directory/locations${query({ q: params.get('q') })}`);
  const apply = (e: FormEvent) => {
    e.preventDefault();
    setParams(q.trim() ? { q: q.trim() } : {});
  };
  return (
    <>
      <PageHeading
        title={t('app.directory.locations.title')}
        lead={t('app.directory.locations.lead')}
        actions={
          can('directory.edit') ? (
            <Link className="btn btn-primary" to="/directory/locations/new">
              {t('app.directory.locations.new')}
            </Link>
          ) : null
        }
      />
      <DirectoryNav />
      <form onSubmit={apply} className="mb-4 d-flex flex-wrap gap-3 align-items-end" role="search" aria-label={t('app.directory.locations.searchLabel')}>
        <TextField label={t('app.directory.locations.search')} type="search" value={q} onChange={(e) => setQ(e.target.value)} className="mb-0" />
        <Button type="submit" variant="outline-primary">
          {t('app.common.filter')}
        </Button>
      </form>
      <ErrorSlot message={error?.message} />
      {loading ? <Spinner /> : null}
      {data && !loading ? (
        <DataTable
          caption={t('app.directory.locations.title')}
          rows={data.items}
          rowKey={(l) => l.id}
          empty={t('app.directory.locations.empty')}
          columns={[
            {
              key: 'name',
              header: t('app.directory.fields.name'),
              rowHeader: true,
              cell: (l) => (can('directory.edit') ? <Link to={`/directory/locations/${l.id}/edit`}>{l.name ?? l.id}</Link> : (l.name ?? l.id)),
            },
            { key: 'address', header: t('app.directory.fields.address'), cell: (l) => (l.address ? `${l.address.address1}, ${l.address.postalCode} ${l.address.city}` : t('app.common.none')) },
            { key: 'hood', header: t('app.directory.fields.neighbourhood'), cell: (l) => l.neighbourhood ?? '' },
            { key: 'map', header: t('app.directory.fields.onMap'), cell: (l) => (l.latitude !== null ? t('app.common.yes') : t('app.common.no')) },
            { key: 'services', header: t('app.directory.fields.serviceCount'), cell: (l) => String(l.serviceCount ?? 0) },
            { key: 'flags', header: t('app.directory.fields.flags'), cell: (l) => (l.confidential ? <span className="badge bg-dark">{t('app.directory.confidential')}</span> : null) },
          ]}
        />
      ) : null}
    </>
  );
}
