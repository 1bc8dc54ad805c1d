import { useTranslation } from 'react-i18next';

export function StatusBadge({ status }: { status: 'active' | 'disabled' }) {
  const { t } = useTranslation();
  return <span className={`badge ${status === 'active' ? 'bg-success' : 'bg-secondary'}`}>{t(`app.users.statuses.${status}`)}</span>;
}
