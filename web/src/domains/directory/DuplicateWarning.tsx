import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DuplicateCandidate } from '../../../../common/schemas/directory-views.js';
import { DUPLICATE_REASON_LABELS } from './directory-labels.js';

/** A warning, never a block: services that look like this one, with why. */
export function DuplicateWarning({ candidates }: { candidates: DuplicateCandidate[] }) {
  const { t } = useTranslation();
  return (
    <div role="status">
      {candidates.length ? (
        <div className="alert alert-warning">
          <p className="fw-semibold">{t('app.directory.duplicates.warning', { count: candidates.length })}</p>
          <ul className="mb-0">
            {candidates.map((c) => (
              <li key={c.id}>
                <Link to={`/directory/services/${c.id}`}>{c.name}</Link> — {c.organizationName}
                {c.address ? `, ${c.address}` : ''} ({t(DUPLICATE_REASON_LABELS[c.reason]!)})
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
