import { forwardRef, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/SelectField.js';
import { TextField } from '../../components/TextField.js';
import { useCountries } from '../people/countries.js';
import type { SearchCriteria } from './intake-search.js';

interface Props {
  criteria: SearchCriteria;
  onChange(c: SearchCriteria): void;
  /** Enter: go to the results (the search itself runs as the operator types). */
  onSubmit(): void;
}

/** Who is at the desk: a name or alias first, then what narrows the search (all optional). */
export const IntakeSearchForm = forwardRef<HTMLInputElement, Props>(function IntakeSearchForm({ criteria, onChange, onSubmit }, nameRef) {
  const { t } = useTranslation();
  const countries = useCountries();
  const set = (k: keyof SearchCriteria, v: string) => onChange({ ...criteria, [k]: v });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit();
  };
  return (
    <form role="search" aria-label={t('app.frontDesk.search.label')} onSubmit={submit} noValidate className="mb-3">
      <div className="row">
        <div className="col-12 col-lg-5">
          <TextField
            ref={nameRef}
            label={t('app.frontDesk.search.name')}
            hint={t('app.frontDesk.search.nameHint')}
            autoComplete="off"
            spellCheck={false}
            dir="auto"
            value={criteria.name}
            onChange={(e) => set('name', e.target.value)}
          />
        </div>
        <div className="col-6 col-md-4 col-lg-2">
          <TextField
            label={t('app.frontDesk.search.birthYear')}
            inputMode="numeric"
            maxLength={4}
            autoComplete="off"
            value={criteria.birthYear}
            onChange={(e) => set('birthYear', e.target.value.replace(/[^0-9]/g, ''))}
          />
        </div>
        <div className="col-6 col-md-4 col-lg-3">
          <SelectField
            label={t('app.frontDesk.search.citizenship')}
            placeholder={t('app.common.any')}
            options={countries.options}
            value={criteria.citizenship}
            onChange={(e) => set('citizenship', e.target.value)}
          />
        </div>
        <div className="col-12 col-md-4 col-lg-2">
          <TextField label={t('app.frontDesk.search.phone')} type="tel" dir="ltr" autoComplete="off" value={criteria.phone} onChange={(e) => set('phone', e.target.value)} />
        </div>
      </div>
      <button type="submit" className="visually-hidden-focusable btn btn-link">
        {t('app.frontDesk.search.toResults')}
      </button>
    </form>
  );
});
