import type { CONSENT_STATES, GUARDIAN_RELATIONS } from '../../../../common/schemas/consents.js';

// Locale keys of the consent codes the record page shows, spelled out for the key check.

export const CONSENT_STATE_LABELS: Record<(typeof CONSENT_STATES)[number], string> = {
  given: 'app.personRecord.consents.states.given',
  refused: 'app.personRecord.consents.states.refused',
  withdrawn: 'app.personRecord.consents.states.withdrawn',
  none: 'app.personRecord.consents.states.none',
};

export const GUARDIAN_RELATION_LABELS: Record<(typeof GUARDIAN_RELATIONS)[number], string> = {
  parent: 'app.personRecord.consents.relations.parent',
  legal_guardian: 'app.personRecord.consents.relations.legal_guardian',
  foster_carer: 'app.personRecord.consents.relations.foster_carer',
  support_administrator: 'app.personRecord.consents.relations.support_administrator',
  other: 'app.personRecord.consents.relations.other',
};
