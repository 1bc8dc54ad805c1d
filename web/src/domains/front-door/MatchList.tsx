import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PersonMatch } from '../../../../common/schemas/people-views.js';
import { useFormat } from '../../app/format.js';
import { Alert } from '../../components/Alert.js';
import { Button } from '../../components/Button.js';
import { useCountries } from '../people/countries.js';
import { useVocab } from '../people/vocab.js';
import type { SearchState } from './intake-search.js';

interface Props {
  search: SearchState;
  onSame(match: Extract<PersonMatch, { reachable: true }>): void;
  onNone(choice: 'none_matched' | 'uncertain'): void;
}

/**
 * The possible matches of the search, best first, with their score and why they matched. A record
 * out of the operator's reach is only signalled ("registered by…"): no name, no link.
 */
export function MatchList({ search, onSame, onNone }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const vocab = useVocab();
  const countries = useCountries();
  const items = search.items ?? [];
  let status = '';
  if (!search.ready) status = t('app.frontDesk.search.typeToSearch');
  else if (search.loading) status = t('app.frontDesk.search.searching');
  else if (search.error) status = search.error;
  else if (search.items) status = items.length ? t('app.frontDesk.search.found', { count: items.length }) : t('app.frontDesk.search.noneFound');
  return (
    <section aria-labelledby="matches-title" className="mb-4">
      <h2 id="matches-title" className="h4">
        {t('app.frontDesk.search.matchesTitle')}
      </h2>
      <p role="status" className="app-match-status">
        {status}
      </p>
      {search.truncated && !search.loading ? (
        <Alert tone="warning" className="py-2">
          {t('people.search.truncated')}
        </Alert>
      ) : null}
      {items.length ? (
        <ul className="list-unstyled app-matches">
          {items.map((m) => (
            <li key={m.id} className="app-card app-match mb-3">
              <div className="d-flex flex-wrap justify-content-between gap-2">
                <div>
                  {m.reachable ? (
                    <>
                      <p className="h5 mb-1">
                        <bdi>{m.displayName}</bdi> <span className="badge bg-secondary ms-1">{m.code}</span>
                      </p>
                      <p className="mb-1">
                        {[vocab.label('ageBands', m.ageBand), m.birthYear ? t('app.frontDesk.search.bornIn', { year: String(m.birthYear) }) : '', countries.name(m.citizenship)]
                          .filter(Boolean)
                          .join(' · ')}
                      </p>
                      <p className="mb-1 text-secondary">{t('app.frontDesk.search.registeredBy', { organisation: m.organisationName })}</p>
                      <p className="mb-0">
                        {t('app.frontDesk.search.why')} {m.reasons.map((r) => vocab.label('matchReasons', r)).join(', ')}
                      </p>
                    </>
                  ) : (
                    <p className="mb-0">{m.notice}</p>
                  )}
                </div>
                <p className="app-score mb-0">
                  {t('app.frontDesk.search.score', { score: fmt.number(m.score) })}
                </p>
              </div>
              {m.reachable ? (
                <div className="d-flex flex-wrap gap-2 mt-2">
                  <Button variant="outline-primary" size="sm" onClick={() => onSame(m)}>
                    {t('app.frontDesk.search.same')}
                    <span className="visually-hidden">: {m.displayName}</span>
                  </Button>
                  <Link className="btn btn-sm btn-link" to={`/people/${m.id}`}>
                    {t('app.frontDesk.search.openRecord')}
                    <span className="visually-hidden">: {m.displayName}</span>
                  </Link>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {search.ready && !search.loading && search.items ? (
        <div className="d-flex flex-wrap gap-2">
          <Button onClick={() => onNone('none_matched')}>{items.length ? t('app.frontDesk.search.noneOfThese') : t('app.frontDesk.search.registerNew')}</Button>
          {items.length ? (
            <Button variant="outline-secondary" onClick={() => onNone('uncertain')}>
              {t('app.frontDesk.search.notSure')}
            </Button>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
