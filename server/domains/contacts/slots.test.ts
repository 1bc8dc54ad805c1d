import { describe, expect, it } from 'vitest';
import { addDays, romeDate, romeDayBounds, romeInstant, romeTime, weekdayOf } from './rome-time.js';
import { daySlots } from './slots.js';

// Rome wall clock ↔ instants, and the slots of a day, across both daylight-saving changes of 2026
// (29 March: 02:00 → 03:00; 25 October: 03:00 → 02:00).

const LONG_AGO = new Date('2000-01-01T00:00:00Z');

describe('Rome wall-clock time', () => {
  it('maps winter and summer times to the right instants', () => {
    expect(romeInstant('2026-01-15', '09:00')!.toISOString()).toBe('2026-01-15T08:00:00.000Z');
    expect(romeInstant('2026-07-15', '09:00')!.toISOString()).toBe('2026-07-15T07:00:00.000Z');
    expect(romeTime(new Date('2026-07-15T07:00:00Z'))).toBe('09:00');
    expect(romeDate(new Date('2026-07-15T22:30:00Z'))).toBe('2026-07-16');
  });

  it('has no 02:30 on the spring-forward night, and the first of the two 02:30 in autumn', () => {
    expect(romeInstant('2026-03-29', '02:30')).toBeNull();
    expect(romeInstant('2026-03-29', '03:00')!.toISOString()).toBe('2026-03-29T01:00:00.000Z');
    expect(romeInstant('2026-03-29', '01:30')!.toISOString()).toBe('2026-03-29T00:30:00.000Z');
    expect(romeInstant('2026-10-25', '02:30')!.toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(romeInstant('2026-10-25', '03:00')!.toISOString()).toBe('2026-10-25T02:00:00.000Z');
  });

  it('gives days of 23, 24 and 25 hours', () => {
    const hours = (d: string) => {
      const b = romeDayBounds(d);
      return (b.end.getTime() - b.start.getTime()) / 3_600_000;
    };
    expect([hours('2026-03-29'), hours('2026-06-01'), hours('2026-10-25')]).toEqual([23, 24, 25]);
    expect(weekdayOf('2026-03-29')).toBe('SU');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
  });
});

describe('daySlots', () => {
  const plan = { openingHours: [{ day: 'MO' as const, opens: '09:00', closes: '10:40' }, { day: 'MO' as const, opens: '14:00', closes: '15:00' }, { day: 'TU' as const, opens: '09:00', closes: '12:00' }], slotMinutes: 30, desks: 2 };

  it('cuts the day’s hours into whole slots, with room per desk minus what is taken', () => {
    const monday = '2026-06-01';
    const at = (t: string) => romeInstant(monday, t)!;
    const taken = [
      { startsAt: at('09:30'), endsAt: at('10:00') },
      { startsAt: at('09:30'), endsAt: at('10:00') },
      { startsAt: at('14:15'), endsAt: at('14:45') },
    ];
    const slots = daySlots(plan, monday, taken, LONG_AGO);
    expect(slots.map((s) => s.time)).toEqual(['09:00', '09:30', '10:00', '14:00', '14:30']);
    expect(slots.map((s) => s.free)).toEqual([2, 0, 2, 1, 1]);
    expect(slots[0]!.startsAt.toISOString()).toBe('2026-06-01T07:00:00.000Z');
    expect(slots[0]!.endsAt.toISOString()).toBe('2026-06-01T07:30:00.000Z');
    expect(daySlots(plan, '2026-06-03', [], LONG_AGO)).toEqual([]);
  });

  it('offers only slots still to come', () => {
    const slots = daySlots(plan, '2026-06-01', [], new Date('2026-06-01T07:45:00Z'));
    expect(slots.map((s) => s.time)).toEqual(['10:00', '14:00', '14:30']);
  });

  it('skips the hour that does not exist in spring and keeps real durations', () => {
    const night = { openingHours: [{ day: 'SU' as const, opens: '01:00', closes: '04:00' }], slotMinutes: 30, desks: 1 };
    const spring = daySlots(night, '2026-03-29', [], LONG_AGO);
    expect(spring.map((s) => s.time)).toEqual(['01:00', '01:30', '03:00', '03:30']);
    expect(spring.every((s) => s.endsAt.getTime() - s.startsAt.getTime() === 30 * 60_000)).toBe(true);
    const autumn = daySlots(night, '2026-10-25', [], LONG_AGO);
    expect(autumn.map((s) => s.time)).toEqual(['01:00', '01:30', '02:00', '02:30', '03:00', '03:30']);
    expect(new Set(autumn.map((s) => s.startsAt.getTime())).size).toBe(autumn.length);
  });
});
