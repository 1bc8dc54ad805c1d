import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTENT_LANGUAGES } from '../../../../common/schemas/directory.js';
import { query } from '../../app/api.js';
import { useFormat } from '../../app/format.js';
import { useApi } from '../../app/use-api.js';
import { Checkbox } from '../../components/Checkbox.js';
import { SelectField } from '../../components/SelectField.js';
import { languageLabel } from '../people/countries.js';

interface Suggestion {
  id: string;
  name: string;
  organisation: string;
  needs: string[];
  distanceMetres: number | null;
  address: string | null;
  city: string | null;
  free: boolean;
}
interface Suggestions {
  lang: string;
  items: Suggestion[];
  printUrl: string | null;
}

/** How many of the matching services start ticked: a short printed list is one a person keeps. */
const PRESELECTED = 5;

/** The language of the printed list: the person's, when the public finder speaks it. */
export function printLanguageFor(preferred: string | null | undefined, fallback: string): string {
  return preferred && (CONTENT_LANGUAGES as readonly string[]).includes(preferred) ? preferred : fallback;
}

interface Props {
  needs: string[];
  accessPointId: string | null;
  selected: string[];
  onChange(ids: string[]): void;
  /** The person's preferred language (print language by default). */
  personLanguage: string | null;
}

/**
 * "One click from the need to matching services": public directory services answering the needs
 * ticked above, nearest first; the ticked ones are recorded with the contact and can be printed,
 * in the person's language, from the public finder's print page (a new tab).
 */
export function SuggestedServices({ needs, accessPointId, selected, onChange, personLanguage }: Props) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const path = needs.length ? `/api/contacts/suggestions${query({ needs: [...needs].sort().join(','), accessPoint: accessPointId, lang: i18n.language })}` : null;
  const { data, loading, error } = useApi<Suggestions>(path);
  const [printLang, setPrintLang] = useState(() => printLanguageFor(personLanguage, i18n.language));
  useEffect(() => setPrintLang(printLanguageFor(personLanguage, i18n.language)), [personLanguage, i18n.language]);
  useEffect(() => {
    if (data) onChange(data.items.slice(0, PRESELECTED).map((s) => s.id));
    // Only a new answer re-ticks the list; the operator's own ticks are kept otherwise.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data]);

  const items = needs.length ? (data?.items ?? []) : [];
  let printHref: string | null = null;
  if (data?.printUrl && selected.length) {
    const url = new URL(data.printUrl, window.location.origin);
    url.searchParams.set('services', selected.join(','));
    // The public finder's page language is `hl` (it also redirects a bare `lang` to it).
    url.searchParams.delete('lang');
    url.searchParams.set('hl', printLang);
    printHref = url.pathname + url.search;
  }
  const km = (m: number) => (m < 1000 ? t('app.frontDesk.suggestions.metres', { n: fmt.number(m) }) : t('app.frontDesk.suggestions.km', { n: fmt.number(Math.round(m / 100) / 10) }));
  return (
    <fieldset className="mb-4 app-suggestions">
      <legend className="h5">{t('app.frontDesk.suggestions.title')}</legend>
      <p role="status" className="text-secondary mb-2">
        {!needs.length
          ? t('app.frontDesk.suggestions.chooseNeed')
          : loading
            ? t('app.common.loading')
            : error
              ? error.message
              : t('app.frontDesk.suggestions.count', { count: items.length })}
      </p>
      {items.map((s) => (
        <Checkbox
          key={s.id}
          label={
            <>
              <span className="fw-semibold">{s.name}</span> — {s.organisation}
              <small className="d-block text-secondary">
                {[s.address, s.city].filter(Boolean).join(', ')}
                {s.distanceMetres !== null ? ` · ${km(s.distanceMetres)}` : ''}
                {s.free ? ` · ${t('app.frontDesk.suggestions.free')}` : ''}
              </small>
            </>
          }
          checked={selected.includes(s.id)}
          onChange={(on) => onChange(on ? [...selected, s.id] : selected.filter((x) => x !== s.id))}
        />
      ))}
      {items.length ? (
        <div className="row align-items-end mt-3">
          <div className="col-12 col-md-6">
            <SelectField
              label={t('app.frontDesk.suggestions.printLanguage')}
              options={CONTENT_LANGUAGES.map((l) => ({ value: l, label: languageLabel(l, i18n.language) }))}
              value={printLang}
              onChange={(e) => setPrintLang(e.target.value)}
            />
          </div>
          <div className="col-12 col-md-6 mb-3">
            {printHref ? (
              <a className="btn btn-outline-primary" href={printHref} target="_blank" rel="noopener">
                {t('app.frontDesk.suggestions.print', { language: languageLabel(printLang, i18n.language), count: selected.length })}
                <span className="visually-hidden"> {t('app.frontDesk.newTab')}</span>
              </a>
            ) : (
              <p className="text-secondary mb-0">{t('app.frontDesk.suggestions.tickToPrint')}</p>
            )}
          </div>
        </div>
      ) : null}
    </fieldset>
  );
}
