import type { CONSENT_RULE_REASONS } from '../../../common/schemas/consents.js';
import type { Tx } from '../../platform/db/database.js';
import type { ConsentPurpose, LegalBasis } from '../../platform/db/people-schema.js';
import { legalBasisOf } from './processing-purposes.queries.js';

// Where consent is enforced: before sharing a person's data with a partner organisation
// (referrals) and before contacting them (reminders). The rule, the same everywhere (the
// appointment reminders of server/domains/contacts read the tables with the same semantics):
// - a purpose whose legal basis is not consent (public task, legal obligation...) is allowed
//   without consent, and the answer names the basis so that screens can show it;
// - under consent, the person's LATEST consent row for the purpose (for sharing: for that very
//   partner organisation) decides, latest by decision date then by recording time (a paper form
//   typed in late does not override a newer decision): allowed only if its decision is 'given'
//   and it has not been withdrawn (withdrawn_at is null). No row, a refusal or a withdrawal: no.
// A withdrawal takes effect at once: it is a column of that row, read at every check.
// These checks answer for the transaction's tenant (RLS); whether the actor may see the person
// at all is the caller's business (people.policy.ts).

export type ConsentRuleReason = (typeof CONSENT_RULE_REASONS)[number];

export interface ConsentCheck {
  allowed: boolean;
  basis: LegalBasis;
  reason: ConsentRuleReason;
  /** The consent row that decided, if any. */
  consentId: string | null;
}

export interface LatestConsent {
  id: string;
  decision: 'given' | 'refused';
  withdrawnAt: Date | null;
}

/** The rule itself, on a basis and the latest consent row (shared with the record's state view). */
export function evaluateConsent(basis: LegalBasis, latest: LatestConsent | undefined | null): ConsentCheck {
  if (basis !== 'consent') return { allowed: true, basis, reason: 'legal_basis', consentId: latest?.id ?? null };
  if (!latest) return { allowed: false, basis, reason: 'no_consent', consentId: null };
  if (latest.withdrawnAt) return { allowed: false, basis, reason: 'consent_withdrawn', consentId: latest.id };
  if (latest.decision !== 'given') return { allowed: false, basis, reason: 'consent_refused', consentId: latest.id };
  return { allowed: true, basis, reason: 'consent_given', consentId: latest.id };
}

/** The person's latest consent row for a purpose (and, for sharing, a partner organisation). */
export async function latestConsent(tx: Tx, personId: string, purpose: ConsentPurpose, partnerOrganisationId: string | null): Promise<LatestConsent | undefined> {
  let q = tx
    .selectFrom('consent')
    .select(['id', 'decision', 'withdrawnAt'])
    .where('personId', '=', personId)
    .where('purpose', '=', purpose);
  q = partnerOrganisationId === null ? q.where('partnerOrganisationId', 'is', null) : q.where('partnerOrganisationId', '=', partnerOrganisationId);
  return q.orderBy('decidedOn', 'desc').orderBy('createdAt', 'desc').limit(1).executeTakeFirst();
}

/** May the person's data be shared with this partner organisation? */
export async function mayShareWith(tx: Tx, personId: string, partnerOrganisationId: string): Promise<ConsentCheck> {
  const basis = await legalBasisOf(tx, 'sharing');
  if (basis !== 'consent') return evaluateConsent(basis, null);
  return evaluateConsent(basis, await latestConsent(tx, personId, 'sharing', partnerOrganisationId));
}

/** May the person be contacted (reminders, calls, messages)? */
export async function mayContact(tx: Tx, personId: string): Promise<ConsentCheck> {
  const basis = await legalBasisOf(tx, 'contact');
  if (basis !== 'consent') return evaluateConsent(basis, null);
  return evaluateConsent(basis, await latestConsent(tx, personId, 'contact', null));
}
