import type { Tx } from '../../platform/db/database.js';
import type { FinderRequest } from './finder-http.js';
import { getPublicService, isSensitiveService } from './finder-service.queries.js';
import { serviceView } from './finder-service.view.js';
import type { PageResult, Tenant } from './finder.routes.js';
import { isOpenAt } from './open-now.js';

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** GET /{tenant}/services/{id}: null (a 404) unless the service is public. */
export async function servicePage(tx: Tx, tenant: Tenant, fr: FinderRequest, id: string): Promise<PageResult | null> {
  if (!UUID.test(id)) return null;
  const service = await getPublicService(tx, tenant.id, id);
  if (!service) return null;
  const main = serviceView(fr.tr, { tenant, service, openNow: isOpenAt(service.schedules, new Date()), reported: fr.query.get('reported') === '1' });
  const name = service.translations?.[fr.tr.lang]?.name ?? service.name;
  return { title: name, main, cache: isSensitiveService(service) ? 'no-store' : 'public' };
}
