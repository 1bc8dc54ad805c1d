import type { z } from 'zod';
import type { cefrLevel, StatusSnapshot, statusOverride } from '../../../common/schemas/enrolments.js';
import { AGE_BANDS, LABOUR_STATUSES, ageBandOf, isNeet } from '../../../common/schemas/people-vocabulary.js';
import type { Tx } from '../../platform/db/database.js';

// The snapshot of a person's situation at entry into (and exit from) a project: what EU funds
// count per participant (labour status and unemployment duration, NEET, education, housing,
// language levels). Taken from the profile on the day of the enrolment, so that later edits of
// the profile never rewrite what was true at entry; the operator may override single fields.

type AgeBand = (typeof AGE_BANDS)[number];
type LabourStatus = (typeof LABOUR_STATUSES)[number];

export interface ProfileForSnapshot {
  ageBand: AgeBand;
  birthYear: number | null;
  labourStatus: LabourStatus | null;
  unemployedSince: string | null;
  educationIsced: number | null;
  housingEthos: string | null;
}

export async function loadProfile(tx: Tx, personId: string): Promise<ProfileForSnapshot> {
  return tx
    .selectFrom('person')
    .select(['ageBand', 'birthYear', 'labourStatus', 'unemployedSince', 'educationIsced', 'housingEthos'])
    .where('id', '=', personId)
    .executeTakeFirstOrThrow();
}

/** Whole months from `since` to `day` (YYYY-MM-DD), never negative. */
export function monthsBetween(since: string, day: string): number {
  const [y1, m1, d1] = since.split('-').map(Number) as [number, number, number];
  const [y2, m2, d2] = day.split('-').map(Number) as [number, number, number];
  const months = (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0);
  return Math.max(0, months);
}

export function takeSnapshot(
  profile: ProfileForSnapshot,
  day: string,
  cefr: z.infer<typeof cefrLevel>[] = [],
  override: z.infer<typeof statusOverride> = {},
): StatusSnapshot {
  const pick = <K extends keyof typeof override>(key: K, fromProfile: NonNullable<(typeof override)[K]> | null) =>
    override[key] !== undefined ? (override[key] ?? null) : fromProfile;
  const labourStatus = pick('labourStatus', profile.labourStatus);
  const unemployedSince = pick('unemployedSince', profile.unemployedSince);
  const ageBand = profile.birthYear ? ageBandOf(profile.birthYear, new Date(`${day}T12:00:00Z`)) : profile.ageBand;
  return {
    ageBand,
    labourStatus,
    unemployedSince: labourStatus === 'unemployed' ? unemployedSince : null,
    unemployedMonths: labourStatus === 'unemployed' && unemployedSince ? monthsBetween(unemployedSince, day) : null,
    neet: isNeet(ageBand, labourStatus),
    educationIsced: pick('educationIsced', profile.educationIsced),
    housingEthos: pick('housingEthos', profile.housingEthos as NonNullable<(typeof override)['housingEthos']> | null),
    cefr: cefr.map((c) => ({ language: c.language, level: c.level })),
    overridden: Object.keys(override).filter((k) => override[k as keyof typeof override] !== undefined).sort(),
  };
}

/** A stored snapshot with every field present (rows written by older code or imports may lack some). */
export function normaliseSnapshot(raw: Record<string, unknown> | null): StatusSnapshot | null {
  if (!raw) return null;
  const str = (v: unknown) => (typeof v === 'string' ? v : null);
  const num = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) ? v : null);
  return {
    ageBand: (AGE_BANDS as readonly unknown[]).includes(raw.ageBand) ? (raw.ageBand as AgeBand) : null,
    labourStatus: (LABOUR_STATUSES as readonly unknown[]).includes(raw.labourStatus) ? (raw.labourStatus as LabourStatus) : null,
    unemployedSince: str(raw.unemployedSince),
    unemployedMonths: num(raw.unemployedMonths),
    neet: typeof raw.neet === 'boolean' ? raw.neet : null,
    educationIsced: num(raw.educationIsced),
    housingEthos: str(raw.housingEthos),
    cefr: Array.isArray(raw.cefr) ? raw.cefr.filter((c): c is { language: string; level: string } => !!c && typeof c.language === 'string' && typeof c.level === 'string') : [],
    overridden: Array.isArray(raw.overridden) ? raw.overridden.filter((k): k is string => typeof k === 'string') : [],
  };
}
