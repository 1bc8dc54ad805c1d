import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../app/api.js';
import { Button } from '../../components/Button.js';

/** Whether a refused change means "the record moved on since you read it" (409) or "say which version" (428). */
export function isVersionProblem(err: ApiError | null | undefined): boolean {
  return !!err && (err.code === 'VERSION_CONFLICT' || err.code === 'PRECONDITION_REQUIRED');
}

/**
 * The calm, explicit answer to a concurrent edit: nothing was overwritten, reload to see the
 * colleague's change. Rendered inside an alert region so it is announced.
 */
export function VersionConflict({ onReload }: { onReload(): void }) {
  const { t } = useTranslation();
  return (
    <div role="alert">
      <div className="alert alert-warning">
        <p className="fw-semibold mb-1">{t('app.personRecord.conflict.title')}</p>
        <p>{t('app.personRecord.conflict.text')}</p>
        <Button variant="primary" size="sm" onClick={onReload}>
          {t('app.personRecord.conflict.reload')}
        </Button>
      </div>
    </div>
  );
}

/** The If-Match header naming the version last read. */
export function ifMatch(version: number): { headers: Record<string, string> } {
  return { headers: { 'if-match': `"${version}"` } };
}
