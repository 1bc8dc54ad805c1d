import { scopeRank } from '../../../../common/permissions.js';
import { useSession } from '../../app/session.js';

/**
 * Whether the user may import into the directory: like the API (directory-transfer.routes.ts),
 * `directory.edit` over the whole tenant. Partners, who edit their own organisation only, may not.
 */
export function useCanImport(): boolean {
  const { me } = useSession();
  const scope = me?.permissions['directory.edit'];
  return !!scope && scopeRank(scope) >= scopeRank('tenant');
}
