import type { z } from 'zod';
import type { noticeDetailView, NoticeView } from '../../../common/schemas/consents.js';
import type { NoticeRow } from './notices.queries.js';

/** The text in `lang`, or the Italian reference text with `fallback` set when the notice lacks it. */
export function pickNoticeText(texts: NoticeRow['texts'], lang: string): { language: string; fallback: boolean; title: string; body: string } {
  const own = texts[lang];
  if (own) return { language: lang, fallback: false, ...own };
  const it = texts.it ?? Object.values(texts)[0] ?? { title: '', body: '' };
  return { language: 'it', fallback: true, title: it.title, body: it.body };
}

export function presentNotice(row: NoticeRow, lang: string): NoticeView {
  return {
    id: row.id,
    purpose: row.purpose,
    partnerOrganisationId: row.partnerOrganisationId,
    partnerOrganisationName: row.partnerOrganisationName,
    version: row.version,
    languages: Object.keys(row.texts).sort(),
    title: pickNoticeText(row.texts, lang).title,
    publishedAt: row.publishedAt.toISOString(),
    retiredAt: row.retiredAt?.toISOString() ?? null,
    current: row.retiredAt === null,
  };
}

export function presentNoticeDetail(row: NoticeRow, lang: string): z.infer<typeof noticeDetailView> {
  const text = pickNoticeText(row.texts, lang);
  return { ...presentNotice(row, lang), language: text.language, fallback: text.fallback, title: text.title, body: text.body, texts: row.texts };
}
