/**
 * Numbers as the VA types them, in Dutch or English: "47,50", "47.50", "€ 1.250,00", "1,250.00".
 * Money is read exactly (from the digits, never through floats) and only to whole cents. The
 * separators are read as everywhere in the client (lib/parse-decimal.ts).
 */
import { normaliseDecimal } from '../../../lib/parse-decimal.ts';

/** Whether the text reads as a number at all (for "that is not a number" vs "out of range"). */
export function isNumberText(input: string): boolean {
  return normaliseDecimal(input) !== null;
}

/**
 * Euros as typed → whole cents, exactly: "47,50" → 4750. NaN (which the shared schema rejects)
 * for text that is not an amount, including more than two decimals.
 */
export function eurosToCents(input: string): number {
  const text = normaliseDecimal(input);
  if (text === null) return Number.NaN;
  const [whole = '', fraction = ''] = text.split('.');
  if (fraction.length > 2 || whole.length > 12) return Number.NaN;
  return Number(whole || '0') * 100 + Number(fraction.padEnd(2, '0'));
}

/** A number as typed ("12", "7,5"); NaN when unreadable. The schema decides whether it must be whole. */
export function toNumber(input: string): number {
  const text = normaliseDecimal(input);
  return text === null ? Number.NaN : Number(text);
}

/** Cents → euros for an input box: 4750 → "47,50" (nl) / "47.50" (en); whole euros without decimals. */
export function centsToEuroText(cents: number, locale: 'nl' | 'en'): string {
  const whole = Math.trunc(cents / 100);
  const rest = cents % 100;
  if (rest === 0) return String(whole);
  return `${whole}${locale === 'nl' ? ',' : '.'}${String(rest).padStart(2, '0')}`;
}
