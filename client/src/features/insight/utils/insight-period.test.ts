import { describe, expect, test } from 'vitest';
import { periodDates, periodSearch, readPeriod } from './insight-period.ts';

const read = (search: string) => readPeriod(new URLSearchParams(search));

describe('the insight period in the address bar', () => {
  test('presets, and the last 30 days for anything else', () => {
    expect(read('?period=7')).toEqual({ preset: 7 });
    expect(read('?period=90')).toEqual({ preset: 90 });
    expect(read('')).toEqual({ preset: 30 });
    expect(read('?period=12')).toEqual({ preset: 30 });
    expect(read('?period=zeven')).toEqual({ preset: 30 });
  });

  test('a custom range needs two real days; it wins over a preset', () => {
    expect(read('?from=2026-11-01&to=2026-11-07&period=7')).toEqual({ preset: null, from: '2026-11-01', to: '2026-11-07' });
    expect(read('?from=2026-11-01')).toEqual({ preset: 30 });
    expect(read('?from=2026-02-30&to=2026-03-01')).toEqual({ preset: 30 });
    // Out of order is still what she asked for: the page says what is wrong with it.
    expect(read('?from=2026-11-07&to=2026-11-01')).toEqual({ preset: null, from: '2026-11-07', to: '2026-11-01' });
  });

  test('writes back what it reads', () => {
    expect(periodSearch({ preset: 7 })).toBe('period=7');
    expect(periodSearch({ preset: null, from: '2026-11-01', to: '2026-11-07' })).toBe('from=2026-11-01&to=2026-11-07');
  });

  test('a preset ends today on the Dutch calendar', () => {
    // 23:30 UTC on 30 November is already 1 December in Amsterdam.
    const now = new Date('2026-11-30T23:30:00.000Z');
    expect(periodDates({ preset: 7 }, now)).toEqual({ from: '2026-11-25', to: '2026-12-01' });
    expect(periodDates({ preset: 30 }, now)).toEqual({ from: '2026-11-02', to: '2026-12-01' });
    expect(periodDates({ preset: null, from: '2026-01-01', to: '2026-01-31' }, now)).toEqual({ from: '2026-01-01', to: '2026-01-31' });
  });
});
