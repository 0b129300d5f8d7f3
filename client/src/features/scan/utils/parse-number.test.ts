import { describe, expect, it } from 'vitest';
import { parseDecimal } from '../../../lib/parse-decimal.ts';
import { eurosToCents, hoursToMinutes } from './parse-number.ts';

describe('parseDecimal', () => {
  it.each([
    ['12', 12],
    ['1,5', 1.5],
    ['1.5', 1.5],
    [' 82,50 ', 82.5],
    ['€ 75', 75],
    ['€1.250,00', 1250],
    ['1,250.00', 1250],
    ['1.250.000', 1_250_000],
    [',5', 0.5],
    ['-3', -3],
  ])('reads %j as %d', (input, expected) => {
    expect(parseDecimal(input)).toBe(expected);
  });

  it.each(['', '  ', 'veel', '1,2,3', '12a', '1.2.3', '1.25.000', '€'])('rejects %j', (input) => {
    expect(parseDecimal(input)).toBeNull();
  });
});

describe('conversions at the edge of the form', () => {
  it('turns euros into whole cents', () => {
    expect(eurosToCents('82,50')).toBe(8250);
    expect(eurosToCents('19,99')).toBe(1999);
    expect(eurosToCents('abc')).toBeNaN();
  });

  it('turns hours into whole minutes', () => {
    expect(hoursToMinutes('1,5')).toBe(90);
    expect(hoursToMinutes('0,25')).toBe(15);
    expect(hoursToMinutes('160')).toBe(9600);
    expect(hoursToMinutes('')).toBeNaN();
  });
});
