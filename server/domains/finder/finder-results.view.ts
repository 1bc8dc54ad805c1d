import { excerpt, langAttrs, localized } from './finder-content.js';
import type { Tr } from './finder-i18n.js';
import type { SearchHit } from './finder-search.queries.js';
import { html, raw, type Html } from './html.js';
import { filtersQuery, type SearchFilters } from './search-filters.js';
import { searchForm, type FormOptions } from './search-form.view.js';

// The results page and the map page: the same server-rendered list, the map drawn over it by
// map.js from each located item's data attributes (so markers are exactly the located results).

export interface ResultsModel {
  tenant: { slug: string; name: string };
  filters: SearchFilters;
  form: FormOptions;
  total: number;
  /** The count stopped at `total` (a nearest-first search): there are more. */
  more: boolean;
  hits: SearchHit[];
  pageSize: number;
  /** Sorted by distance from a point (near me, or an address that resolved). */
  byDistance: boolean;
  addressNotFound: boolean;
  map: { outlineUrl: string | null; tileUrl: string | null; attribution: string } | null;
}

function resultItem(tr: Tr, m: ResultsModel, h: SearchHit): Html {
  const name = localized(tr, h.translations, 'name', h.name)!;
  const desc = localized(tr, h.translations, 'description', h.description);
  const place = [h.address1, h.city !== h.address1 ? h.city : null].filter(Boolean).join(', ');
  const href = `/${m.tenant.slug}/services/${h.id}?hl=${tr.lang}`;
  const located = h.latitude !== null && h.longitude !== null;
  const data = located ? raw(` data-lat="${h.latitude}" data-lng="${h.longitude}" data-href="${href}"`) : raw('');
  return html`<li class="result"${data}>
  <h2 class="result-title"><a href="${href}"${langAttrs(tr, name)}>${name.text}</a></h2>
  <p class="result-org">${h.org}</p>
  <p class="badges">${h.free ? html`<span class="badge badge-free">${tr.t('results.free')}</span>` : ''}${h.openNow ? html`<span class="badge badge-open">${tr.t('results.openNow')}</span>` : ''}${h.women ? html`<span class="badge">${tr.t('results.womenOnly')}</span>` : ''}${h.status === 'temporarily closed' ? html`<span class="badge badge-closed">${tr.t('results.temporarilyClosed')}</span>` : ''}${name.fallback || desc?.fallback ? html`<span class="badge badge-lang">${tr.t('results.italianOnly')}</span>` : ''}</p>
  ${place || h.neighbourhood || h.distance !== null
    ? html`<p class="result-place">${place ? html`<span dir="auto">${place}</span>` : ''}${h.neighbourhood ? html` <span class="muted">(${h.neighbourhood})</span>` : ''}${h.distance !== null ? html` · <span>${tr.t('results.distance', { distance: tr.distance(h.distance) })}</span>` : ''}</p>`
    : ''}
  ${desc ? html`<p class="result-desc"${langAttrs(tr, desc)}>${excerpt(desc.text)}</p>` : ''}
</li>`;
}

function pagination(tr: Tr, m: ResultsModel, base: string): Html {
  // Counted only up to this page (`more`): the last page is not known, "next" is.
  const pages = m.more ? m.filters.page + 1 : Math.max(1, Math.ceil(m.total / m.pageSize));
  if (pages <= 1) return raw('');
  const page = Math.min(m.filters.page, pages);
  const link = (p: number) => `${base}?${filtersQuery(m.filters, tr.lang, { page: p })}`;
  return html`<nav class="pagination" aria-label="${tr.t('results.pagination')}">
  ${page > 1 ? html`<a rel="prev" href="${link(page - 1)}">${tr.t('results.previous')}</a>` : ''}
  <span aria-current="page">${m.more ? tr.t('results.pageOnly', { page }) : tr.t('results.page', { page, pages })}</span>
  ${page < pages ? html`<a rel="next" href="${link(page + 1)}">${tr.t('results.next')}</a>` : ''}
</nav>`;
}

export function resultsView(tr: Tr, m: ResultsModel): Html {
  const isMap = !!m.map;
  const listUrl = `/${m.tenant.slug}/search?${filtersQuery(m.filters, tr.lang, { page: 1 })}`;
  const mapUrl = `/${m.tenant.slug}/map?${filtersQuery(m.filters, tr.lang, { page: 1 })}`;
  const unlocated = m.hits.filter((h) => h.latitude === null).length;
  return html`<h1>${isMap ? tr.t('map.title') : tr.t('results.title')}</h1>
${searchForm(tr, m.filters, m.form)}
<section class="results-section" aria-labelledby="result-count">
  <div class="results-head">
    <p id="result-count" class="result-count" role="status">${m.more ? tr.t('results.countMore', { count: m.total }) : tr.t('results.count', { count: m.total })}</p>
    <nav class="view-switch" aria-label="${tr.t('results.views')}">
      <a href="${listUrl}"${isMap ? '' : raw(' aria-current="page"')}>${tr.t('results.list')}</a>
      <a href="${mapUrl}"${isMap ? raw(' aria-current="page"') : ''}>${tr.t('results.map')}</a>
    </nav>
  </div>
  ${m.addressNotFound ? html`<p class="notice">${tr.t('results.addressNotFound')}</p>` : ''}
  ${m.byDistance && m.total > 0 ? html`<p class="muted">${tr.t('results.sortedByDistance')}</p>` : ''}
  ${m.total === 0 ? html`<p class="notice">${tr.t('results.none')}</p>` : ''}
  ${m.map
    ? html`<div id="finder-map" class="finder-map" role="region" aria-label="${tr.t('map.label')}" data-outline="${m.map.outlineUrl ?? ''}" data-zoom-in="${tr.t('map.zoomIn')}" data-zoom-out="${tr.t('map.zoomOut')}" data-tiles="${m.map.tileUrl ?? ''}" data-attribution="${m.map.attribution}"></div>
  ${m.map.outlineUrl ? html`<p class="muted map-legend">${tr.t('map.outline')}</p>` : ''}
  <noscript><p class="notice">${tr.t('map.noScript')}</p></noscript>
  ${unlocated ? html`<p class="muted">${tr.t('map.unlocated', { count: unlocated })}</p>` : ''}`
    : ''}
  ${m.hits.length ? html`<ol class="results">${m.hits.map((h) => resultItem(tr, m, h))}</ol>` : ''}
  ${pagination(tr, m, isMap ? `/${m.tenant.slug}/map` : `/${m.tenant.slug}/search`)}
</section>`;
}
