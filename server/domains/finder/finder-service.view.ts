import { langAttrs, localized, paragraphs, type Localized } from './finder-content.js';
import type { Tr } from './finder-i18n.js';
import { bydayCodes } from './open-now.js';
import type { PublicLocation, PublicService } from './finder-service.queries.js';
import { html, type Html } from './html.js';
import { needName } from './search-form.view.js';

// The public page of one service: what, who for, how to get there, hours, documents, languages,
// contacts, costs, last verified; printable (print CSS), with the "report wrong information" link.

export interface ServiceModel {
  tenant: { slug: string; name: string };
  service: PublicService;
  openNow: boolean;
  reported: boolean;
}

function section(id: string, title: string, body: Html): Html {
  return html`<section class="service-section" aria-labelledby="${id}"><h2 id="${id}">${title}</h2>${body}</section>`;
}

function hhmm(t: string | null): string {
  return (t ?? '').slice(0, 5);
}

function hours(tr: Tr, s: PublicService, openNow: boolean): Html {
  const rules = s.schedules;
  if (!rules.length) return html`<p>${tr.t('service.noHours')}</p>`;
  return html`<p class="badges"><span class="badge ${openNow ? 'badge-open' : 'badge-closed'}">${openNow ? tr.t('service.openNow') : tr.t('service.closedNow')}</span></p>
<ul class="hours">${rules.map((r) => {
    const days = bydayCodes(r.byday);
    const desc = localized(tr, r.translations, 'description', r.description);
    const weekly = r.freq === 'WEEKLY' && r.opensAt && r.closesAt;
    return html`<li>${weekly ? html`<span class="days">${days.length ? days.map((d) => tr.weekday(d)).join(', ') : tr.t('service.allDays')}</span> <span class="time" dir="ltr">${hhmm(r.opensAt)}–${hhmm(r.closesAt)}</span>` : ''}${desc ? html` <span${langAttrs(tr, desc)}>${desc.text}</span>` : ''}${r.validFrom ? html` <span class="muted">${tr.t('service.validFrom', { date: tr.date(r.validFrom) })}</span>` : ''}${r.validTo ? html` <span class="muted">${tr.t('service.validTo', { date: tr.date(r.validTo) })}</span>` : ''}</li>`;
  })}</ul>`;
}

function location(tr: Tr, l: PublicLocation, many: boolean): Html {
  const name = localized(tr, l.translations, 'name', l.name);
  const transport = localized(tr, l.translations, 'transportation', l.transportation);
  const description = localized(tr, l.translations, 'description', l.description);
  return html`<div class="location">
  ${many && name ? html`<h3${langAttrs(tr, name)}>${name.text}</h3>` : ''}
  ${l.addresses.map((a) => html`<p class="address" dir="auto">${a.address1}${a.address2 ? `, ${a.address2}` : ''}, ${[a.postalCode, a.city].filter(Boolean).join(' ')}</p>`)}
  ${l.neighbourhood ? html`<p class="muted">${l.neighbourhood}</p>` : ''}
  ${paragraphs(tr, description)}
  ${paragraphs(tr, transport)}
  ${l.accessibility.length
    ? html`<p class="sub">${tr.t('service.accessibility')}</p><ul>${l.accessibility.map((a) => html`<li>${[a.description, a.details].filter(Boolean).join(': ')}</li>`)}</ul>`
    : ''}
</div>`;
}

function contacts(tr: Tr, s: PublicService): Html | null {
  const phones = s.phones.map((p) => {
    const d = localized(tr, p.translations, 'description', p.description);
    return html`<li>${tr.t('service.phone')}: <a href="tel:${p.number.replace(/[^+0-9]/g, '')}" dir="ltr">${p.number}</a>${d ? html` <span${langAttrs(tr, d)}>(${d.text})</span>` : ''}</li>`;
  });
  const mail = s.email ? [html`<li>${tr.t('service.email')}: <a href="mailto:${s.email}">${s.email}</a></li>`] : [];
  const links = [...(s.url && /^https?:\/\//i.test(s.url) ? [{ label: null, url: s.url }] : []), ...s.urls].map(
    (u) => html`<li>${tr.t('service.website')}: <a href="${u.url}" rel="noreferrer noopener" dir="ltr">${u.label ?? u.url.replace(/^https?:\/\//i, '')}</a></li>`,
  );
  const all = [...phones, ...mail, ...links];
  return all.length ? html`<ul class="contacts">${all}</ul>` : null;
}

function whoFor(tr: Tr, s: PublicService): Html {
  const eligibility = localized(tr, s.translations, 'eligibilityDescription', s.eligibilityDescription);
  const ages =
    s.minimumAge !== null && s.maximumAge !== null
      ? tr.t('service.ages', { min: s.minimumAge, max: s.maximumAge })
      : s.minimumAge !== null
        ? tr.t('service.minAge', { min: s.minimumAge })
        : s.maximumAge !== null
          ? tr.t('service.maxAge', { max: s.maximumAge })
          : null;
  return html`${paragraphs(tr, eligibility)}
${s.targetGroups.length ? html`<ul class="tags">${s.targetGroups.map((g) => html`<li>${tr.dyn(`groups.${g}`, g)}</li>`)}</ul>` : ''}
<ul class="facts">
  ${ages ? html`<li>${ages}</li>` : ''}
  <li>${tr.dyn(`permit.${s.residencePermitRequirement}`, '')}</li>
  ${s.womenOnly ? html`<li>${tr.t('service.womenOnly')}</li>` : ''}
  ${s.childcareAvailable ? html`<li>${tr.t('service.childcare')}</li>` : ''}
  ${s.interpretationAvailable ? html`<li>${tr.t('service.interpretation')}</li>` : ''}
</ul>`;
}

export function serviceView(tr: Tr, m: ServiceModel): Html {
  const s = m.service;
  const name = localized(tr, s.translations, 'name', s.name)!;
  const description = localized(tr, s.translations, 'description', s.description);
  const access = localized(tr, s.translations, 'applicationProcess', s.applicationProcess);
  const fees = localized(tr, s.translations, 'feesDescription', s.feesDescription);
  const org = localized(tr, s.organizationTranslations, 'name', s.organizationName)!;
  const texts: (Localized | null)[] = [name, description, access, fees, localized(tr, s.translations, 'eligibilityDescription', s.eligibilityDescription)];
  const anyFallback = texts.some((c) => c?.fallback);
  const docs = s.documents.map((d) => localized(tr, d.translations, 'document', d.document)).filter((d): d is Localized => !!d);
  const contactList = contacts(tr, s);
  const base = `/${m.tenant.slug}`;
  return html`<article class="service">
<p class="back"><a href="${base}/search?hl=${tr.lang}">${tr.t('service.back')}</a></p>
<h1${langAttrs(tr, name)}>${name.text}</h1>
<p class="result-org">${tr.t('service.organization', { organization: org.text })}</p>
${m.reported ? html`<p class="notice notice-success" role="status">${tr.t('service.reported')}</p>` : ''}
${s.status === 'temporarily closed' ? html`<p class="notice notice-warning">${tr.t('service.temporarilyClosed')}</p>` : ''}
${s.alert ? html`<p class="notice notice-warning" lang="it">${s.alert}</p>` : ''}
${anyFallback ? html`<p class="notice">${tr.t('service.italianOnly')}</p>` : ''}
${s.freeOfCharge || s.needs.length
    ? html`<ul class="tags">${s.freeOfCharge ? html`<li class="tag-free">${tr.t('results.free')}</li>` : ''}${s.needs.map((n) => html`<li><a href="${base}/search?need=${encodeURIComponent(n.code)}&amp;hl=${tr.lang}">${needName(tr, n)}</a></li>`)}</ul>`
    : ''}
${section('what', tr.t('service.what'), paragraphs(tr, description))}
${section('who', tr.t('service.whoFor'), whoFor(tr, s))}
${access ? section('access', tr.t('service.howToAccess'), paragraphs(tr, access)) : ''}
${section('where', tr.t('service.howToGetThere'), s.locations.length ? html`${s.locations.map((l) => location(tr, l, s.locations.length > 1))}` : html`<p>${tr.t('service.noAddress')}</p>`)}
${section('hours', tr.t('service.hours'), hours(tr, s, m.openNow))}
${docs.length ? section('documents', tr.t('service.documents'), html`<ul>${docs.map((d) => html`<li${langAttrs(tr, d)}>${d.text}</li>`)}</ul>`) : ''}
${s.languages.length ? section('languages', tr.t('service.languages'), html`<ul class="tags">${s.languages.map((c) => html`<li>${tr.languageName(c)}</li>`)}</ul>`) : ''}
${contactList ? section('contacts', tr.t('service.contacts'), contactList) : ''}
${s.freeOfCharge || fees || s.fees || s.costs.length
    ? section(
        'costs',
        tr.t('service.costs'),
        html`${s.freeOfCharge ? html`<p>${tr.t('service.free')}</p>` : ''}${paragraphs(tr, fees)}${s.fees ? html`<p lang="it">${s.fees}</p>` : ''}${s.costs.length ? html`<ul>${s.costs.map((c) => html`<li lang="it">${[c.option, c.amount ? `${c.amount} ${c.currency ?? 'EUR'}` : null, c.amountDescription].filter(Boolean).join(' – ')}</li>`)}</ul>` : ''}`,
      )
    : ''}
<p class="verified">${s.lastVerifiedAt ? tr.t('service.lastVerified', { date: tr.date(s.lastVerifiedAt) }) : tr.t('service.notVerified')}</p>
<div class="service-actions">
  <button type="button" class="btn btn-secondary print-btn" hidden>${tr.t('service.print')}</button>
  <a class="btn-link" href="${base}/services/${s.id}/report?hl=${tr.lang}">${tr.t('service.report')}</a>
</div>
</article>`;
}
