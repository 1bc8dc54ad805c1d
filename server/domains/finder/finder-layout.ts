import { finderAssets } from './finder-assets.js';
import { LANGUAGE_NAMES, PUBLIC_LANGUAGES, type Tr } from './finder-i18n.js';
import { html, type Html } from './html.js';

// The frame of every public page: quick exit first in keyboard order, then the skip link, the
// header with the language switch, the page, the safety notice and the footer. No inline script or
// style (CSP), no third-party resource, nothing that sets a cookie.

/** Where "Quick exit" goes: a neutral page, opened by the visitor's browser, never fetched by us. */
export const QUICK_EXIT_URL = 'https://www.google.com/search?q=meteo';

export interface Shell {
  tr: Tr;
  tenant: { slug: string; name: string } | null;
  title: string;
  /** Path and query of this page, for the language switch (which swaps `hl` only). */
  path: string;
  query: URLSearchParams;
  withMap?: boolean;
  noindex?: boolean;
}

export function withLang(path: string, query: URLSearchParams, lang: string): string {
  const q = new URLSearchParams(query);
  q.set('hl', lang);
  return `${path}?${q.toString()}`;
}

function languageSwitch(s: Shell): Html {
  const { tr } = s;
  return html`<details class="lang-switch">
  <summary><span class="visually-hidden">${tr.t('layout.language')}: </span><span lang="${tr.lang}">${LANGUAGE_NAMES[tr.lang]}</span></summary>
  <ul class="lang-list">${PUBLIC_LANGUAGES.map(
    (l) => html`<li><a href="${withLang(s.path, s.query, l)}" lang="${l}" hreflang="${l}"${l === tr.lang ? html` aria-current="true"` : ''}>${LANGUAGE_NAMES[l]}</a></li>`,
  )}</ul>
</details>`;
}

function header(s: Shell): Html {
  const { tr, tenant } = s;
  const home = tenant ? `/${tenant.slug}?hl=${tr.lang}` : null;
  return html`<header class="site-header">
  <div class="wrap header-row">
    ${home ? html`<a class="brand" href="${home}"><span class="brand-tenant">${tenant!.name}</span> <span class="brand-site">${tr.t('layout.siteTitle')}</span></a>` : html`<span class="brand"><span class="brand-site">${tr.t('layout.siteTitle')}</span></span>`}
    ${languageSwitch(s)}
  </div>
  ${tenant
    ? html`<nav class="wrap main-nav" aria-label="${tr.t('layout.mainNavigation')}"><a href="${home}">${tr.t('layout.home')}</a> <a href="/${tenant.slug}/map?hl=${tr.lang}">${tr.t('layout.map')}</a></nav>`
    : ''}
</header>`;
}

export function safetyNotice(tr: Tr): Html {
  return html`<aside class="safety" aria-labelledby="safety-title">
  <div class="wrap">
    <h2 id="safety-title">${tr.t('safety.title')}</h2>
    <ul>
      <li>${tr.t('safety.violence')} <a class="tel" href="tel:1522" dir="ltr">1522</a></li>
      <li>${tr.t('safety.trafficking')} <a class="tel" href="tel:800290290" dir="ltr">800 290 290</a></li>
      <li>${tr.t('safety.emergency')} <a class="tel" href="tel:112" dir="ltr">112</a></li>
    </ul>
    <p>${tr.t('safety.exitTip')}</p>
  </div>
</aside>`;
}

export function renderPage(s: Shell, main: Html): string {
  const { tr, tenant } = s;
  const a = finderAssets();
  const title = [s.title, tenant?.name ?? tr.t('layout.siteTitle')].filter(Boolean).join(' – ');
  return `<!doctype html>\n${html`<html lang="${tr.lang}" dir="${tr.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
${s.noindex ? html`<meta name="robots" content="noindex">` : ''}
<title>${title}</title>
<link rel="icon" href="${a.url('favicon.svg')}" type="image/svg+xml">
<link rel="stylesheet" href="${a.url('finder.css')}">
${s.withMap ? html`<link rel="stylesheet" href="${a.url('leaflet.css')}">` : ''}
<script src="${a.url('finder.js')}" defer></script>
${s.withMap ? html`<script src="${a.url('leaflet.js')}" defer></script><script src="${a.url('map.js')}" defer></script>` : ''}
</head>
<body>
<a id="quick-exit" class="quick-exit" href="${QUICK_EXIT_URL}" rel="noreferrer noopener">${tr.t('layout.quickExit')}</a>
<a class="skip-link" href="#main">${tr.t('layout.skipToContent')}</a>
${header(s)}
<main id="main" class="wrap" tabindex="-1">
${main}
</main>
${safetyNotice(tr)}
<footer class="site-footer"><div class="wrap"><p>${tr.t('layout.footer', { tenant: tenant?.name ?? 'Approdo' })}</p></div></footer>
</body>
</html>`}\n`;
}
