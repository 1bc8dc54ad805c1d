import './directory.css';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { NeedTermView, ServiceView } from '../../../../common/schemas/directory-views.js';
import type { useFormat } from '../../app/format.js';
import { DataTable } from '../../components/DataTable.js';
import { fieldLabel, PERMIT_LABELS, STATUS_LABELS, TARGET_GROUP_LABELS, WEEKDAY_LABELS, languageName } from './directory-labels.js';
import { needName } from './ServiceTable.js';

type Fmt = ReturnType<typeof useFormat>;

/** What the service is, as the staff app shows it. */
export function ServiceFacts({ s, needs, fmt }: { s: ServiceView; needs: NeedTermView[]; fmt: Fmt }) {
  const { t, i18n } = useTranslation();
  const byCode = new Map(needs.map((n) => [n.code, n]));
  const none = t('app.common.none');
  const rows: [string, string][] = [
    ['app.directory.fields.status', t(STATUS_LABELS[s.status]!)],
    ['app.directory.fields.description', s.description || none],
    ['app.directory.fields.eligibility', s.eligibilityDescription || none],
    ['app.directory.fields.applicationProcess', s.applicationProcess || none],
    ['app.directory.fields.needs', s.needs.map((c) => (byCode.get(c) ? needName(byCode.get(c)!, i18n.language) : c)).join(', ') || none],
    ['app.directory.fields.targetGroups', s.targetGroups.map((g) => t(TARGET_GROUP_LABELS[g]!)).join(', ') || t('app.directory.everyone')],
    ['app.directory.fields.permit', t(PERMIT_LABELS[s.residencePermitRequirement]!)],
    ['app.directory.fields.languages', s.languages.map((l) => languageName(l, i18n.language)).join(', ') || none],
    ['app.directory.fields.phones', s.phones.map((p) => p.number).join(', ') || none],
    ['app.directory.fields.documents', s.requiredDocuments.map((d) => d.document).join(', ') || none],
    ['app.directory.fields.translations', Object.keys(s.translations).map((l) => languageName(l, i18n.language)).join(', ') || none],
    ['app.directory.fields.lastVerified', s.lastVerifiedAt ? `${fmt.dateTime(s.lastVerifiedAt)}${s.verifiedBy ? ` (${s.verifiedBy.displayName})` : ''}` : t('app.directory.never')],
    ['app.directory.fields.nextCheckDue', s.nextCheckDue ? fmt.date(s.nextCheckDue) : t('app.directory.never')],
  ];
  return (
    <>
      <dl className="row app-dl">
        {rows.map(([k, v]) => (
          <Fragment key={k}>
            <dt className="col-sm-4">{t(k)}</dt>
            <dd className="col-sm-8 app-pre-line">{v}</dd>
          </Fragment>
        ))}
      </dl>
      <h2 className="h4 mt-4">{t('app.directory.fields.schedules')}</h2>
      {s.schedules.length ? (
        <ul>
          {s.schedules.map((r, i) => (
            <li key={i}>
              {(r.byday ?? '')
                .split(',')
                .filter(Boolean)
                .map((d) => t(WEEKDAY_LABELS[d.replace(/^[+-]?\d/, '')] ?? 'app.directory.weekdays.MO'))
                .join(', ')}{' '}
              {r.opensAt && r.closesAt ? t('app.directory.schedules.hours', { opens: r.opensAt, closes: r.closesAt }) : ''}
              {r.description ? ` — ${r.description}` : ''}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-secondary">{t('app.directory.schedules.none')}</p>
      )}
      <h2 className="h4 mt-4">{t('app.directory.fields.locations')}</h2>
      {s.locations.length ? (
        <ul>
          {s.locations.map((l) => (
            <li key={l.id}>
              <Link to={`/directory/locations/${l.id}/edit`}>{l.name ?? l.id}</Link>
              {l.address ? ` — ${l.address.address1}, ${l.address.city}` : ''}
              {l.confidential ? <span className="badge bg-dark ms-2">{t('app.directory.confidential')}</span> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-secondary">{t('app.directory.locations.noneLinked')}</p>
      )}
    </>
  );
}

/** HSDS metadata rows: who changed what, when. */
export function ServiceHistory({ s, fmt }: { s: ServiceView; fmt: Fmt }) {
  const { t } = useTranslation();
  const short = (v: string) => (v.length > 120 ? `${v.slice(0, 117)}…` : v);
  return (
    <section className="mt-5" aria-labelledby="service-history">
      <h2 className="h4" id="service-history">
        {t('app.directory.history.title')}
      </h2>
      <DataTable
        caption={t('app.directory.history.title')}
        rows={s.history}
        rowKey={(h) => `${h.date}-${h.field}-${h.action}`}
        empty={t('app.directory.history.empty')}
        columns={[
          { key: 'date', header: t('app.directory.history.date'), rowHeader: true, cell: (h) => fmt.dateTime(h.date) },
          { key: 'field', header: t('app.directory.history.field'), cell: (h) => (fieldLabel(h.field) ? t(fieldLabel(h.field)!) : h.field) },
          { key: 'before', header: t('app.directory.history.before'), cell: (h) => <span className="app-diff d-inline-block">{short(h.previousValue)}</span> },
          { key: 'after', header: t('app.directory.history.after'), cell: (h) => <span className="app-diff d-inline-block">{short(h.replacementValue)}</span> },
          { key: 'who', header: t('app.directory.history.who'), cell: (h) => h.updatedBy },
        ]}
      />
    </section>
  );
}
