import { useTranslation } from 'react-i18next';
import { WEEKDAYS } from '../../../../common/schemas/directory.js';
import { Button } from '../../components/Button.js';
import { Checkbox } from '../../components/Checkbox.js';
import { TextField } from '../../components/TextField.js';
import { WEEKDAY_LABELS } from './directory-labels.js';
import { EMPTY_SCHEDULE, type ScheduleRow } from './service-form.js';

/** Opening hours as weekly rules (HSDS schedule: FREQ=WEEKLY, BYDAY, opens/closes). */
export function SchedulesEditor({ rows, onChange, error }: { rows: ScheduleRow[]; onChange(rows: ScheduleRow[]): void; error?: string }) {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<ScheduleRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <fieldset className="mb-4">
      <legend className="h5">{t('app.directory.fields.schedules')}</legend>
      {error ? <div className="invalid-feedback d-block mb-2">{error}</div> : null}
      {rows.length === 0 ? <p className="text-secondary">{t('app.directory.schedules.none')}</p> : null}
      {rows.map((r, i) => (
        <fieldset className="app-card mb-3" key={i}>
          <legend className="h6">{t('app.directory.schedules.rule', { n: i + 1 })}</legend>
          <div className="d-flex flex-wrap gap-3 mb-3" role="group" aria-label={t('app.directory.schedules.days')}>
            {WEEKDAYS.map((d) => (
              <Checkbox
                key={d}
                label={t(WEEKDAY_LABELS[d]!)}
                checked={r.days.includes(d)}
                onChange={(on) => set(i, { days: on ? [...r.days, d] : r.days.filter((x) => x !== d) })}
              />
            ))}
          </div>
          <div className="row">
            <div className="col-6 col-md-3">
              <TextField label={t('app.directory.schedules.opensAt')} type="time" value={r.opensAt} onChange={(e) => set(i, { opensAt: e.target.value })} />
            </div>
            <div className="col-6 col-md-3">
              <TextField label={t('app.directory.schedules.closesAt')} type="time" value={r.closesAt} onChange={(e) => set(i, { closesAt: e.target.value })} />
            </div>
            <div className="col-12 col-md-6">
              <TextField label={t('app.directory.schedules.description')} value={r.description} onChange={(e) => set(i, { description: e.target.value })} />
            </div>
            <div className="col-6 col-md-3">
              <TextField label={t('app.directory.schedules.validFrom')} type="date" value={r.validFrom} onChange={(e) => set(i, { validFrom: e.target.value })} />
            </div>
            <div className="col-6 col-md-3">
              <TextField label={t('app.directory.schedules.validTo')} type="date" value={r.validTo} onChange={(e) => set(i, { validTo: e.target.value })} />
            </div>
          </div>
          <Button variant="outline-danger" size="sm" onClick={() => onChange(rows.filter((_r, j) => j !== i))}>
            {t('app.directory.schedules.remove', { n: i + 1 })}
          </Button>
        </fieldset>
      ))}
      <Button variant="outline-primary" size="sm" onClick={() => onChange([...rows, { ...EMPTY_SCHEDULE }])}>
        {t('app.directory.schedules.add')}
      </Button>
    </fieldset>
  );
}
