/**
 * Integer-only arithmetic for money (cents) and time (minutes). Nothing here ever returns a
 * fraction: every division rounds half up, exactly, on integers. Inputs that are not safe
 * integers throw, so a float can never sneak into a stored amount.
 */

function assertSafeInteger(value: number, name: string): void {
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`${name} must be a safe integer, got ${String(value)}`);
  }
}

function assertNonNegativeInteger(value: number, name: string): void {
  assertSafeInteger(value, name);
  if (value < 0) throw new RangeError(`${name} must not be negative, got ${String(value)}`);
}

/**
 * numerator / denominator rounded half up (…,5 goes up), for a non-negative integer numerator
 * and a positive integer denominator. Exact: `%` on safe integers is exact in IEEE doubles and
 * `(n - r) / d` is an exact integer quotient, so no float rounding can creep in.
 */
export function divRound(numerator: number, denominator: number): number {
  assertNonNegativeInteger(numerator, 'numerator');
  assertSafeInteger(denominator, 'denominator');
  if (denominator <= 0) throw new RangeError(`denominator must be positive, got ${denominator}`);
  const remainder = numerator % denominator;
  const quotient = (numerator - remainder) / denominator;
  // remainder < denominator <= 2^53, so 2 × remainder is still exact.
  return remainder * 2 >= denominator ? quotient + 1 : quotient;
}

/** a × b for non-negative integers; throws instead of silently losing precision. */
export function multiply(a: number, b: number): number {
  assertNonNegativeInteger(a, 'a');
  assertNonNegativeInteger(b, 'b');
  const product = a * b;
  if (!Number.isSafeInteger(product)) {
    throw new RangeError(`${a} × ${b} is too large to compute exactly`);
  }
  return product;
}

/** What `minutes` of work cost at an hourly rate in cents, rounded half up to whole cents. */
export function centsForMinutes(minutes: number, rateCentsPerHour: number): number {
  return divRound(multiply(minutes, rateCentsPerHour), 60);
}

/** `percent` % of `value` (e.g. VA minutes at an efficiency of 80 %), rounded half up. */
export function percentOf(value: number, percent: number): number {
  return divRound(multiply(value, percent), 100);
}

/** The exact sum of integers; throws on a non-integer or when the sum is no longer exact. */
export function sumIntegers(values: Iterable<number>): number {
  let sum = 0;
  for (const value of values) {
    assertSafeInteger(value, 'value');
    sum += value;
    if (!Number.isSafeInteger(sum)) throw new RangeError('sum is too large to compute exactly');
  }
  return sum;
}
