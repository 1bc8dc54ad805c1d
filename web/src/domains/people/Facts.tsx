import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type Fact = [label: string, value: ReactNode];

/** A definition list of a record's fields; an empty value reads "not recorded". */
export function Facts({ items }: { items: Fact[] }) {
  const { t } = useTranslation();
  const empty = (v: ReactNode) => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
  return (
    <dl className="row app-dl mb-0">
      {items.map(([label, value]) => (
        <div className="col-12 col-md-6 d-flex flex-column mb-2" key={label}>
          <dt className="fw-semibold">{label}</dt>
          <dd className="mb-0">{empty(value) ? <span className="text-secondary">{t('app.personRecord.notRecorded')}</span> : value}</dd>
        </div>
      ))}
    </dl>
  );
}
