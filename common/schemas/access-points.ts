import { z } from 'zod';
import { ACCESS_POINT_KINDS, WEEKDAYS } from './people-vocabulary.js';

// Staff API of the access points (Porte Sociali, sportelli, outreach teams). Opening hours are
// Europe/Rome wall-clock times; their order and overlaps are checked by `openingHoursProblems`
// (shared with the web form), so that the server answers with a field error per bad row.

const uuid = z.string().uuid();
const text = (max: number) => z.string().trim().max(max);
/** HH:MM, 00:00-23:59 (a desk does not stay open past midnight). */
export const wallTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
const languageCode = z.string().regex(/^[a-z]{2,3}$/);

export const openingHoursEntry = z.object({ day: z.enum(WEEKDAYS), opens: wallTime, closes: wallTime }).strict();
export type OpeningHoursInput = z.infer<typeof openingHoursEntry>;

const fields = {
  organisationId: uuid,
  kind: z.enum(ACCESS_POINT_KINDS),
  name: text(200).min(2),
  address: text(300).nullable().optional(),
  city: text(100).nullable().optional(),
  latitude: z.number().min(-90).max(90).nullable().optional(),
  longitude: z.number().min(-180).max(180).nullable().optional(),
  openingHours: z.array(openingHoursEntry).max(50).optional(),
  languages: z.array(languageCode).max(40).optional(),
  phone: z.string().trim().regex(/^[+0-9 ()./-]{3,30}$/).nullable().optional(),
  email: z.string().trim().toLowerCase().max(254).email().nullable().optional(),
  /** Length of one appointment slot, in minutes. */
  slotMinutes: z.number().int().min(5).max(240).optional(),
  /** Appointments that can run at the same time. */
  desks: z.number().int().min(1).max(50).optional(),
  /** The directory location of the same place (shown on the public finder), if any. */
  directoryLocationId: uuid.nullable().optional(),
};
export const accessPointBody = z.object(fields).strict();
export const accessPointPatch = z
  .object({ ...fields, active: z.boolean().optional() })
  .partial()
  .strict();
export type AccessPointInput = z.infer<typeof accessPointPatch>;

export const accessPointIdParam = z.object({ id: uuid }).strict();
export const accessPointListQuery = z
  .object({ organisationId: uuid.optional(), active: z.enum(['true', 'false']).optional() })
  .strict();
export const operatorsBody = z.object({ userIds: z.array(uuid).max(200) }).strict();
/** Optional on reads, required on PATCH: the version the client last read (ETag). */
export const ifMatchHeaders = z.looseObject({ 'if-match': z.string().max(100).optional() });

export const accessPointView = z.object({
  id: uuid,
  organisationId: uuid,
  organisationName: z.string(),
  kind: z.enum(ACCESS_POINT_KINDS),
  name: z.string(),
  address: z.string().nullable(),
  city: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  openingHours: z.array(openingHoursEntry),
  languages: z.array(z.string()),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  slotMinutes: z.number().int(),
  desks: z.number().int(),
  directoryLocationId: uuid.nullable(),
  active: z.boolean(),
  operatorCount: z.number().int(),
  /** Whether the signed-in user works here. */
  assignedToMe: z.boolean(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type AccessPointView = z.infer<typeof accessPointView>;

export const operatorView = z.object({ userId: uuid, displayName: z.string(), organisationId: uuid, active: z.boolean() });
export const operatorsView = z.object({ items: z.array(operatorView), version: z.number().int() });

const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));

/**
 * Rows of opening hours that cannot be right: closing not after opening, or overlapping another
 * row of the same day (slots would be offered twice). Paths are relative to the list.
 */
export function openingHoursProblems(hours: readonly OpeningHoursInput[]): { index: number; field: 'closes' | 'opens'; code: string }[] {
  const out: { index: number; field: 'closes' | 'opens'; code: string }[] = [];
  hours.forEach((h, i) => {
    if (minutes(h.closes) <= minutes(h.opens)) out.push({ index: i, field: 'closes', code: 'frontDoor.closesBeforeOpens' });
  });
  hours.forEach((h, i) => {
    if (out.some((p) => p.index === i)) return;
    const clash = hours.some(
      (o, j) => j < i && o.day === h.day && minutes(o.closes) > minutes(o.opens) && minutes(h.opens) < minutes(o.closes) && minutes(o.opens) < minutes(h.closes),
    );
    if (clash) out.push({ index: i, field: 'opens', code: 'frontDoor.hoursOverlap' });
  });
  return out;
}
