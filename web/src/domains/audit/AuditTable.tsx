import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format.js';
import { DataTable } from '../../components/DataTable.js';

export interface AuditEvent {
  seq: number;
  occurredAt: string;
  actor: { id: string | null; displayName: string | null } | null;
  organisationId: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  requestId: string | null;
  diff: Record<string, unknown> | null;
}

export function AuditTable({ items }: { items: AuditEvent[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <DataTable
      caption={t('app.audit.title')}
      rows={items}
      rowKey={(e) => String(e.seq)}
      empty={t('app.audit.empty')}
      columns={[
        { key: 'when', header: t('app.audit.when'), rowHeader: true, cell: (e) => <time dateTime={e.occurredAt}>{fmt.dateTime(e.occurredAt)}</time> },
        { key: 'actor', header: t('app.audit.actor'), cell: (e) => e.actor?.displayName ?? t('app.audit.system') },
        {
          key: 'action',
          header: t('app.audit.action'),
          cell: (e) => (
            <span data-action={e.action}>{t(`app.audit.actions.${e.action}`, { defaultValue: e.action })}</span>
          ),
        },
        {
          key: 'entity',
          header: t('app.audit.entity'),
          cell: (e) => (
            <>
              {t(`app.audit.entities.${e.entity}`, { defaultValue: e.entity })}
              {e.entityId ? (
                <>
                  <br />
                  <small className="text-secondary" dir="ltr">
                    {e.entityId}
                  </small>
                </>
              ) : null}
            </>
          ),
        },
        {
          key: 'diff',
          header: t('app.audit.details'),
          cell: (e) =>
            e.diff && Object.keys(e.diff).length > 0 ? (
              <details>
                <summary>{t('app.audit.showChanges')}</summary>
                <pre className="app-diff mb-0">{JSON.stringify(e.diff, null, 2)}</pre>
              </details>
            ) : (
              <span className="text-secondary">{t('app.common.none')}</span>
            ),
        },
      ]}
    />
  );
}
