import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { NeedTermView, ServiceListItem } from '../../../../common/schemas/directory-views.js';
import type { useFormat } from '../../app/format.js';
import { DataTable } from '../../components/DataTable.js';
import { PUBLICATION_LABELS, STATUS_LABELS } from './directory-labels.js';

/** A need's name in the reader's language, else Italian. */
export function needName(n: NeedTermView, lang: string): string {
  return n.translations[lang]?.name ?? n.name;
}

/** Badges that say what needs attention about a service. */
export function ServiceBadges({ s }: { s: Pick<ServiceListItem, 'publicationState' | 'confidential' | 'overdue'> }) {
  const { t } = useTranslation();
  return (
    <>
      {s.publicationState !== 'published' ? <span className="badge bg-warning text-dark me-1">{t(PUBLICATION_LABELS[s.publicationState]!)}</span> : null}
      {s.confidential ? <span className="badge bg-dark me-1">{t('app.directory.confidential')}</span> : null}
      {s.overdue ? <span className="badge bg-danger me-1">{t('app.directory.overdue')}</span> : null}
    </>
  );
}

interface Props {
  rows: ServiceListItem[];
  needs: NeedTermView[];
  caption: string;
  empty: string;
  fmt: ReturnType<typeof useFormat>;
  action?: (s: ServiceListItem) => ReactNode;
}

export function ServiceTable({ rows, needs, caption, empty, fmt, action }: Props) {
  const { t, i18n } = useTranslation();
  const byCode = new Map(needs.map((n) => [n.code, n]));
  return (
    <DataTable
      caption={caption}
      rows={rows}
      rowKey={(s) => s.id}
      empty={empty}
      columns={[
        { key: 'name', header: t('app.directory.fields.name'), rowHeader: true, cell: (s) => <Link to={`/directory/services/${s.id}`}>{s.name}</Link> },
        { key: 'org', header: t('app.directory.fields.organization'), cell: (s) => s.organization.name },
        { key: 'needs', header: t('app.directory.fields.needs'), cell: (s) => s.needs.map((c) => (byCode.get(c) ? needName(byCode.get(c)!, i18n.language) : c)).join(', ') },
        { key: 'status', header: t('app.directory.fields.status'), cell: (s) => t(STATUS_LABELS[s.status]!) },
        { key: 'due', header: t('app.directory.fields.nextCheckDue'), cell: (s) => (s.nextCheckDue ? fmt.date(s.nextCheckDue) : t('app.directory.never')) },
        { key: 'flags', header: t('app.directory.fields.flags'), cell: (s) => <ServiceBadges s={s} /> },
        ...(action ? [{ key: 'action', header: t('app.directory.fields.action'), cell: action }] : []),
      ]}
    />
  );
}
