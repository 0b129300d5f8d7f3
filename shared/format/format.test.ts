import { describe, expect, test } from 'vitest';
import { formatCents, formatDate, formatDateTime, formatHours, formatList, formatNumber, formatTime, toIntlLocale } from './format.ts';

/** Intl separates "€" and the amount in nl-NL with a no-break space. */
const NBSP = '\u00a0';

describe('formatCents', () => {
  test('shows euros with cents in Dutch and English', () => {
    expect(formatCents(123450, 'nl')).toBe(`€${NBSP}1.234,50`);
    expect(formatCents(123450, 'en')).toBe('€1,234.50');
    expect(formatCents(5, 'nl')).toBe(`€${NBSP}0,05`);
    expect(formatCents(0, 'en')).toBe('€0.00');
    expect(formatCents(100, 'nl')).toBe(`€${NBSP}1,00`);
  });

  test('shows negative amounts (a net loss)', () => {
    expect(formatCents(-123450, 'nl')).toBe(`€${NBSP}-1.234,50`);
    expect(formatCents(-123450, 'en')).toBe('-€1,234.50');
  });

  test('is exact for large amounts', () => {
    expect(formatCents(900719925474099, 'en')).toBe('€9,007,199,254,740.99');
  });

  test('wholeEuros rounds half away from zero and shows no decimals', () => {
    expect(formatCents(123450, 'nl', { wholeEuros: true })).toBe(`€${NBSP}1.235`);
    expect(formatCents(123449, 'en', { wholeEuros: true })).toBe('€1,234');
    expect(formatCents(-150, 'en', { wholeEuros: true })).toBe('-€2');
    expect(formatCents(-49, 'en', { wholeEuros: true })).toBe('€0');
  });

  test('refuses fractions of a cent', () => {
    expect(() => formatCents(12.5, 'nl')).toThrow(RangeError);
    expect(() => formatCents(Number.NaN, 'nl')).toThrow(RangeError);
  });
});

describe('formatHours', () => {
  test('minutes as hours with at most one decimal', () => {
    expect(formatHours(750, 'nl')).toBe('12,5 uur');
    expect(formatHours(750, 'en')).toBe('12.5 hours');
    expect(formatHours(60, 'nl')).toBe('1 uur');
    expect(formatHours(60, 'en')).toBe('1 hour');
    expect(formatHours(0, 'en')).toBe('0 hours');
    expect(formatHours(90_000, 'nl')).toBe('1.500 uur');
  });

  test('rounds half up to a tenth of an hour', () => {
    expect(formatHours(3, 'en')).toBe('0.1 hours'); // exactly 0.05 h
    expect(formatHours(2, 'en')).toBe('0 hours');
    expect(formatHours(57, 'en')).toBe('1 hour'); // 0.95 h
    expect(formatHours(371, 'nl')).toBe('6,2 uur'); // 6.18 h
  });

  test('refuses negative or fractional minutes', () => {
    expect(() => formatHours(-1, 'nl')).toThrow(RangeError);
    expect(() => formatHours(1.5, 'nl')).toThrow(RangeError);
  });
});

describe('formatDate and formatDateTime', () => {
  test('a long date in the Amsterdam time zone', () => {
    expect(formatDate('2026-11-03T10:00:00.000Z', 'nl')).toBe('3 november 2026');
    expect(formatDate('2026-11-03T10:00:00.000Z', 'en')).toBe('3 November 2026');
    // 23:30 UTC is already the next day in Amsterdam.
    expect(formatDate('2026-11-03T23:30:00.000Z', 'nl')).toBe('4 november 2026');
    expect(formatDate('2026-11-03T23:30:00.000Z', 'nl', { timeZone: 'UTC' })).toBe('3 november 2026');
  });

  test('date and time, summer and winter time', () => {
    expect(formatDateTime('2026-11-03T10:00:00.000Z', 'nl')).toBe('3 nov 2026, 11:00');
    expect(formatDateTime('2026-07-03T10:00:00.000Z', 'en')).toBe('3 Jul 2026, 12:00');
  });

  test('refuses an invalid date', () => {
    expect(() => formatDate('not a date', 'nl')).toThrow(RangeError);
  });
});

test('locales map to nl-NL and en-GB', () => {
  expect(toIntlLocale('nl')).toBe('nl-NL');
  expect(toIntlLocale('en')).toBe('en-GB');
});

describe('formatList, formatNumber and formatTime', () => {
  test('one or two tasks read naturally', () => {
    expect(formatList(['Facturen maken'], 'nl')).toBe('Facturen maken');
    expect(formatList(['Facturen maken', 'Notuleren'], 'nl')).toBe('Facturen maken en Notuleren');
    expect(formatList(['Invoicing', 'Minutes'], 'en')).toBe('Invoicing and Minutes');
  });

  test('a count is grouped as the locale groups it', () => {
    expect(formatNumber(1234, 'nl')).toBe('1.234');
    expect(formatNumber(1234, 'en')).toBe('1,234');
  });

  test('a time of day shows in Amsterdam unless a zone is given', () => {
    expect(formatTime('2026-11-03T10:05:00.000Z', 'nl')).toBe('11:05');
    expect(formatTime('2026-07-03T10:05:00.000Z', 'en')).toBe('12:05');
    expect(formatTime('2026-11-03T10:05:00.000Z', 'nl', { timeZone: 'UTC' })).toBe('10:05');
  });
});
