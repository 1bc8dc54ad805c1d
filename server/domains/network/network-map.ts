import type { NetworkMapSettings } from '../../../common/schemas/network.js';
import type { Tx } from '../../platform/db/database.js';
import type { AppContext } from '../../platform/context.js';
import { finderAssets } from '../finder/finder-assets.js';

// The background of the network view's map: the same tile server as the public finder (its host
// is already in the CSP img-src), else the comune's approximate outline the finder bundles, served
// from this origin. Markers come from the reports themselves, so the page's filters apply to them.

export async function networkMapSettings(ctx: AppContext, tx: Tx, tenantId: string): Promise<NetworkMapSettings> {
  const tenant = await tx.selectFrom('tenant').select('slug').where('id', '=', tenantId).executeTakeFirst();
  return {
    tileUrl: ctx.config.APPRODO_TILE_URL ?? null,
    attribution: ctx.config.APPRODO_TILE_ATTRIBUTION,
    outlineUrl: tenant ? finderAssets().outlineUrl(tenant.slug) : null,
  };
}
