import { fc, test as propertyTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { eraseCutoff, eraseMoment } from './retention-period.ts';

const at = (iso: string) => new Date(iso);

describe('eraseMoment', () => {
  test('the same day and time, months later', () => {
    expect(eraseMoment(at('2025-11-28T14:05:09.123Z'), 12)).toEqual(at('2026-11-28T14:05:09.123Z'));
    expect(eraseMoment(at('2026-01-15T00:00:00.000Z'), 1)).toEqual(at('2026-02-15T00:00:00.000Z'));
    expect(eraseMoment(at('2026-10-31T23:59:59.999Z'), 2)).toEqual(at('2026-12-31T23:59:59.999Z'));
  });

  test('a day the target month lacks: the first moment of the month after', () => {
    expect(eraseMoment(at('2026-01-31T10:00:00.000Z'), 1)).toEqual(at('2026-03-01T00:00:00.000Z'));
    expect(eraseMoment(at('2026-01-29T10:00:00.000Z'), 1)).toEqual(at('2026-03-01T00:00:00.000Z'));
    // 2028 is a leap year: 29 February exists.
    expect(eraseMoment(at('2028-01-29T10:00:00.000Z'), 1)).toEqual(at('2028-02-29T10:00:00.000Z'));
    expect(eraseMoment(at('2028-02-29T08:00:00.000Z'), 12)).toEqual(at('2029-03-01T00:00:00.000Z'));
  });
});

describe('eraseCutoff', () => {
  test('the same day and time, months back, inclusive', () => {
    expect(eraseCutoff(at('2026-11-28T14:05:09.123Z'), 12)).toEqual(at('2025-11-28T14:05:09.124Z'));
  });

  test("a day the month back lacks: that whole month is due", () => {
    expect(eraseCutoff(at('2026-03-31T10:00:00.000Z'), 1)).toEqual(at('2026-03-01T00:00:00.000Z'));
    expect(eraseCutoff(at('2026-03-29T00:00:00.000Z'), 1)).toEqual(at('2026-03-01T00:00:00.000Z'));
  });
});

// 1990–2100, in whole milliseconds.
const instant = fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2100, 0, 1) }).map((ms) => new Date(ms));
// Near a month's end, where the calendar is least regular.
const monthEnd = fc
  .record({ year: fc.integer({ min: 1990, max: 2100 }), month: fc.integer({ min: 0, max: 11 }), back: fc.integer({ min: 0, max: 4 * 86_400_000 }) })
  .map(({ year, month, back }) => new Date(Date.UTC(year, month + 1, 1) - back));
const months = fc.integer({ min: 1, max: 120 });

describe('the job and the list agree', () => {
  propertyTest.prop([fc.oneof(instant, monthEnd), fc.oneof(instant, monthEnd), months])(
    'createdAt < eraseCutoff(now) exactly when eraseMoment(createdAt) <= now',
    (createdAt, now, period) => {
      expect(createdAt < eraseCutoff(now, period)).toBe(eraseMoment(createdAt, period) <= now);
    },
  );

  propertyTest.prop([fc.oneof(instant, monthEnd), months, fc.integer({ min: -3 * 86_400_000, max: 3 * 86_400_000 })])(
    'the same, for moments close to the erase moment',
    (createdAt, period, offset) => {
      const now = new Date(eraseMoment(createdAt, period).getTime() + offset);
      expect(createdAt < eraseCutoff(now, period)).toBe(offset >= 0);
    },
  );

  propertyTest.prop([instant, months])('an intake is due at its erase moment and not a millisecond before', (createdAt, period) => {
    const moment = eraseMoment(createdAt, period);
    expect(createdAt < eraseCutoff(moment, period)).toBe(true);
    expect(createdAt < eraseCutoff(new Date(moment.getTime() - 1), period)).toBe(false);
  });
});
