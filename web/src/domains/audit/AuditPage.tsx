import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, asApiError, query } from '../../app/api.js';
import { useSession } from '../../app/session.js';
import { useApi } from '../../app/use-api.js';
import { ErrorSlot } from '../../components/Alert.js';
import { Button } from '../../components/Button.js';
import { PageHeading } from '../../components/PageHeading.js';
import { SelectField } from '../../components/SelectField.js';
import { Spinner } from '../../components/Spinner.js';
import { TextField } from '../../components/TextField.js';
import { AuditTable, type AuditEvent } from './AuditTable.js';

interface AuditPageResponse {
  items: AuditEvent[];
  nextCursor: number | null;
}

const PAGE = 50;
const EMPTY = { actorId: '', action: '', entity: '', entityId: '', from: '', to: '' };
type Filters = typeof EMPTY;

function auditPath(f: Filters, before?: number | null): string {
  return `/api/audit${query({
    actorId: f.actorId,
    action: f.action,
    entity: f.entity.trim(),
    entityId: f.entityId.trim(),
    // Calendar days as typed: the API reads them as days in the tenant's time zone, `to` inclusive.
    from: f.from,
    to: f.to,
    limit: PAGE,
    before: before ?? undefined,
  })}`;
}

export function AuditPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const [draft, setDraft] = useState<Filters>(EMPTY);
  const [filters, setFilters] = useState<Filters>(EMPTY);
  const [items, setItems] = useState<AuditEvent[]>([]);
  const [cursor, setCursor] = useState<number | null>(null);
  const [loading, setLoading] = useState(true);
  const [more, setMore] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const actions = useApi<string[] | { items: string[] }>('/api/audit/actions');
  const users = useApi<{ items: { id: string; displayName: string }[] }>(can('user.read') ? '/api/users?limit=200' : null);
  const actionList = Array.isArray(actions.data) ? actions.data : (actions.data?.items ?? []);

  useEffect(() => {
    const ctrl = new AbortController();
    setLoading(true);
    setError(null);
    api
      .get<AuditPageResponse>(auditPath(filters), { signal: ctrl.signal })
      .then((res) => {
        setItems(res.items);
        setCursor(res.nextCursor ?? null);
        setLoading(false);
      })
      .catch((err: unknown) => {
        if ((err as Error).name === 'AbortError') return;
        setError(asApiError(err).message);
        setItems([]);
        setCursor(null);
        setLoading(false);
      });
    return () => ctrl.abort();
  }, [filters]);

  const loadMore = useCallback(async () => {
    setMore(true);
    setError(null);
    try {
      const res = await api.get<AuditPageResponse>(auditPath(filters, cursor));
      setItems((prev) => [...prev, ...res.items]);
      setCursor(res.nextCursor ?? null);
    } catch (err) {
      setError(asApiError(err).message);
    } finally {
      setMore(false);
    }
  }, [filters, cursor]);

  const apply = (e: FormEvent) => {
    e.preventDefault();
    setFilters({ ...draft });
  };
  const set = (k: keyof Filters) => (e: { target: { value: string } }) => setDraft({ ...draft, [k]: e.target.value });

  return (
    <>
      <PageHeading title={t('app.audit.title')} lead={t('app.audit.lead')} />
      <form onSubmit={apply} className="mb-4" role="search" aria-label={t('app.audit.searchLabel')}>
        <div className="row">
          <div className="col-12 col-md-6 col-lg-4">
            {users.data ? (
              <SelectField
                label={t('app.audit.actor')}
                placeholder={t('app.common.any')}
                options={users.data.items.map((u) => ({ value: u.id, label: u.displayName }))}
                value={draft.actorId}
                onChange={set('actorId')}
              />
            ) : (
              <TextField label={t('app.audit.actorId')} value={draft.actorId} onChange={set('actorId')} />
            )}
          </div>
          <div className="col-12 col-md-6 col-lg-4">
            <SelectField
              label={t('app.audit.action')}
              placeholder={t('app.common.any')}
              options={actionList.map((a) => ({ value: a, label: t(`app.audit.actions.${a}`, { defaultValue: a }) }))}
              value={draft.action}
              onChange={set('action')}
            />
          </div>
          <div className="col-12 col-md-6 col-lg-4">
            <TextField label={t('app.audit.entity')} hint={t('app.audit.entityHint')} value={draft.entity} onChange={set('entity')} />
          </div>
          <div className="col-12 col-md-6 col-lg-4">
            <TextField label={t('app.audit.entityId')} value={draft.entityId} onChange={set('entityId')} />
          </div>
          <div className="col-12 col-md-6 col-lg-4">
            <TextField label={t('app.audit.from')} type="date" value={draft.from} onChange={set('from')} />
          </div>
          <div className="col-12 col-md-6 col-lg-4">
            <TextField label={t('app.audit.to')} type="date" value={draft.to} onChange={set('to')} />
          </div>
        </div>
        <div className="d-flex gap-2">
          <Button type="submit" variant="outline-primary">
            {t('app.common.filter')}
          </Button>
          <Button
            variant="link"
            onClick={() => {
              setDraft(EMPTY);
              setFilters(EMPTY);
            }}
          >
            {t('app.common.clearFilters')}
          </Button>
        </div>
      </form>
      <ErrorSlot message={error} />
      {loading ? (
        <Spinner />
      ) : (
        <>
          <AuditTable items={items} />
          {cursor !== null ? (
            <Button variant="outline-primary" busy={more} onClick={() => void loadMore()}>
              {t('app.audit.loadMore')}
            </Button>
          ) : items.length > 0 ? (
            <p className="text-secondary">{t('app.audit.end')}</p>
          ) : null}
        </>
      )}
    </>
  );
}
