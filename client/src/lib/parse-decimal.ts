/**
 * Reads numbers the way people type them, in Dutch or English: "12", "1,5", "1.5", "82,50",
 * "€ 1.250,00", "1,250.00". One separator on its own is the decimal separator ("1,5" and "1.5"
 * are both one and a half), except for clear thousands groups ("1.250" or "1,250" with more
 * than one group, or together with the other separator). The scan and the settings both read
 * numbers this way; each converts the result to what it needs.
 */

/** What people type around a number: spaces (also no-break) and a leading euro sign. */
function stripDecoration(input: string): string {
  return input.trim().replace(/^€/, '').replace(/[\s\u00a0]/g, '');
}

/** Bare text with separators → "1250.5" (a dot as decimal point, no grouping); null if not a number. */
function canonicalDigits(text: string): string | null {
  const lastComma = text.lastIndexOf(',');
  const lastDot = text.lastIndexOf('.');
  let digits = text;
  if (lastComma >= 0 && lastDot >= 0) {
    const decimal = lastComma > lastDot ? ',' : '.';
    const thousands = decimal === ',' ? '.' : ',';
    const [whole = '', fraction, ...rest] = text.split(decimal);
    if (rest.length > 0 || !isGrouped(whole, thousands)) return null;
    digits = `${whole.split(thousands).join('')}.${fraction ?? ''}`;
  } else {
    const separator = lastComma >= 0 ? ',' : lastDot >= 0 ? '.' : null;
    if (separator) {
      const parts = text.split(separator);
      if (parts.length > 2) {
        if (!isGrouped(text, separator)) return null;
        digits = parts.join('');
      } else {
        digits = parts.join('.');
      }
    }
  }
  return /^(\d+(\.\d*)?|\.\d+)$/.test(digits) ? digits : null;
}

/** "1.250.000" with `.` as the thousands separator: groups of exactly three after the first. */
function isGrouped(whole: string, separator: string): boolean {
  const groups = whole.split(separator);
  if (groups.length === 1) return /^\d+$/.test(whole);
  return /^\d{1,3}$/.test(groups[0] ?? '') && groups.slice(1).every((g) => /^\d{3}$/.test(g));
}

/** The typed number, possibly negative; null when the text is not a number. */
export function parseDecimal(input: string): number | null {
  let text = stripDecoration(input);
  if (text === '') return null;
  const sign = text.startsWith('-') ? -1 : 1;
  if (sign < 0) text = text.slice(1);
  const digits = canonicalDigits(text);
  return digits === null ? null : sign * Number(digits);
}

/**
 * "€ 1.250,5" → "1250.5" as text, so money can be read exactly from the digits, never through
 * floats; null when the text is not a non-negative number.
 */
export function normaliseDecimal(input: string): string | null {
  const text = stripDecoration(input);
  if (text === '') return null;
  const digits = canonicalDigits(text);
  if (digits === null) return null;
  return digits.endsWith('.') ? digits.slice(0, -1) : digits;
}
