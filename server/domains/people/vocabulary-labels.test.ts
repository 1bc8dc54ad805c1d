import { describe, expect, it } from 'vitest';
import ar from '../../../common/i18n/locales/ar.json' with { type: 'json' };
import en from '../../../common/i18n/locales/en.json' with { type: 'json' };
import fr from '../../../common/i18n/locales/fr.json' with { type: 'json' };
import it_ from '../../../common/i18n/locales/it.json' with { type: 'json' };
import { DUPLICATE_CHECK_CHOICES, PERSON_SECTIONS } from '../../../common/schemas/people.js';
import { MATCH_REASONS } from '../../../common/schemas/people-views.js';
import * as V from '../../../common/schemas/people-vocabulary.js';

// Every code of every closed list has a label, people.vocab.<list>.<code>, in every staff language.
// The list names are the web app's (web/src/domains/people/vocab.ts).

const LISTS: Record<string, readonly (string | number)[]> = {
  ageBands: V.AGE_BANDS,
  sexes: V.SEXES,
  genders: V.GENDERS,
  interpreterGenders: V.INTERPRETER_GENDERS,
  labourStatuses: V.LABOUR_STATUSES,
  disability: V.DISABILITY_ANSWERS,
  ethos: V.ETHOS_CATEGORIES,
  disadvantages: V.DISADVANTAGES,
  permitTypes: V.RESIDENCE_PERMIT_TYPES,
  accessPointKinds: V.ACCESS_POINT_KINDS,
  channels: V.CONTACT_CHANNELS,
  outcomes: V.CONTACT_OUTCOMES,
  appointmentStatuses: V.APPOINTMENT_STATUSES,
  reminderChannels: V.REMINDER_CHANNELS,
  weekdays: V.WEEKDAYS,
  purposes: V.CONSENT_PURPOSES,
  legalBases: V.LEGAL_BASES,
  decisions: V.CONSENT_DECISIONS,
  explainedHow: V.EXPLAINED_HOW,
  exitReasons: V.ENROLMENT_EXIT_REASONS,
  isced: V.ISCED_LEVELS,
  householdRelations: ['partner', 'child', 'parent', 'sibling', 'other'],
  duplicateChoices: DUPLICATE_CHECK_CHOICES,
  matchReasons: MATCH_REASONS,
  sections: PERSON_SECTIONS,
};

const LOCALES = { it: it_, en, fr, ar } as Record<string, { people?: { vocab?: Record<string, Record<string, string>> } }>;

describe('labels of the person vocabularies', () => {
  it('cover every list exported by people-vocabulary.ts', () => {
    const exported = Object.values(V).filter((v) => Array.isArray(v));
    const covered = new Set(Object.values(LISTS));
    expect(exported.filter((l) => !covered.has(l as never))).toEqual([]);
  });

  it.each(Object.keys(LOCALES))('%s labels every code', (lang) => {
    const vocab = LOCALES[lang]!.people?.vocab ?? {};
    const missing = Object.entries(LISTS).flatMap(([list, codes]) => codes.filter((c) => !vocab[list]?.[String(c)]?.trim()).map((c) => `${list}.${c}`));
    expect(missing).toEqual([]);
  });

  it('names permit types as Italian law does', () => {
    const it = LOCALES.it!.people!.vocab!.permitTypes!;
    expect(it.work_employed).toBe('Permesso per lavoro subordinato');
    expect(it.special_protection).toBe('Permesso per protezione speciale');
    expect(it.article_18).toContain('art. 18 D.Lgs. 286/98');
    expect(it.domestic_violence).toContain('art. 18-bis');
  });
});
