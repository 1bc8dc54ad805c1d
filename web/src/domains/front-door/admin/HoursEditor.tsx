import { useTranslation } from 'react-i18next';
import { openingHoursProblems, type OpeningHoursInput } from '../../../../../common/schemas/access-points.js';
import { WEEKDAYS } from '../../../../../common/schemas/people-vocabulary.js';
import { Button } from '../../../components/Button.js';
import { SelectField } from '../../../components/SelectField.js';
import { TextField } from '../../../components/TextField.js';
import { useVocab } from '../../people/vocab.js';

interface Props {
  rows: OpeningHoursInput[];
  onChange(rows: OpeningHoursInput[]): void;
  /** Errors the server gave, by row and field ("2.closes"). */
  serverErrors: Record<string, string>;
}

/**
 * Opening hours as rows of day, opening and closing time. The same checks as the server (closing
 * after opening, no overlap within a day) run as the operator types, next to the row concerned.
 */
export function HoursEditor({ rows, onChange, serverErrors }: Props) {
  const { t } = useTranslation();
  const vocab = useVocab();
  const set = (i: number, patch: Partial<OpeningHoursInput>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const complete = rows.every((r) => /^\d\d:\d\d$/.test(r.opens) && /^\d\d:\d\d$/.test(r.closes));
  const local = complete ? openingHoursProblems(rows) : [];
  const errorOf = (i: number, field: 'opens' | 'closes') => {
    const p = local.find((x) => x.index === i && x.field === field);
    if (p) return t(p.code === 'frontDoor.hoursOverlap' ? 'app.adminPeople.hours.overlap' : 'app.adminPeople.hours.closesBeforeOpens');
    return serverErrors[`${i}.${field}`] ?? null;
  };
  return (
    <fieldset className="mb-4">
      <legend className="h5">{t('app.adminPeople.hours.title')}</legend>
      {rows.length === 0 ? <p className="text-secondary">{t('app.adminPeople.hours.none')}</p> : null}
      {rows.map((r, i) => (
        <fieldset key={i} className="row align-items-end app-hours-row">
          <legend className="visually-hidden">{t('app.adminPeople.hours.row', { n: i + 1 })}</legend>
          <div className="col-12 col-md-4">
            <SelectField label={t('app.adminPeople.hours.day')} options={vocab.options('weekdays', WEEKDAYS)} value={r.day} onChange={(e) => set(i, { day: e.target.value as OpeningHoursInput['day'] })} />
          </div>
          <div className="col-6 col-md-3">
            <TextField label={t('app.adminPeople.hours.opens')} type="time" value={r.opens} error={errorOf(i, 'opens')} onChange={(e) => set(i, { opens: e.target.value })} />
          </div>
          <div className="col-6 col-md-3">
            <TextField label={t('app.adminPeople.hours.closes')} type="time" value={r.closes} error={errorOf(i, 'closes')} onChange={(e) => set(i, { closes: e.target.value })} />
          </div>
          <div className="col-12 col-md-2 mb-3">
            <Button variant="outline-danger" size="sm" onClick={() => onChange(rows.filter((_r, j) => j !== i))}>
              {t('app.adminPeople.hours.remove', { n: i + 1 })}
            </Button>
          </div>
        </fieldset>
      ))}
      <Button
        variant="outline-primary"
        size="sm"
        onClick={() => {
          const last = rows[rows.length - 1];
          const nextDay = last ? WEEKDAYS[(WEEKDAYS.indexOf(last.day) + 1) % WEEKDAYS.length]! : 'MO';
          onChange([...rows, { day: nextDay, opens: last?.opens ?? '09:00', closes: last?.closes ?? '13:00' }]);
        }}
      >
        {t('app.adminPeople.hours.add')}
      </Button>
    </fieldset>
  );
}
