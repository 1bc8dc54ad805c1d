import type { ReactNode } from 'react';
import { usePageTitle } from '../app/page-title.js';

/**
 * The page's one h1; it also names the browser tab. It takes focus after an in-app navigation
 * (see app/Shell.tsx) so screen-reader users hear where they landed.
 */
export function PageHeading({ title, lead, actions }: { title: string; lead?: ReactNode; actions?: ReactNode }) {
  usePageTitle(title);
  return (
    <div className="d-flex flex-wrap align-items-start justify-content-between gap-3 mb-4">
      <div>
        <h1 className="h2 mb-2 page-heading" tabIndex={-1}>
          {title}
        </h1>
        {lead ? <p className="lead mb-0">{lead}</p> : null}
      </div>
      {actions ? <div className="d-flex flex-wrap gap-2">{actions}</div> : null}
    </div>
  );
}
