import { DEFAULT_LEGAL_BASES } from '../../../common/schemas/consents.js';
import { CONSENT_PURPOSES } from '../../../common/schemas/people-vocabulary.js';
import { addDays } from '../../domains/contacts/rome-time.js';
import type { SeededAccessPoint, SeededPerson } from './demo-activity.js';
import { romeAt } from './demo-activity.js';
import type { DemoAppointment } from './demo-people-types.js';
import type { DemoDates } from './demo-person-rows.js';
import { noticeTexts, type NoticeLang, type NoticeParams } from './notice-texts.js';

// Legal bases, information notices (version 1 of each purpose, in every language of the tenant)
// and the consents recorded on the demo people, following the consent domain's rules: a notice in
// the person's language read by them, or explained by a named mediator; a guardian for a minor;
// a withdrawal that leaves the original decision in place with its date.

export type Purpose = (typeof CONSENT_PURPOSES)[number];

export function purposeRows(tenantId: string) {
  return CONSENT_PURPOSES.map((purpose) => ({ tenantId, purpose, legalBasis: DEFAULT_LEGAL_BASES[purpose] }));
}

export function noticeRows(tenantId: string, params: NoticeParams, partnerId: string, langs: string[]) {
  return CONSENT_PURPOSES.map((purpose) => ({
    tenantId,
    purpose,
    partnerOrganisationId: purpose === 'sharing' ? partnerId : null,
    version: 1,
    texts: JSON.stringify(noticeTexts(purpose, DEFAULT_LEGAL_BASES[purpose] === 'consent' ? 'consent' : 'public_task', params, langs as NoticeLang[])),
  }));
}

const DEFAULT_MEDIATOR = 'Mediatrice del progetto (dati dimostrativi)';

/** Whether the person decides on `purpose` at intake, and what (default pattern, then overrides). */
function decisionOf(s: SeededPerson, purpose: Exclude<Purpose, 'service_delivery'>): 'given' | 'refused' | null {
  const o = s.p.consents ?? {};
  if (o.withdrawn === purpose) return 'given';
  if (o.refused?.includes(purpose)) return 'refused';
  const i = s.index;
  switch (purpose) {
    case 'contact':
      return s.p.phone || s.p.email ? 'given' : null;
    case 'sharing':
      return i % 5 === 4 ? 'refused' : 'given';
    case 'photos':
      return i % 3 === 0 ? 'given' : i % 3 === 1 ? 'refused' : null;
    case 'research':
      return i % 2 === 0 ? 'given' : null;
  }
}

export function consentRows(tenantId: string, people: SeededPerson[], notices: Map<Purpose, { id: string; partnerOrganisationId: string | null }>, langs: string[], d: DemoDates) {
  const rows: Record<string, unknown>[] = [];
  for (const s of people) {
    const o = s.p.consents ?? {};
    const written = langs.includes(s.p.preferred);
    for (const purpose of ['sharing', 'contact', 'photos', 'research'] as const) {
      // Only purposes that rest on consent are asked; the others are covered by the notice alone.
      if (DEFAULT_LEGAL_BASES[purpose] !== 'consent') continue;
      const decision = decisionOf(s, purpose);
      if (!decision) continue;
      const notice = notices.get(purpose)!;
      const withdrawnOn = o.withdrawn === purpose ? addDays(s.registeredOn, 30) : null;
      rows.push({
        tenantId,
        personId: s.id,
        noticeId: notice.id,
        purpose,
        partnerOrganisationId: notice.partnerOrganisationId,
        decision,
        language: s.p.preferred,
        explainedHow: written && !o.explainedBy ? (s.index % 4 === 0 ? 'read_aloud' : 'read_by_person') : 'cultural_mediator',
        explainedBy: written && !o.explainedBy ? null : (o.explainedBy ?? DEFAULT_MEDIATOR),
        decidedOn: s.registeredOn,
        guardian: o.guardian ? JSON.stringify({ name: o.guardian.name, relation: o.guardian.relation, document: o.guardian.document ?? null }) : null,
        withdrawnAt: withdrawnOn ? romeAt(withdrawnOn < d.today ? withdrawnOn : d.today, '09:00') : null,
        withdrawnBy: withdrawnOn ? s.ap.operatorId : null,
        recordedBy: s.ap.operatorId,
        createdAt: s.registeredAt,
      });
    }
  }
  return rows;
}

/**
 * Today's and tomorrow's appointments. Reminders are marked as already sent: the demo must not
 * make the reminder job write to its fictitious addresses.
 */
export function appointmentRows(tenantId: string, list: DemoAppointment[], people: Map<string, SeededPerson>, aps: Map<string, SeededAccessPoint>, d: DemoDates) {
  return list.map((a) => {
    const ap = aps.get(a.ap)!;
    const s = a.person ? people.get(a.person) : undefined;
    if (a.person && !s) throw new Error(`demo appointment: unknown person ${a.person}`);
    const date = addDays(d.today, a.day);
    const startsAt = romeAt(date, a.time);
    const reminderTo = a.reminder === 'email' ? (s?.body.email ?? null) : null;
    const reminder = reminderTo ? 'email' : 'none';
    return {
      tenantId,
      accessPointId: ap.id,
      personId: s?.id ?? null,
      visitorName: s ? null : (a.visitor ?? null),
      startsAt,
      endsAt: new Date(startsAt.getTime() + (ap.def.slotMinutes ?? 30) * 60_000),
      operatorId: ap.operatorId,
      purpose: a.purpose,
      reminderChannel: reminder,
      reminderTo,
      reminderLanguage: reminderTo ? s!.p.preferred : null,
      reminderSentAt: reminderTo ? new Date(d.now.getTime() - 60_000) : null,
      createdBy: ap.operatorId,
      createdAt: romeAt(addDays(d.today, -3), '12:00'),
    };
  });
}
