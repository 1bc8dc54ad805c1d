import { REPORT_REASONS } from '../../../common/schemas/directory.js';
import { localized, langAttrs } from './finder-content.js';
import type { MsgKey, Tr } from './finder-i18n.js';
import type { PublicService } from './finder-service.queries.js';
import { attr, html, type Html } from './html.js';

// "Report wrong information": a plain HTML form POST with no cookie and no token (nothing to
// protect but the reports table): a honeypot field and a per-address rate limit keep spam out.

export interface ReportForm {
  reason: string;
  message: string;
  errors: { field: 'reason' | 'message'; key: MsgKey }[];
}

export const MESSAGE_MAX = 2000;

export function reportView(tr: Tr, tenantSlug: string, s: Pick<PublicService, 'id' | 'name' | 'translations'>, form: ReportForm): Html {
  const name = localized(tr, s.translations, 'name', s.name)!;
  const serviceHref = `/${tenantSlug}/services/${s.id}?hl=${tr.lang}`;
  const error = (field: 'reason' | 'message') => form.errors.find((e) => e.field === field);
  const reasonError = error('reason');
  const messageError = error('message');
  return html`<h1>${tr.t('report.title')}</h1>
<p><a href="${serviceHref}"${langAttrs(tr, name)}>${name.text}</a></p>
<p>${tr.t('report.intro', { service: name.text })}</p>
${form.errors.length
    ? html`<div class="error-summary" role="alert" aria-labelledby="error-summary-title">
  <h2 id="error-summary-title">${tr.t('report.errorsTitle')}</h2>
  <ul>${form.errors.map((e) => html`<li><a href="#${e.field === 'reason' ? `r-reason-${REPORT_REASONS[0]}` : 'r-message'}">${tr.t(e.key)}</a></li>`)}</ul>
</div>`
    : ''}
<form class="report-form" method="post" action="/${tenantSlug}/services/${s.id}/report?hl=${tr.lang}">
  <fieldset class="radios"${reasonError ? html` aria-describedby="r-reason-error"` : ''}>
    <legend>${tr.t('report.reason')}</legend>
    ${reasonError ? html`<p class="field-error" id="r-reason-error">${tr.t(reasonError.key)}</p>` : ''}
    ${REPORT_REASONS.map(
      (r) => html`<div class="check"><input type="radio" id="r-reason-${r}" name="reason" value="${r}" required${attr('checked', form.reason === r)}><label for="r-reason-${r}">${tr.dyn(`report.reasons.${r}`, r)}</label></div>`,
    )}
  </fieldset>
  <div class="field">
    <label for="r-message">${tr.t('report.message')}</label>
    <p class="hint" id="r-message-hint">${tr.t('report.messageHint')}</p>
    ${messageError ? html`<p class="field-error" id="r-message-error">${tr.t(messageError.key)}</p>` : ''}
    <textarea id="r-message" name="message" rows="5" maxlength="${MESSAGE_MAX}" aria-describedby="r-message-hint${messageError ? ' r-message-error' : ''}"${messageError ? html` aria-invalid="true"` : ''}>${form.message}</textarea>
  </div>
  <div class="hp">
    <label for="r-website">${tr.t('report.honeypot')}</label>
    <input type="text" id="r-website" name="website" value="" tabindex="-1" autocomplete="off">
  </div>
  <div class="actions">
    <button type="submit" class="btn btn-primary">${tr.t('report.submit')}</button>
    <a class="btn-link" href="${serviceHref}">${tr.t('report.cancel')}</a>
  </div>
</form>`;
}
