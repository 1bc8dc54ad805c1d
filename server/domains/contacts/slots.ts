import type { OpeningHoursEntry } from '../../platform/db/people-schema.js';
import { romeInstant, weekdayOf } from './rome-time.js';

// Appointment slots of one day at one access point: the day's opening hours cut into slots of
// the access point's length, each with room for as many appointments as there are desks. Pure,
// so that the booking command and the slots page agree, and DST days are tested directly.

export interface SlotPlan {
  openingHours: readonly OpeningHoursEntry[];
  slotMinutes: number;
  desks: number;
}

export interface Slot {
  startsAt: Date;
  endsAt: Date;
  /** Rome wall-clock start, HH:MM. */
  time: string;
  capacity: number;
  booked: number;
  free: number;
}

const toMinutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/**
 * The slots of `date` that start after `now`, with how many of `taken` (appointments not
 * cancelled) overlap each. A wall-clock time skipped by the spring DST change offers no slot.
 */
export function daySlots(plan: SlotPlan, date: string, taken: readonly { startsAt: Date; endsAt: Date }[], now: Date): Slot[] {
  const day = weekdayOf(date);
  const rows = plan.openingHours.filter((h) => h.day === day).sort((a, b) => a.opens.localeCompare(b.opens));
  const out: Slot[] = [];
  for (const row of rows) {
    const closes = toMinutes(row.closes);
    for (let m = toMinutes(row.opens); m + plan.slotMinutes <= closes; m += plan.slotMinutes) {
      const startsAt = romeInstant(date, hhmm(m));
      if (!startsAt || startsAt <= now) continue;
      const endsAt = new Date(startsAt.getTime() + plan.slotMinutes * 60_000);
      if (out.some((s) => s.startsAt.getTime() === startsAt.getTime())) continue;
      const booked = taken.filter((a) => a.startsAt < endsAt && a.endsAt > startsAt).length;
      out.push({ startsAt, endsAt, time: hhmm(m), capacity: plan.desks, booked, free: Math.max(0, plan.desks - booked) });
    }
  }
  return out.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}
