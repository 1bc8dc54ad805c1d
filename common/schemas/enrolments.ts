import { z } from 'zod';
import { languageCode } from './directory.js';
import { AGE_BANDS, ENROLMENT_EXIT_REASONS, ETHOS_CATEGORIES, LABOUR_STATUSES } from './people-vocabulary.js';

// Projects / funding streams of a tenant and the enrolment of people in them, with the status
// snapshots the funders' participant data needs at entry and exit (server/domains/enrolments).
// Labels: locale keys `enrolment.*`.

/** CEFR levels of a language (pre_a1: not yet A1, e.g. literacy courses). */
export const CEFR_LEVELS = ['pre_a1', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;

const uuid = z.string().uuid();
const isoDate = z.iso.date();
const projectCode = z.string().trim().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/);

export const projectBody = z
  .object({
    code: projectCode,
    name: z.string().trim().min(2).max(200),
    funder: z.string().trim().max(200).optional(),
    fundingStream: z.string().trim().max(200).optional(),
    description: z.string().trim().max(5000).optional(),
    startsOn: isoDate.nullable().optional(),
    endsOn: isoDate.nullable().optional(),
  })
  .strict();

export const projectPatch = z
  .object({
    code: projectCode.optional(),
    name: z.string().trim().min(2).max(200).optional(),
    funder: z.string().trim().max(200).optional(),
    fundingStream: z.string().trim().max(200).optional(),
    description: z.string().trim().max(5000).optional(),
    startsOn: isoDate.nullable().optional(),
    endsOn: isoDate.nullable().optional(),
    active: z.boolean().optional(),
  })
  .strict();

export const projectListQuery = z.object({ includeInactive: z.enum(['true', 'false']).optional() }).strict();
export const projectIdParam = z.object({ id: uuid }).strict();

export const projectView = z.object({
  id: uuid,
  code: z.string(),
  name: z.string(),
  funder: z.string(),
  fundingStream: z.string(),
  description: z.string(),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  active: z.boolean(),
  /** People with an open enrolment (each counted once). */
  openEnrolments: z.number().int(),
});
export const projectList = z.object({ items: z.array(projectView) });

export const cefrLevel = z.object({ language: languageCode, level: z.enum(CEFR_LEVELS) }).strict();

/** Fields of a snapshot the operator may set instead of the profile's values. */
export const statusOverride = z
  .object({
    labourStatus: z.enum(LABOUR_STATUSES).nullable().optional(),
    unemployedSince: isoDate.nullable().optional(),
    educationIsced: z.number().int().min(0).max(8).nullable().optional(),
    housingEthos: z.enum(ETHOS_CATEGORIES).nullable().optional(),
  })
  .strict();

/** The person's situation on the entry (or exit) day, as the funders count it. */
export const statusSnapshot = z.object({
  ageBand: z.enum(AGE_BANDS).nullable(),
  labourStatus: z.enum(LABOUR_STATUSES).nullable(),
  unemployedSince: z.string().nullable(),
  /** Whole months of unemployment on the snapshot day (long-term unemployed: 12 or more). */
  unemployedMonths: z.number().int().nullable(),
  neet: z.boolean().nullable(),
  educationIsced: z.number().int().nullable(),
  housingEthos: z.string().nullable(),
  cefr: z.array(z.object({ language: z.string(), level: z.string() })),
  /** Fields the operator set instead of taking them from the profile. */
  overridden: z.array(z.string()),
});

export const enrolmentBody = z
  .object({
    projectId: uuid,
    entryDate: isoDate,
    /** Language levels at entry (not kept on the profile). */
    cefr: z.array(cefrLevel).max(10).optional(),
    entryStatus: statusOverride.optional(),
  })
  .strict();

/** Closing an enrolment (requires If-Match: the version read). Sent again, it corrects the exit. */
export const enrolmentExitBody = z
  .object({
    exitDate: isoDate,
    exitReason: z.enum(ENROLMENT_EXIT_REASONS),
    cefr: z.array(cefrLevel).max(10).optional(),
    exitStatus: statusOverride.optional(),
  })
  .strict();

export const enrolmentParams = z.object({ id: uuid, enrolmentId: uuid }).strict();
export const personIdParam = z.object({ id: uuid }).strict();

export const enrolmentView = z.object({
  id: uuid,
  personId: uuid,
  projectId: uuid,
  projectCode: z.string(),
  projectName: z.string(),
  funder: z.string(),
  fundingStream: z.string(),
  organisationId: uuid,
  entryDate: z.string(),
  entryStatus: statusSnapshot,
  exitDate: z.string().nullable(),
  exitStatus: statusSnapshot.nullable(),
  exitReason: z.enum(ENROLMENT_EXIT_REASONS).nullable(),
  open: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
});
export const personEnrolmentsView = z.object({ personId: uuid, personCode: z.string(), items: z.array(enrolmentView) });

export type StatusSnapshot = z.infer<typeof statusSnapshot>;
export type EnrolmentView = z.infer<typeof enrolmentView>;
export type ProjectView = z.infer<typeof projectView>;
