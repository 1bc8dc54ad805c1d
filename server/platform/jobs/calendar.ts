// Every tenant is an Italian comune: "today" and "due" are days on the wall in Europe/Rome, not UTC
// (between midnight and 1-2 am the two differ).
const ROME_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The day (YYYY-MM-DD) `now` falls on in Europe/Rome. */
export function romeDay(now: Date = new Date()): string {
  return ROME_DAY.format(now);
}

