import { useTranslation } from 'react-i18next';
import { ROLES, needsMfa, type Role } from '../../../../common/permissions.js';
import type { OrganisationView } from '../../../../common/schemas/organisations.js';
import { useApi } from '../../app/use-api.js';
import { CheckboxGroup } from '../../components/Checkbox.js';
import { SelectField } from '../../components/SelectField.js';

interface AccessFieldsProps {
  organisationId: string;
  roles: Role[];
  onOrganisation(id: string): void;
  onRoles(roles: Role[]): void;
  errors: Record<string, string>;
}

/** Organisation and roles: what decides a person's reach, shared by the create and edit forms. */
export function AccessFields({ organisationId, roles, onOrganisation, onRoles, errors }: AccessFieldsProps) {
  const { t } = useTranslation();
  const orgs = useApi<{ items: OrganisationView[] }>('/api/organisations');
  return (
    <>
      <SelectField
        label={t('app.users.organisation')}
        placeholder={organisationId ? undefined : t('app.common.choose')}
        options={(orgs.data?.items ?? []).filter((o) => o.active || o.id === organisationId).map((o) => ({ value: o.id, label: o.name }))}
        required
        value={organisationId}
        error={errors.organisationId}
        onChange={(e) => onOrganisation(e.target.value)}
      />
      <CheckboxGroup
        legend={t('app.users.roles')}
        name="roles"
        options={ROLES.map((r) => ({ value: r, label: t(`app.roles.${r}`) }))}
        values={roles}
        error={errors.roles}
        onChange={(v) => onRoles(v as Role[])}
      />
      {needsMfa(roles) ? <p className="form-text mb-4">{t('app.users.mfaRequiredHint')}</p> : null}
    </>
  );
}
