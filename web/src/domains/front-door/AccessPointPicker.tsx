import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/SelectField.js';
import type { AccessPointChoice } from './access-point-choice.js';

/** "I am working at…": the operator's access point, first thing on the front-desk screens. */
export function AccessPointPicker({ choice, id = 'access-point' }: { choice: AccessPointChoice; id?: string }) {
  const { t } = useTranslation();
  if (choice.loading && choice.items.length === 0) return null;
  if (choice.items.length === 0) return <p className="text-secondary">{t('app.frontDesk.accessPoint.none')}</p>;
  return (
    <SelectField
      id={id}
      className="app-access-point-picker"
      label={t('app.frontDesk.accessPoint.label')}
      hint={choice.mine ? undefined : t('app.frontDesk.accessPoint.notAssigned')}
      options={choice.items.map((a) => ({ value: a.id, label: a.name }))}
      value={choice.selected?.id ?? ''}
      onChange={(e) => choice.select(e.target.value)}
    />
  );
}
