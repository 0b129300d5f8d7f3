import { describe, expect, it } from 'vitest';
import { amsterdamToUtcIso, amsterdamWallClock, defaultPlannedMoment } from './amsterdam-time.ts';

describe('amsterdamToUtcIso', () => {
  it('reads winter time as UTC+1 and summer time as UTC+2', () => {
    expect(amsterdamToUtcIso('2026-11-04', '09:00')).toBe('2026-11-04T08:00:00.000Z');
    expect(amsterdamToUtcIso('2026-07-01', '09:00')).toBe('2026-07-01T07:00:00.000Z');
  });

  it('is right on both sides of the clock changes', () => {
    // 29 March 2026: 02:00 becomes 03:00. 25 October 2026: 03:00 becomes 02:00.
    expect(amsterdamToUtcIso('2026-03-29', '01:59')).toBe('2026-03-29T00:59:00.000Z');
    expect(amsterdamToUtcIso('2026-03-29', '03:00')).toBe('2026-03-29T01:00:00.000Z');
    expect(amsterdamToUtcIso('2026-10-25', '01:30')).toBe('2026-10-24T23:30:00.000Z');
    expect(amsterdamToUtcIso('2026-10-25', '04:00')).toBe('2026-10-25T03:00:00.000Z');
    // Midnight crosses the UTC date.
    expect(amsterdamToUtcIso('2026-12-01', '00:30')).toBe('2026-11-30T23:30:00.000Z');
  });

  it('refuses what is not a date or a time', () => {
    expect(amsterdamToUtcIso('', '09:00')).toBeNull();
    expect(amsterdamToUtcIso('2026-02-30', '09:00')).toBeNull();
    expect(amsterdamToUtcIso('2026-11-04', '24:00')).toBeNull();
    expect(amsterdamToUtcIso('2026-11-04', '9:00')).toBeNull();
  });

  it('round-trips with the wall clock', () => {
    const iso = amsterdamToUtcIso('2026-06-15', '17:45');
    expect(amsterdamWallClock(new Date(iso!))).toEqual({ date: '2026-06-15', time: '17:45' });
  });
});

describe('defaultPlannedMoment', () => {
  it('is tomorrow at nine, by the Dutch calendar', () => {
    // 23:30 UTC on 3 November is already 4 November in Amsterdam.
    expect(defaultPlannedMoment(new Date('2026-11-03T23:30:00Z'))).toEqual({ date: '2026-11-05', time: '09:00' });
    expect(defaultPlannedMoment(new Date('2026-11-03T10:00:00Z'))).toEqual({ date: '2026-11-04', time: '09:00' });
  });
});
