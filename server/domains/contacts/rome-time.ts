import type { Weekday } from '../finder/open-now.js';
import { romeWallClock } from '../finder/open-now.js';

// Front-door times are Europe/Rome wall-clock times (opening hours, "today", slots). Conversions
// use the runtime's Intl time-zone data (full ICU ships with Node), like the finder's "open now":
// no date library is needed, and daylight-saving changes are handled, not assumed away.

const WEEKDAYS: Weekday[] = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
const HOUR = 3_600_000;
const offsetFormat = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Rome', timeZoneName: 'longOffset' });

/** Rome's offset from UTC at an instant, in minutes (+60 in winter, +120 in summer). */
function offsetMinutes(ms: number): number {
  const name = offsetFormat.formatToParts(new Date(ms)).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}

/**
 * The instant at which Rome's clocks show `date` `time` (HH:MM). When the clocks go back and the
 * time happens twice, the first one; when they jump forward over it, null (it never happens).
 */
export function romeInstant(date: string, time: string): Date | null {
  const wall = Date.parse(`${date}T${time}:00Z`);
  if (Number.isNaN(wall)) return null;
  const offsets = new Set([offsetMinutes(wall - 12 * HOUR), offsetMinutes(wall + 12 * HOUR)]);
  const valid = [...offsets].map((o) => wall - o * 60_000).filter((t) => t + offsetMinutes(t) * 60_000 === wall);
  return valid.length ? new Date(Math.min(...valid)) : null;
}

/** The Rome calendar day of an instant, YYYY-MM-DD. */
export function romeDate(instant: Date): string {
  return romeWallClock(instant).date;
}

/** Rome wall-clock time of an instant, HH:MM. */
export function romeTime(instant: Date): string {
  return romeWallClock(instant).time.slice(0, 5);
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function weekdayOf(date: string): Weekday {
  return WEEKDAYS[new Date(`${date}T12:00:00Z`).getUTCDay()]!;
}

/** From Rome's midnight of `date` to the next (23, 24 or 25 hours). Midnight always exists in Rome. */
export function romeDayBounds(date: string): { start: Date; end: Date } {
  return { start: romeInstant(date, '00:00')!, end: romeInstant(addDays(date, 1), '00:00')! };
}
