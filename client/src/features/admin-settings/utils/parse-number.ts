/**
 * Numbers as the VA types them, in Dutch or English: "47,50", "47.50", "€ 1.250,00", "1,250.00".
 * Money is read exactly (from the digits, never through floats) and only to whole cents.
 *
 * The reading of separators is the scan's (features/scan/utils/parse-number.ts): one separator on
 * its own is the decimal separator, except for clear thousands groups. It is repeated here rather
 * than imported, because features do not import each other's internals.
 */

/** "€ 1.250,5" → "1250.5"; null when the text is not a non-negative number. */
export function normaliseDecimal(input: string): string | null {
  let text = input.trim().replace(/^€/, '').replace(/[\s\u00a0]/g, '');
  if (text === '') return null;
  const lastComma = text.lastIndexOf(',');
  const lastDot = text.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    const decimal = lastComma > lastDot ? ',' : '.';
    const thousands = decimal === ',' ? '.' : ',';
    const [whole = '', fraction, ...rest] = text.split(decimal);
    if (rest.length > 0 || !isGrouped(whole, thousands)) return null;
    text = `${whole.split(thousands).join('')}.${fraction ?? ''}`;
  } else {
    const separator = lastComma >= 0 ? ',' : lastDot >= 0 ? '.' : null;
    if (separator) {
      const parts = text.split(separator);
      if (parts.length > 2) {
        if (!isGrouped(text, separator)) return null;
        text = parts.join('');
      } else {
        text = parts.join('.');
      }
    }
  }
  if (!/^(\d+(\.\d*)?|\.\d+)$/.test(text)) return null;
  return text.endsWith('.') ? text.slice(0, -1) : text;
}

/** "1.250.000" with `.` as the thousands separator: groups of exactly three after the first. */
function isGrouped(whole: string, separator: string): boolean {
  const groups = whole.split(separator);
  if (groups.length === 1) return /^\d+$/.test(whole);
  return /^\d{1,3}$/.test(groups[0] ?? '') && groups.slice(1).every((g) => /^\d{3}$/.test(g));
}

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
