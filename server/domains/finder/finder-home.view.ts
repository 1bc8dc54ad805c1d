import type { Tr } from './finder-i18n.js';
import type { NeedTile } from './finder-service.queries.js';
import { html, type Html } from './html.js';
import type { SearchFilters } from './search-filters.js';
import { needName, searchForm, type FormOptions } from './search-form.view.js';

export function homeView(tr: Tr, tenant: { slug: string; name: string }, f: SearchFilters, form: FormOptions & { needs: NeedTile[] }): Html {
  return html`<h1>${tr.t('home.title')}</h1>
<p class="lead">${tr.t('home.intro', { tenant: tenant.name })}</p>
${searchForm(tr, f, form)}
<section aria-labelledby="categories-title">
  <h2 id="categories-title">${tr.t('home.categories')}</h2>
  <ul class="tiles">
    ${form.needs.map(
      (n: NeedTile) => html`<li><a class="tile" href="/${tenant.slug}/search?need=${encodeURIComponent(n.code)}&amp;hl=${tr.lang}"><span class="tile-name">${needName(tr, n)}</span> <span class="tile-count">${tr.t('home.servicesCount', { count: n.count })}</span></a></li>`,
    )}
  </ul>
  <p><a href="/${tenant.slug}/search?hl=${tr.lang}">${tr.t('home.allServices')}</a></p>
</section>`;
}

export function errorView(tr: Tr, title: string, message: string, homeHref: string | null): Html {
  return html`<h1>${title}</h1>
<p>${message}</p>
${homeHref ? html`<p><a href="${homeHref}">${tr.t('errors.goHome')}</a></p>` : ''}`;
}
