import { z } from 'zod';
import { CONTENT_LANGUAGES, languageCode } from './directory.js';
import { CONSENT_DECISIONS, CONSENT_PURPOSES, EXPLAINED_HOW, LEGAL_BASES } from './people-vocabulary.js';

// Processing purposes and their legal basis, information notices (versioned, per language) and the
// consents recorded on a person (server/domains/consents). Labels: locale keys `consent.*`.

export const GUARDIAN_RELATIONS = ['parent', 'legal_guardian', 'foster_carer', 'support_administrator', 'other'] as const;
/** State of a purpose on a person's record; `none` when nothing was ever recorded. */
export const CONSENT_STATES = ['given', 'refused', 'withdrawn', 'none'] as const;
/** Why an enforcement check (consent-rules.ts) said yes or no. */
export const CONSENT_RULE_REASONS = ['legal_basis', 'consent_given', 'consent_refused', 'consent_withdrawn', 'no_consent'] as const;

/** Legal basis of each purpose when a tenant has not chosen one (Art. 6 GDPR). */
export const DEFAULT_LEGAL_BASES: Record<(typeof CONSENT_PURPOSES)[number], (typeof LEGAL_BASES)[number]> = {
  service_delivery: 'public_task',
  sharing: 'consent',
  contact: 'consent',
  photos: 'consent',
  research: 'consent',
};

const uuid = z.string().uuid();
const isoDate = z.iso.date();
const purpose = z.enum(CONSENT_PURPOSES);
const legalBasis = z.enum(LEGAL_BASES);

export const processingPurposeView = z.object({ purpose, legalBasis, isDefault: z.boolean() });
export const processingPurposeList = z.object({ items: z.array(processingPurposeView) });
export const processingPurposesBody = z
  .object({ items: z.array(z.object({ purpose, legalBasis }).strict()).min(1).max(CONSENT_PURPOSES.length) })
  .strict();

const noticeText = z.object({ title: z.string().trim().min(2).max(200), body: z.string().trim().min(10).max(20_000) }).strict();
const otherLanguages = Object.fromEntries(CONTENT_LANGUAGES.filter((l) => l !== 'it').map((l) => [l, noticeText.optional()])) as Record<
  Exclude<(typeof CONTENT_LANGUAGES)[number], 'it'>,
  z.ZodOptional<typeof noticeText>
>;
/** The notice's text per language; Italian is required (the reference text). */
export const noticeTexts = z.object({ it: noticeText, ...otherLanguages }).strict();

export const noticeBody = z
  .object({
    purpose,
    /** Required for `sharing` (the partner the notice names), refused for the other purposes. */
    partnerOrganisationId: uuid.nullable().optional(),
    texts: noticeTexts,
  })
  .strict();

export const noticeListQuery = z
  .object({
    purpose: purpose.optional(),
    partnerOrganisationId: uuid.optional(),
    includeRetired: z.enum(['true', 'false']).optional(),
  })
  .strict();

export const noticeIdParam = z.object({ id: uuid }).strict();
/** `?lang=` is read before validation (it is also the UI language switch); listed here for the docs. */
export const noticeTextQuery = z.object({ lang: languageCode.optional() }).strict();

export const noticeView = z.object({
  id: uuid,
  purpose,
  partnerOrganisationId: uuid.nullable(),
  partnerOrganisationName: z.string().nullable(),
  version: z.number().int(),
  languages: z.array(z.string()),
  title: z.string(),
  publishedAt: z.string(),
  retiredAt: z.string().nullable(),
  current: z.boolean(),
});
export const noticeList = z.object({ items: z.array(noticeView) });
export const noticeDetailView = noticeView.extend({
  /** The language of `title` and `body`: the one asked for, or Italian when the notice lacks it. */
  language: z.string(),
  fallback: z.boolean(),
  body: z.string(),
  texts: z.record(z.string(), z.object({ title: z.string(), body: z.string() })),
});

export const guardianInput = z
  .object({
    name: z.string().trim().min(2).max(200),
    relation: z.enum(GUARDIAN_RELATIONS),
    /** Identity document the guardian showed (type and number), if noted. */
    document: z.string().trim().max(100).nullable().optional(),
  })
  .strict();

export const consentBody = z
  .object({
    noticeId: uuid,
    /** The version the person was shown: refused if the notice changed since (NOTICE_OUTDATED). */
    noticeVersion: z.number().int().min(1),
    /** Language the notice was given or explained in. */
    language: languageCode,
    explainedHow: z.enum(EXPLAINED_HOW),
    /** The interpreter's or mediator's name: required when one explained the notice. */
    explainedBy: z.string().trim().min(2).max(200).nullable().optional(),
    decidedOn: isoDate,
    decision: z.enum(CONSENT_DECISIONS),
    /** Id of a scanned signature uploaded first with POST /api/files?purpose=consent_signature. */
    signatureFileId: uuid.nullable().optional(),
    /** Required for minors (age band under 15 or 15-17, or by birth year); optional for adults. */
    guardian: guardianInput.nullable().optional(),
  })
  .strict();

export const withdrawBody = z.object({ note: z.string().trim().max(500).optional() }).strict();
export const personIdParam = z.object({ id: uuid }).strict();
export const consentIdParams = z.object({ id: uuid, consentId: uuid }).strict();

export const consentView = z.object({
  id: uuid,
  noticeId: uuid,
  noticeVersion: z.number().int(),
  purpose,
  partnerOrganisationId: uuid.nullable(),
  partnerOrganisationName: z.string().nullable(),
  decision: z.enum(CONSENT_DECISIONS),
  state: z.enum(CONSENT_STATES),
  language: z.string(),
  explainedHow: z.enum(EXPLAINED_HOW),
  explainedBy: z.string().nullable(),
  decidedOn: z.string(),
  withdrawnAt: z.string().nullable(),
  signatureFileId: uuid.nullable(),
  guardian: z.object({ name: z.string(), relation: z.string(), document: z.string().nullable().optional() }).nullable(),
  recordedByName: z.string().nullable(),
  createdAt: z.string(),
});

export const consentStateView = z.object({
  purpose,
  partnerOrganisationId: uuid.nullable(),
  partnerOrganisationName: z.string().nullable(),
  legalBasis,
  state: z.enum(CONSENT_STATES),
  /** What the enforcement checks answer today (sharing, contact...). */
  allowed: z.boolean(),
  reason: z.enum(CONSENT_RULE_REASONS),
  consentId: uuid.nullable(),
  /** The current notice of the purpose (and partner), if one is published. */
  currentNotice: z.object({ id: uuid, version: z.number().int() }).nullable(),
  /** The latest decision was taken on an older version of the notice: ask again. */
  noticeOutdated: z.boolean(),
});

export const personConsentsView = z.object({
  personId: uuid,
  personCode: z.string(),
  states: z.array(consentStateView),
  history: z.array(consentView),
});

export type NoticeView = z.infer<typeof noticeView>;
export type ConsentView = z.infer<typeof consentView>;
export type ConsentStateView = z.infer<typeof consentStateView>;
