import { describe, expect, test } from 'vitest';
import { addDays, daysInPeriod, startOfNextVaDay, startOfVaDay, vaDateTime, vaDay, vaInstant, vaTime, vaToday } from './va-calendar.ts';

describe('the VA calendar (Europe/Amsterdam)', () => {
  test('a day starts at Dutch midnight, in winter and in summer time', () => {
    expect(startOfVaDay('2026-12-01').toISOString()).toBe('2026-11-30T23:00:00.000Z');
    expect(startOfVaDay('2026-07-01').toISOString()).toBe('2026-06-30T22:00:00.000Z');
    // The days the clock changes: 23 and 25 hours long.
    expect(startOfNextVaDay('2026-03-29').getTime() - startOfVaDay('2026-03-29').getTime()).toBe(23 * 3600_000);
    expect(startOfNextVaDay('2026-10-25').getTime() - startOfVaDay('2026-10-25').getTime()).toBe(25 * 3600_000);
  });

  test('an instant belongs to its Dutch day, not its UTC one', () => {
    const halfPastMidnight = new Date('2026-11-30T23:30:00.000Z');
    expect(vaDay(halfPastMidnight)).toBe('2026-12-01');
    expect(vaToday(halfPastMidnight)).toBe('2026-12-01');
    expect(vaTime(halfPastMidnight)).toBe('00:30');
    expect(vaDateTime(halfPastMidnight)).toBe('2026-12-01 00:30');
  });

  test('a wall-clock time skipped by summer time comes out an hour later', () => {
    expect(vaInstant('2026-03-29', 2, 30).toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(vaInstant('2026-11-04', 9, 0).toISOString()).toBe('2026-11-04T08:00:00.000Z');
  });

  test('day arithmetic works on the days themselves', () => {
    expect(addDays('2026-11-28', 3)).toBe('2026-12-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysInPeriod('2026-11-01', '2026-11-01')).toBe(1);
    expect(daysInPeriod('2026-03-01', '2026-03-31')).toBe(31);
  });
});
