import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserView } from '../../../../../common/schemas/users.js';
import { api, asApiError, type ApiError } from '../../../app/api.js';
import { useApi } from '../../../app/use-api.js';
import { Alert, ErrorSlot } from '../../../components/Alert.js';
import { Button } from '../../../components/Button.js';
import { CheckboxGroup } from '../../../components/Checkbox.js';
import { ifMatch, isVersionProblem, VersionConflict } from '../../people/VersionConflict.js';

interface Operators {
  items: { userId: string; displayName: string; organisationId: string; active: boolean }[];
  version: number;
}

// Roles that work at a front door (others may be assigned too, but are listed after).
const DESK_ROLES = new Set(['front_desk', 'case_worker', 'partner_operator', 'coordinator', 'protection_specialist']);

/**
 * Who works at the access point. Operators are part of the access point's version: saving them
 * moves the version on, which the page's main form then uses (`onVersion`).
 */
export function OperatorsSection({ accessPointId, version, onVersion }: { accessPointId: string; version: number; onVersion(v: number): void }) {
  const { t } = useTranslation();
  const current = useApi<Operators>(`/api/access-points/${accessPointId}/operators`);
  const users = useApi<{ items: UserView[] }>('/api/users?status=active&limit=200');
  const [chosen, setChosen] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    if (current.data) setChosen(current.data.items.map((o) => o.userId));
  }, [current.data]);

  const save = async () => {
    setBusy(true);
    setSaved(false);
    setError(null);
    try {
      const res = await api.put<Operators>(`/api/access-points/${accessPointId}/operators`, { userIds: chosen }, ifMatch(version));
      onVersion(res.version);
      setChosen(res.items.map((o) => o.userId));
      setSaved(true);
    } catch (err) {
      setError(asApiError(err));
    } finally {
      setBusy(false);
    }
  };

  const people = [...(users.data?.items ?? [])].sort((a, b) => Number(!a.roles.some((r) => DESK_ROLES.has(r))) - Number(!b.roles.some((r) => DESK_ROLES.has(r))));
  return (
    <section aria-labelledby="operators-title" className="mt-5">
      <h2 id="operators-title" className="h4">
        {t('app.adminPeople.operators.title')}
      </h2>
      <p className="text-secondary">{t('app.adminPeople.operators.lead')}</p>
      {saved ? <Alert tone="success">{t('app.adminPeople.operators.saved')}</Alert> : null}
      {isVersionProblem(error) ? <VersionConflict onReload={() => window.location.reload()} /> : <ErrorSlot message={error?.message ?? current.error?.message ?? users.error?.message} />}
      <CheckboxGroup
        name="operators"
        legend={t('app.adminPeople.operators.legend')}
        options={people.map((u) => ({ value: u.id, label: `${u.displayName} — ${u.organisation.name}` }))}
        values={chosen}
        onChange={setChosen}
      />
      <Button variant="outline-primary" busy={busy} onClick={() => void save()}>
        {t('app.adminPeople.operators.save')}
      </Button>
    </section>
  );
}
