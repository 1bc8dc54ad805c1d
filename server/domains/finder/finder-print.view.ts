import { langAttrs, localized, paragraphs, type Localized } from './finder-content.js';
import type { Tr } from './finder-i18n.js';
import type { PublicService } from './finder-service.queries.js';
import { html, type Html } from './html.js';
import { bydayCodes } from './open-now.js';

// The printable list a front-desk operator hands to a person: for each suggested service, in the
// person's language where the directory has it, what it is, where, when, the phone, the
// documents to bring and the languages spoken. Nothing about the person is on it.

export interface PrintModel {
  services: PublicService[];
  printedOn: Date;
}

const hhmm = (t: string | null) => (t ?? '').slice(0, 5);

function part(id: string, title: string, body: Html): Html {
  return html`<section class="print-part" aria-labelledby="${id}"><h3 id="${id}">${title}</h3>${body}</section>`;
}

function hours(tr: Tr, s: PublicService): Html {
  if (!s.schedules.length) return html`<p>${tr.t('service.noHours')}</p>`;
  return html`<ul class="hours">${s.schedules.map((r) => {
    const days = bydayCodes(r.byday);
    const desc = localized(tr, r.translations, 'description', r.description);
    const weekly = r.freq === 'WEEKLY' && r.opensAt && r.closesAt;
    return html`<li>${weekly ? html`<span class="days">${days.length ? days.map((d) => tr.weekday(d)).join(', ') : tr.t('service.allDays')}</span> <span class="time" dir="ltr">${hhmm(r.opensAt)}–${hhmm(r.closesAt)}</span>` : ''}${desc ? html` <span${langAttrs(tr, desc)}>${desc.text}</span>` : ''}</li>`;
  })}</ul>`;
}

function places(tr: Tr, s: PublicService): Html {
  if (!s.locations.length) return html`<p>${tr.t('service.noAddress')}</p>`;
  return html`${s.locations.map((l) => {
    const name = s.locations.length > 1 ? localized(tr, l.translations, 'name', l.name) : null;
    return html`<div class="location">${name ? html`<p${langAttrs(tr, name)}>${name.text}</p>` : ''}${l.addresses.map(
      (a) => html`<p class="address" dir="auto">${a.address1}${a.address2 ? `, ${a.address2}` : ''}, ${[a.postalCode, a.city].filter(Boolean).join(' ')}</p>`,
    )}</div>`;
  })}`;
}

function serviceItem(tr: Tr, s: PublicService, n: number): Html {
  const name = localized(tr, s.translations, 'name', s.name)!;
  const org = localized(tr, s.organizationTranslations, 'name', s.organizationName)!;
  const what = localized(tr, s.translations, 'description', s.description);
  const docs = s.documents.map((d) => localized(tr, d.translations, 'document', d.document)).filter((d): d is Localized => !!d);
  const id = (k: string) => `s${n}-${k}`;
  return html`<li class="print-service">
<h2 id="${id('name')}"${langAttrs(tr, name)}>${name.text}</h2>
<p class="result-org">${tr.t('service.organization', { organization: org.text })}</p>
${what ? part(id('what'), tr.t('service.what'), paragraphs(tr, what)) : ''}
${part(id('where'), tr.t('service.howToGetThere'), places(tr, s))}
${part(id('hours'), tr.t('service.hours'), hours(tr, s))}
${s.phones.length ? part(id('phone'), tr.t('service.phone'), html`<ul class="contacts">${s.phones.map((p) => html`<li><a href="tel:${p.number.replace(/[^+0-9]/g, '')}" dir="ltr">${p.number}</a></li>`)}</ul>`) : ''}
${docs.length ? part(id('documents'), tr.t('service.documents'), html`<ul>${docs.map((d) => html`<li${langAttrs(tr, d)}>${d.text}</li>`)}</ul>`) : ''}
${s.languages.length ? part(id('languages'), tr.t('service.languages'), html`<ul class="tags">${s.languages.map((c) => html`<li>${tr.languageName(c)}</li>`)}</ul>`) : ''}
</li>`;
}

export function printView(tr: Tr, m: PrintModel): Html {
  const fallback = m.services.some((s) => localized(tr, s.translations, 'name', s.name)?.fallback || localized(tr, s.translations, 'description', s.description)?.fallback);
  return html`<article class="print-list">
<h1>${tr.t('print.title')}</h1>
<p class="muted">${tr.t('print.printedOn', { date: tr.date(m.printedOn) })}</p>
<p>${tr.t('print.intro')}</p>
${fallback ? html`<p class="notice">${tr.t('service.italianOnly')}</p>` : ''}
<div class="service-actions"><button type="button" class="btn btn-secondary print-btn" hidden>${tr.t('service.print')}</button></div>
<ol class="print-services">${m.services.map((s, i) => serviceItem(tr, s, i + 1))}</ol>
</article>`;
}
