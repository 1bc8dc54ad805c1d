import { describe, expect, it } from 'vitest';
import { bydayCodes, isOpenAt, romeWallClock, type ScheduleRule } from './open-now.js';

const rule = (r: Partial<ScheduleRule>): ScheduleRule => ({
  freq: 'WEEKLY',
  byday: null,
  opensAt: '09:00:00',
  closesAt: '12:00:00',
  validFrom: null,
  validTo: null,
  dtstart: null,
  until: null,
  interval: null,
  ...r,
});

describe('Rome wall clock', () => {
  it('is UTC+1 in winter and UTC+2 in summer', () => {
    expect(romeWallClock(new Date('2026-01-12T08:30:00Z'))).toMatchObject({ date: '2026-01-12', weekday: 'MO', time: '09:30:00', prevDate: '2026-01-11', prevWeekday: 'SU' });
    expect(romeWallClock(new Date('2026-07-13T08:30:00Z'))).toMatchObject({ date: '2026-07-13', weekday: 'MO', time: '10:30:00' });
  });

  it('crosses the spring-forward night (29 March 2026: 02:00 CET becomes 03:00 CEST)', () => {
    expect(romeWallClock(new Date('2026-03-29T00:59:59Z')).time).toBe('01:59:59');
    expect(romeWallClock(new Date('2026-03-29T01:00:00Z')).time).toBe('03:00:00');
  });

  it('crosses the fall-back night (25 October 2026: 03:00 CEST becomes 02:00 CET)', () => {
    expect(romeWallClock(new Date('2026-10-25T00:30:00Z')).time).toBe('02:30:00');
    expect(romeWallClock(new Date('2026-10-25T01:30:00Z')).time).toBe('02:30:00');
    expect(romeWallClock(new Date('2026-10-25T02:30:00Z')).time).toBe('03:30:00');
  });

  it('knows the previous day across month and year ends', () => {
    expect(romeWallClock(new Date('2026-03-01T10:00:00Z'))).toMatchObject({ date: '2026-03-01', prevDate: '2026-02-28', weekday: 'SU', prevWeekday: 'SA' });
    expect(romeWallClock(new Date('2025-12-31T23:30:00Z'))).toMatchObject({ date: '2026-01-01', prevDate: '2025-12-31', weekday: 'TH' });
  });
});

describe('open now', () => {
  const weekdays = rule({ byday: 'MO,TU,WE,TH,FR' });

  it('opens at opens_at and closes at closes_at, local time, on the listed days', () => {
    // Monday 12 January 2026 (CET).
    expect(isOpenAt([weekdays], new Date('2026-01-12T07:59:59Z'))).toBe(false); // 08:59:59
    expect(isOpenAt([weekdays], new Date('2026-01-12T08:00:00Z'))).toBe(true); // 09:00
    expect(isOpenAt([weekdays], new Date('2026-01-12T10:59:59Z'))).toBe(true); // 11:59:59
    expect(isOpenAt([weekdays], new Date('2026-01-12T11:00:00Z'))).toBe(false); // 12:00
    // Saturday.
    expect(isOpenAt([weekdays], new Date('2026-01-17T09:00:00Z'))).toBe(false);
  });

  it('follows the clock change: 09:00 is 08:00 UTC in winter, 07:00 UTC in summer', () => {
    expect(isOpenAt([weekdays], new Date('2026-03-27T07:30:00Z'))).toBe(false); // Friday 08:30 CET
    expect(isOpenAt([weekdays], new Date('2026-03-30T07:30:00Z'))).toBe(true); // Monday 09:30 CEST
    expect(isOpenAt([weekdays], new Date('2026-10-26T07:30:00Z'))).toBe(false); // Monday 08:30 CET
    expect(isOpenAt([weekdays], new Date('2026-10-26T08:30:00Z'))).toBe(true); // Monday 09:30 CET
  });

  it('handles the hour that does not exist and the hour that happens twice', () => {
    const night = rule({ byday: 'SU', opensAt: '02:00', closesAt: '03:00' });
    // 29 March 2026: 02:00–03:00 never happens.
    expect(isOpenAt([night], new Date('2026-03-29T00:59:59Z'))).toBe(false);
    expect(isOpenAt([night], new Date('2026-03-29T01:00:00Z'))).toBe(false);
    // 25 October 2026: 02:30 happens twice, open both times.
    expect(isOpenAt([night], new Date('2026-10-25T00:30:00Z'))).toBe(true);
    expect(isOpenAt([night], new Date('2026-10-25T01:30:00Z'))).toBe(true);
    expect(isOpenAt([night], new Date('2026-10-25T02:30:00Z'))).toBe(false);
  });

  it('counts hours past midnight for the day they start', () => {
    const lateFriday = rule({ byday: 'FR', opensAt: '20:00', closesAt: '02:00' });
    expect(isOpenAt([lateFriday], new Date('2026-01-16T19:30:00Z'))).toBe(true); // Friday 20:30
    expect(isOpenAt([lateFriday], new Date('2026-01-17T00:30:00Z'))).toBe(true); // Saturday 01:30
    expect(isOpenAt([lateFriday], new Date('2026-01-17T01:30:00Z'))).toBe(false); // Saturday 02:30
    expect(isOpenAt([lateFriday], new Date('2026-01-18T00:30:00Z'))).toBe(false); // Sunday 01:30
  });

  it('respects the validity period, every-other-week rules and empty or monthly rules', () => {
    const summer = rule({ validFrom: '2026-06-01', validTo: '2026-08-31' });
    expect(isOpenAt([summer], new Date('2026-05-29T08:00:00Z'))).toBe(false);
    expect(isOpenAt([summer], new Date('2026-06-01T08:00:00Z'))).toBe(true);
    expect(isOpenAt([summer], new Date('2026-08-31T08:00:00Z'))).toBe(true);
    expect(isOpenAt([summer], new Date('2026-09-01T08:00:00Z'))).toBe(false);
    const fortnightly = rule({ byday: 'MO', interval: 2, dtstart: '2026-01-05' });
    expect(isOpenAt([fortnightly], new Date('2026-01-05T09:00:00Z'))).toBe(true);
    expect(isOpenAt([fortnightly], new Date('2026-01-12T09:00:00Z'))).toBe(false);
    expect(isOpenAt([fortnightly], new Date('2026-01-19T09:00:00Z'))).toBe(true);
    expect(isOpenAt([rule({ freq: 'MONTHLY', byday: '1MO' })], new Date('2026-01-05T09:00:00Z'))).toBe(false);
    expect(isOpenAt([rule({ opensAt: null })], new Date('2026-01-05T09:00:00Z'))).toBe(false);
    expect(isOpenAt([], new Date('2026-01-05T09:00:00Z'))).toBe(false);
  });

  it('reads BYDAY lists loosely (spaces, lower case, ordinals)', () => {
    expect(bydayCodes(' mo, we ,FR')).toEqual(['MO', 'WE', 'FR']);
    expect(bydayCodes('1MO,-1FR,XX')).toEqual(['MO', 'FR']);
    expect(bydayCodes(null)).toEqual([]);
  });
});
