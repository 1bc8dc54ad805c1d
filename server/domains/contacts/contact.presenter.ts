import type { ContactView } from '../../../common/schemas/contacts.js';
import type { AnonymousProfileJson } from '../../platform/db/people-schema.js';
import type { ContactRow } from './contacts.queries.js';

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

/** The counting fields of an anonymous contact, and nothing else that the JSON may hold. */
export function presentAnonymousProfile(p: AnonymousProfileJson | null): ContactView['anonymousProfile'] {
  if (!p) return null;
  const out: Record<string, string> = {};
  if (p.gender) out.gender = p.gender;
  if (p.ageBand) out.ageBand = p.ageBand;
  if (p.citizenship) out.citizenship = p.citizenship;
  return out as ContactView['anonymousProfile'];
}

/** Explicit whitelist of what leaves the server about a contact. */
export function presentContact(c: ContactRow): ContactView {
  return {
    id: c.id,
    personId: c.personId,
    accessPointId: c.accessPointId,
    accessPointName: c.accessPointName,
    organisationId: c.organisationId,
    organisationName: c.organisationName,
    operatorName: c.operatorName,
    occurredAt: iso(c.occurredAt)!,
    channel: c.channel,
    needs: c.needs,
    informationGiven: c.informationGiven,
    suggestedServiceIds: c.suggestedServiceIds,
    outcome: c.outcome,
    nextStep: c.nextStep,
    nextStepDue: c.nextStepDue,
    nextStepDoneAt: iso(c.nextStepDoneAt),
    language: c.language,
    anonymousProfile: presentAnonymousProfile(c.anonymousProfile),
    createdAt: iso(c.createdAt)!,
  };
}
