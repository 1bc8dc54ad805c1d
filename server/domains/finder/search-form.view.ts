import { TARGET_GROUPS } from '../../../common/schemas/directory.js';
import { PUBLIC_LANGUAGES, type Tr } from './finder-i18n.js';
import { attr, html, type Html } from './html.js';
import type { NeedTerm } from './finder-service.queries.js';
import type { SearchFilters } from './search-filters.js';

// The search form: a plain GET form that works without JavaScript. "Use my location" is the one
// enhancement: a button finder.js reveals, which fills the hidden `near` field from the browser.

export interface FormOptions {
  tenantSlug: string;
  needs: NeedTerm[];
  languages: string[];
  /** /{tenant}/search or /{tenant}/map: the map keeps its view across searches. */
  action: string;
  filtersOpen: boolean;
}

export function needName(tr: Tr, n: Pick<NeedTerm, 'name' | 'translations'>): string {
  return n.translations?.[tr.lang]?.name ?? n.name;
}

function select(id: string, label: string, anyLabel: string, value: string, options: { value: string; label: string }[]): Html {
  return html`<div class="field">
  <label for="${id}">${label}</label>
  <select id="${id}" name="${id === 'f-lang' ? 'lang' : id.slice(2)}">
    <option value="">${anyLabel}</option>
    ${options.map((o) => html`<option value="${o.value}"${attr('selected', o.value === value)}>${o.label}</option>`)}
  </select>
</div>`;
}

function check(name: keyof SearchFilters, label: string, f: SearchFilters): Html {
  return html`<div class="check"><input type="checkbox" id="f-${name}" name="${name}" value="1"${attr('checked', !!f[name])}><label for="f-${name}">${label}</label></div>`;
}

export function searchForm(tr: Tr, f: SearchFilters, o: FormOptions): Html {
  const spoken = [...new Set([...PUBLIC_LANGUAGES, ...o.languages])]
    .map((code) => ({ value: code, label: tr.languageName(code) }))
    .sort((a, b) => a.label.localeCompare(b.label, tr.lang));
  const groups = TARGET_GROUPS.map((g) => ({ value: g, label: tr.dyn(`groups.${g}`, g) }));
  const needs = o.needs.map((n) => ({ value: n.code, label: needName(tr, n) }));
  return html`<form class="search-form" method="get" action="${o.action}" role="search" aria-label="${tr.t('search.title')}">
  <input type="hidden" name="hl" value="${tr.lang}">
  <div class="field field-q">
    <label for="f-q">${tr.t('search.query')}</label>
    <input type="search" id="f-q" name="q" value="${f.q}" maxlength="200" aria-describedby="f-q-hint" autocomplete="off">
    <p class="hint" id="f-q-hint">${tr.t('search.queryHint')}</p>
  </div>
  ${select('f-need', tr.t('search.need'), tr.t('search.anyNeed'), f.need, needs)}
  <details class="filters"${attr('open', o.filtersOpen)}>
    <summary>${tr.t('search.filters')}</summary>
    <div class="filters-body">
      ${select('f-lang', tr.t('search.spokenLanguage'), tr.t('search.anyLanguage'), f.spoken, spoken)}
      ${select('f-group', tr.t('search.group'), tr.t('search.anyGroup'), f.group, groups)}
      <fieldset class="checks">
        <legend>${tr.t('search.options')}</legend>
        ${check('free', tr.t('search.free'), f)}
        ${check('open', tr.t('search.openNow'), f)}
        ${check('women', tr.t('search.womenOnly'), f)}
        ${check('childcare', tr.t('search.childcare'), f)}
        ${check('accessible', tr.t('search.accessible'), f)}
      </fieldset>
      <div class="field">
        <label for="f-address">${tr.t('search.address')}</label>
        <input type="text" id="f-address" name="address" value="${f.address}" maxlength="120" aria-describedby="f-address-hint" autocomplete="off">
        <p class="hint" id="f-address-hint">${tr.t('search.addressHint')}</p>
      </div>
      <input type="hidden" name="near" id="f-near" value="${f.near ? `${f.near.lat},${f.near.lng}` : ''}">
      <button type="button" class="btn btn-secondary near-me" hidden data-locating="${tr.t('search.locating')}" data-failed="${tr.t('search.locationFailed')}" data-set="${tr.t('search.nearMeSet')}">${tr.t('search.nearMe')}</button>
      <p class="near-status" role="status">${f.near ? tr.t('search.nearMeSet') : ''}</p>
    </div>
  </details>
  <div class="actions">
    <button type="submit" class="btn btn-primary">${tr.t('search.submit')}</button>
    <a class="btn-link" href="/${o.tenantSlug}/search?hl=${tr.lang}">${tr.t('search.clear')}</a>
  </div>
</form>`;
}
