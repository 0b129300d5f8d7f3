import { describe, expect, test } from 'vitest';
import { fc, test as propTest } from '@fast-check/vitest';
import { centsForMinutes, divRound, multiply, percentOf, sumIntegers } from './money.ts';

describe('divRound', () => {
  test('rounds half up', () => {
    expect(divRound(0, 7)).toBe(0);
    expect(divRound(10, 4)).toBe(3); // 2.5
    expect(divRound(9, 4)).toBe(2); // 2.25
    expect(divRound(11, 4)).toBe(3); // 2.75
    expect(divRound(14, 4)).toBe(4); // 3.5
    expect(divRound(1, 3)).toBe(0);
    expect(divRound(2, 3)).toBe(1);
    expect(divRound(60, 60)).toBe(1);
    expect(divRound(89, 60)).toBe(1);
    expect(divRound(90, 60)).toBe(2);
  });

  test('is exact near the largest safe integer', () => {
    const max = Number.MAX_SAFE_INTEGER; // 9007199254740991
    expect(divRound(max, 1)).toBe(max);
    expect(divRound(max, 2)).toBe(4503599627370496); // …495.5 rounds up
    expect(divRound(max - 1, 3)).toBe(3002399751580330);
    expect(divRound(max, 10)).toBe(900719925474099);
  });

  test('throws on fractions, negatives, unsafe integers and a zero denominator', () => {
    expect(() => divRound(1.5, 2)).toThrow(RangeError);
    expect(() => divRound(3, 1.5)).toThrow(RangeError);
    expect(() => divRound(-1, 2)).toThrow(RangeError);
    expect(() => divRound(1, 0)).toThrow(RangeError);
    expect(() => divRound(1, -2)).toThrow(RangeError);
    expect(() => divRound(Number.NaN, 2)).toThrow(RangeError);
    expect(() => divRound(2 ** 53, 2)).toThrow(RangeError);
  });

  propTest.prop([fc.nat(), fc.integer({ min: 1, max: 1_000_000 })])(
    'agrees with BigInt arithmetic',
    (n, d) => {
      const expected = (2n * BigInt(n) + BigInt(d)) / (2n * BigInt(d)); // floor(n/d + 1/2)
      expect(divRound(n, d)).toBe(Number(expected));
    },
  );
});

describe('money helpers', () => {
  test('centsForMinutes: minutes × hourly rate / 60, half up', () => {
    expect(centsForMinutes(60, 4750)).toBe(4750);
    expect(centsForMinutes(90, 4750)).toBe(7125);
    expect(centsForMinutes(1, 4750)).toBe(79); // 79.17
    expect(centsForMinutes(53, 4750)).toBe(4196); // 4195.83
    expect(centsForMinutes(100, 8500)).toBe(14167); // 14166.67
    expect(centsForMinutes(0, 4750)).toBe(0);
    expect(() => centsForMinutes(60, 47.5)).toThrow(RangeError);
  });

  test('percentOf: half up', () => {
    expect(percentOf(75, 70)).toBe(53); // 52.5
    expect(percentOf(240, 80)).toBe(192);
    expect(percentOf(1, 49)).toBe(0);
    expect(percentOf(1, 50)).toBe(1);
  });

  test('multiply refuses to lose precision', () => {
    expect(multiply(9600, 100_000)).toBe(960_000_000);
    expect(() => multiply(2 ** 30, 2 ** 30)).toThrow(RangeError);
  });

  test('sumIntegers', () => {
    expect(sumIntegers([])).toBe(0);
    expect(sumIntegers([1, -2, 3])).toBe(2);
    expect(() => sumIntegers([0.1, 0.2])).toThrow(RangeError);
    expect(() => sumIntegers([Number.MAX_SAFE_INTEGER, 1])).toThrow(RangeError);
  });
});
