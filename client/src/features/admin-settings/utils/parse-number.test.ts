import { describe, expect, it } from 'vitest';
import { centsToEuroText, eurosToCents, toNumber } from './parse-number.ts';

describe('eurosToCents', () => {
  it.each([
    ['47,50', 47_50],
    ['47.5', 47_50],
    ['€ 1.234,56', 1_234_56],
    ['1,234.56', 1_234_56],
    ['0,29', 29],
    ['380', 380_00],
  ])('%s → %i cents, exactly', (text, cents) => {
    expect(eurosToCents(text)).toBe(cents);
  });

  // "1.250" reads as 1.250 (one separator on its own is the decimal one, as in the scan): three
  // decimals, so it is refused rather than taken as € 1,25 or € 1.250.
  it.each(['', 'abc', '47,505', '1.250', '-5', '1,2,3'])('%j is not an amount', (text) => {
    expect(eurosToCents(text)).toBeNaN();
  });
});

describe('toNumber and centsToEuroText', () => {
  it('reads hours as typed and writes amounts back the way each language reads them', () => {
    expect(toNumber('16')).toBe(16);
    expect(toNumber('7,5')).toBe(7.5);
    expect(toNumber('zestien')).toBeNaN();
    expect(centsToEuroText(47_50, 'nl')).toBe('47,50');
    expect(centsToEuroText(47_05, 'en')).toBe('47.05');
    expect(centsToEuroText(380_00, 'nl')).toBe('380');
  });
});
