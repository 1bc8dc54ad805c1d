import type { ConsentStateView, ConsentView } from '../../../common/schemas/consents.js';
import { CONSENT_PURPOSES } from '../../../common/schemas/people-vocabulary.js';
import { evaluateConsent } from './consent-rules.js';
import type { ConsentRow } from './consents.queries.js';
import type { NoticeRow } from './notices.queries.js';
import type { PurposeBasis } from './processing-purposes.queries.js';

function stateOf(row: ConsentRow | undefined): ConsentView['state'] {
  if (!row) return 'none';
  return row.withdrawnAt ? 'withdrawn' : row.decision;
}

export function presentConsent(row: ConsentRow): ConsentView {
  return {
    id: row.id,
    noticeId: row.noticeId,
    noticeVersion: row.noticeVersion,
    purpose: row.purpose,
    partnerOrganisationId: row.partnerOrganisationId,
    partnerOrganisationName: row.partnerOrganisationName,
    decision: row.decision,
    state: stateOf(row),
    language: row.language,
    explainedHow: row.explainedHow,
    explainedBy: row.explainedBy,
    decidedOn: row.decidedOn,
    withdrawnAt: row.withdrawnAt?.toISOString() ?? null,
    signatureFileId: row.signatureFileId,
    guardian: row.guardian ? { name: row.guardian.name, relation: row.guardian.relation, document: row.guardian.document ?? null } : null,
    recordedByName: row.recordedByName,
    createdAt: row.createdAt.toISOString(),
  };
}

/**
 * One line per purpose (sharing: per partner organisation named by a notice in force or by a
 * past decision) with the legal basis, the latest decision and what the enforcement checks
 * answer, computed with the same rule (evaluateConsent) they use.
 */
export function presentConsentStates(history: ConsentRow[], bases: PurposeBasis[], notices: NoticeRow[]): ConsentStateView[] {
  const keys: { purpose: ConsentRow['purpose']; partnerId: string | null; partnerName: string | null }[] = [];
  const seen = new Set<string>();
  const add = (purpose: ConsentRow['purpose'], partnerId: string | null, partnerName: string | null) => {
    const key = `${purpose}:${partnerId ?? ''}`;
    if (seen.has(key)) return;
    seen.add(key);
    keys.push({ purpose, partnerId, partnerName });
  };
  for (const purpose of CONSENT_PURPOSES) if (purpose !== 'sharing') add(purpose, null, null);
  for (const n of notices) if (n.purpose === 'sharing') add('sharing', n.partnerOrganisationId, n.partnerOrganisationName);
  for (const c of history) if (c.purpose === 'sharing') add('sharing', c.partnerOrganisationId, c.partnerOrganisationName);
  return keys.map(({ purpose, partnerId, partnerName }) => {
    // history is newest first: the first match is the latest decision.
    const latest = history.find((c) => c.purpose === purpose && c.partnerOrganisationId === partnerId);
    const notice = notices.find((n) => n.purpose === purpose && n.partnerOrganisationId === partnerId);
    const basis = bases.find((b) => b.purpose === purpose)!.legalBasis;
    const check = evaluateConsent(basis, latest);
    return {
      purpose,
      partnerOrganisationId: partnerId,
      partnerOrganisationName: partnerName,
      legalBasis: basis,
      state: stateOf(latest),
      allowed: check.allowed,
      reason: check.reason,
      consentId: latest?.id ?? null,
      currentNotice: notice ? { id: notice.id, version: notice.version } : null,
      noticeOutdated: !!latest && !!notice && latest.noticeId !== notice.id,
    };
  });
}
