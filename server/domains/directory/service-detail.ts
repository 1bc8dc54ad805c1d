import type { ServiceView } from '../../../common/schemas/directory-views.js';
import type { Tx } from '../../platform/db/database.js';
import { listLocations } from './locations.queries.js';
import { presentService } from './service.presenter.js';
import { loadChildren } from './service-children.js';
import { findService, serviceExtras } from './services.queries.js';

/** The full staff view of one service (404 when absent or hidden from this transaction). */
export async function loadServiceView(tx: Tx, id: string): Promise<ServiceView> {
  const service = await findService(tx, id);
  const children = await loadChildren(tx, service.id);
  const [locations, extras] = await Promise.all([listLocations(tx, { ids: children.locationIds as string[] }), serviceExtras(tx, service)]);
  return presentService(service, children, locations, extras);
}
