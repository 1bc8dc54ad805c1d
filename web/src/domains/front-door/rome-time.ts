// The front doors run on Italian wall-clock time whatever the device's time zone: the day view's
// "today", slots and appointment times are Europe/Rome.
const ZONE = 'Europe/Rome';

/** Today's date in Rome, YYYY-MM-DD. */
export function romeToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** The time of an instant in Rome, in the reader's language ("09:30"). */
export function romeTime(iso: string, lang: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : new Intl.DateTimeFormat(lang, { timeZone: ZONE, hour: '2-digit', minute: '2-digit' }).format(d);
}

/** A day (YYYY-MM-DD) spelled out in the reader's language. */
export function longDate(day: string, lang: string): string {
  const d = new Date(`${day}T12:00:00Z`);
  return Number.isNaN(d.getTime()) ? day : new Intl.DateTimeFormat(lang, { dateStyle: 'full', timeZone: 'UTC' }).format(d);
}
