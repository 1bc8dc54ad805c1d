// "Open now" for the public finder. Schedules are wall-clock hours in Europe/Rome (HSDS RRULE
// fields: freq WEEKLY + byday + opens_at/closes_at, bounded by valid_from/valid_to, dtstart/until).
// The time zone conversion uses the runtime's Intl (full ICU ships with Node): no date library.
// The same rule runs in SQL (finder_open_now, migration 0008, called by openNowSql) on the wall
// clock computed here, so that search filtering and the service page agree, and both are tested
// across DST.

export type Weekday = 'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU';
const WEEKDAYS: Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const SHORT_TO_CODE: Record<string, Weekday> = { Mon: 'MO', Tue: 'TU', Wed: 'WE', Thu: 'TH', Fri: 'FR', Sat: 'SA', Sun: 'SU' };

export const FINDER_TIME_ZONE = 'Europe/Rome';

/** The wall clock in Rome at one instant, and the day before (for opening hours past midnight). */
export interface WallClock {
  date: string; // YYYY-MM-DD
  weekday: Weekday;
  time: string; // HH:MM:SS
  prevDate: string;
  prevWeekday: Weekday;
}

const fmt = new Intl.DateTimeFormat('en-GB', {
  timeZone: FINDER_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  weekday: 'short',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

export function romeWallClock(instant: Date): WallClock {
  const parts = Object.fromEntries(fmt.formatToParts(instant).map((p) => [p.type, p.value]));
  const date = `${parts.year}-${parts.month}-${parts.day}`;
  const weekday = SHORT_TO_CODE[parts.weekday ?? ''] ?? 'MO';
  const prev = new Date(`${date}T12:00:00Z`);
  prev.setUTCDate(prev.getUTCDate() - 1);
  return {
    date,
    weekday,
    time: `${parts.hour}:${parts.minute}:${parts.second}`,
    prevDate: prev.toISOString().slice(0, 10),
    prevWeekday: WEEKDAYS[(WEEKDAYS.indexOf(weekday) + 6) % 7]!,
  };
}

export interface ScheduleRule {
  freq: string | null;
  byday: string | null;
  opensAt: string | null;
  closesAt: string | null;
  validFrom: string | null;
  validTo: string | null;
  dtstart: string | null;
  until: string | null;
  interval: number | null;
}

/** Weekday codes of a WEEKLY BYDAY ("MO,WE,FR"); empty means every day. */
export function bydayCodes(byday: string | null): Weekday[] {
  if (!byday) return [];
  return byday
    .toUpperCase()
    .split(',')
    .map((d) => d.trim().replace(/^[+-]?\d+/, ''))
    .filter((d): d is Weekday => (WEEKDAYS as string[]).includes(d));
}

function hms(t: string): string {
  return t.length === 5 ? `${t}:00` : t.slice(0, 8);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Does the rule's day pattern include this (local) date? */
function appliesOn(rule: ScheduleRule, date: string, weekday: Weekday): boolean {
  if (rule.validFrom && date < rule.validFrom) return false;
  if (rule.validTo && date > rule.validTo) return false;
  if (rule.dtstart && date < rule.dtstart) return false;
  if (rule.until && date > rule.until) return false;
  const days = bydayCodes(rule.byday);
  if (days.length && !days.includes(weekday)) return false;
  if (rule.interval && rule.interval > 1 && rule.dtstart) {
    if (Math.floor(daysBetween(rule.dtstart, date) / 7) % rule.interval !== 0) return false;
  }
  return true;
}

/** Is one weekly rule open at this wall-clock time? Hours past midnight count for the day they start. */
export function ruleOpenAt(rule: ScheduleRule, now: WallClock): boolean {
  if (rule.freq !== 'WEEKLY' || !rule.opensAt || !rule.closesAt) return false;
  const opens = hms(rule.opensAt);
  const closes = hms(rule.closesAt);
  if (opens < closes) return appliesOn(rule, now.date, now.weekday) && now.time >= opens && now.time < closes;
  return (appliesOn(rule, now.date, now.weekday) && now.time >= opens) || (appliesOn(rule, now.prevDate, now.prevWeekday) && now.time < closes);
}

export function isOpenAt(rules: ScheduleRule[], instant: Date): boolean {
  const now = romeWallClock(instant);
  return rules.some((r) => ruleOpenAt(r, now));
}
