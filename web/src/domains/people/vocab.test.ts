import { describe, expect, it } from 'vitest';
import ar from '../../../../common/i18n/locales/ar.json' with { type: 'json' };
import en from '../../../../common/i18n/locales/en.json' with { type: 'json' };
import fr from '../../../../common/i18n/locales/fr.json' with { type: 'json' };
import itLocale from '../../../../common/i18n/locales/it.json' with { type: 'json' };
import { MATCH_REASONS } from '../../../../common/schemas/people-views.js';
import * as V from '../../../../common/schemas/people-vocabulary.js';
import { vocabKey, type VocabList } from './vocab.js';

// The front-desk screens label codes through `people.vocab.<list>.<code>`: every code they can
// show must have a label in every staff language (a missing one would show the raw code).
const LISTS: [VocabList, readonly (string | number)[]][] = [
  ['ageBands', V.AGE_BANDS],
  ['sexes', V.SEXES],
  ['genders', V.GENDERS],
  ['interpreterGenders', V.INTERPRETER_GENDERS],
  ['labourStatuses', V.LABOUR_STATUSES],
  ['disability', V.DISABILITY_ANSWERS],
  ['ethos', V.ETHOS_CATEGORIES],
  ['disadvantages', V.DISADVANTAGES],
  ['permitTypes', V.RESIDENCE_PERMIT_TYPES],
  ['accessPointKinds', V.ACCESS_POINT_KINDS],
  ['channels', V.CONTACT_CHANNELS],
  ['outcomes', V.CONTACT_OUTCOMES],
  ['appointmentStatuses', V.APPOINTMENT_STATUSES],
  ['reminderChannels', V.REMINDER_CHANNELS],
  ['weekdays', V.WEEKDAYS],
  ['purposes', V.CONSENT_PURPOSES],
  ['legalBases', V.LEGAL_BASES],
  ['decisions', V.CONSENT_DECISIONS],
  ['explainedHow', V.EXPLAINED_HOW],
  ['exitReasons', V.ENROLMENT_EXIT_REASONS],
  ['isced', V.ISCED_LEVELS],
  ['matchReasons', MATCH_REASONS],
];

const LOCALES: Record<string, unknown> = { it: itLocale, en, fr, ar };

function lookup(obj: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), obj);
}

describe('vocabulary labels of the front-desk screens', () => {
  for (const [lang, messages] of Object.entries(LOCALES)) {
    it(`are all in ${lang}`, () => {
      const missing = LISTS.flatMap(([list, codes]) => codes.map((c) => vocabKey(list, c))).filter((k) => typeof lookup(messages, k) !== 'string');
      expect(missing).toEqual([]);
    });
  }
});
