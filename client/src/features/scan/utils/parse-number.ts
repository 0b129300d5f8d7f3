import { parseDecimal } from '../../../lib/parse-decimal.ts';

/** Euros as typed to whole cents, or NaN (which the shared schema rejects) when unreadable. */
export function eurosToCents(input: string): number {
  const euros = parseDecimal(input);
  return euros === null ? Number.NaN : Math.round(euros * 100);
}

/** Hours as typed to whole minutes, or NaN when unreadable. */
export function hoursToMinutes(input: string): number {
  const hours = parseDecimal(input);
  return hours === null ? Number.NaN : Math.round(hours * 60);
}

/** Whole number as typed, or NaN when unreadable; "38,5" stays 38.5 so the schema flags it. */
export function toNumber(input: string): number {
  return parseDecimal(input) ?? Number.NaN;
}
