import { useTranslation } from 'react-i18next';

// Labels of the closed vocabularies of common/schemas/people-vocabulary.ts. They live in the locale
// files under `people.vocab.<list>.<code>` (written with the people API); a code without a label
// shows as itself rather than as a raw key.

export type VocabList =
  | 'ageBands'
  | 'sexes'
  | 'genders'
  | 'interpreterGenders'
  | 'labourStatuses'
  | 'disability'
  | 'ethos'
  | 'disadvantages'
  | 'permitTypes'
  | 'accessPointKinds'
  | 'channels'
  | 'outcomes'
  | 'appointmentStatuses'
  | 'reminderChannels'
  | 'weekdays'
  | 'purposes'
  | 'legalBases'
  | 'decisions'
  | 'explainedHow'
  | 'exitReasons'
  | 'isced'
  | 'matchReasons'
  | 'householdRelations'
  | 'duplicateChoices'
  | 'sections';

export function vocabKey(list: VocabList, code: string | number): string {
  return `people.vocab.${list}.${code}`;
}

/** `label(list, code)` in the UI language, and `options(list, codes)` for selects and checkbox groups. */
export function useVocab() {
  const { t } = useTranslation();
  const label = (list: VocabList, code: string | number | null | undefined): string =>
    code === null || code === undefined || code === '' ? '' : t(vocabKey(list, code), { defaultValue: String(code) });
  const options = (list: VocabList, codes: readonly (string | number)[]) => codes.map((c) => ({ value: String(c), label: label(list, c) }));
  return { label, options };
}
