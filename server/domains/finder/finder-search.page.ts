import type { AppContext } from '../../platform/context.js';
import type { Tx } from '../../platform/db/database.js';
import { recordSearchMiss } from './commands/record-search-miss.js';
import { finderAssets } from './finder-assets.js';
import type { FinderRequest } from './finder-http.js';
import { resultsView } from './finder-results.view.js';
import { MAP_PAGE_SIZE, nearestArea, PAGE_SIZE, resolvePlace, searchServices } from './finder-search.queries.js';
import { listNeedTerms, spokenLanguages } from './finder-service.queries.js';
import type { PageResult, Tenant } from './finder.routes.js';
import { romeWallClock } from './open-now.js';
import { parseFilters, type Point } from './search-filters.js';

/** GET /{tenant}/search and /{tenant}/map: the same search, as a list or over a map. */
export async function searchPage(ctx: AppContext, tx: Tx, tenant: Tenant, fr: FinderRequest, view: 'list' | 'map'): Promise<PageResult> {
  const { tr } = fr;
  const f = { ...parseFilters(fr.query), view };
  const now = romeWallClock(new Date());
  let point: Point | null = f.near;
  let area = '';
  let addressNotFound = false;
  if (!point && f.address) {
    const place = await resolvePlace(tx, tenant.id, f.address);
    if (place) ({ point, area } = place);
    else addressNotFound = true;
  }
  const pageSize = view === 'map' ? MAP_PAGE_SIZE : PAGE_SIZE;
  const { total, more, hits } = await searchServices(tx, tenant.id, f, { lang: tr.lang, now, point, pageSize });
  if (total === 0 && f.page === 1) {
    // Anonymous gap counting: facets only. The language is the one asked of the service, else the
    // visitor's own; the area a neighbourhood from our data, never the typed text or the position.
    if (f.near) area = await nearestArea(tx, tenant.id, f.near);
    await recordSearchMiss(tx, tenant.id, { day: now.date, category: f.need, language: f.spoken || tr.lang, area });
  }
  const needs = await listNeedTerms(tx, tenant.id);
  const languages = await spokenLanguages(tx, tenant.id);
  const filtersOpen = !!(f.spoken || f.group || f.free || f.open || f.women || f.childcare || f.accessible || f.address || f.near);
  const tileUrl = ctx.config.APPRODO_TILE_URL ?? null;
  const main = resultsView(tr, {
    tenant,
    filters: f,
    form: { tenantSlug: tenant.slug, needs, languages, action: `/${tenant.slug}/${view === 'map' ? 'map' : 'search'}`, filtersOpen },
    total,
    more,
    hits,
    pageSize,
    byDistance: !!point,
    addressNotFound,
    map: view === 'map' ? { outlineUrl: finderAssets().outlineUrl(tenant.slug), tileUrl, attribution: ctx.config.APPRODO_TILE_ATTRIBUTION } : null,
  });
  const title = view === 'map' ? tr.t('map.title') : tr.t('results.title');
  return { title, main, cache: 'no-store', withMap: view === 'map', noindex: true };
}
