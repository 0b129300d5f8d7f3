/**
 * Reads a number the way people type it, in Dutch or English: "12", "1,5", "1.5", "82,50",
 * "€ 1.250,00", "1,250.00". Returns null when the text is not a number.
 *
 * One separator on its own is the decimal separator ("1,5" and "1.5" are both one and a
 * half), except for clear thousands groups ("1.250" or "1,250" with more than one group, or
 * together with the other separator).
 */
export function parseDecimal(input: string): number | null {
  let text = input.trim().replace(/^€/, '').replace(/[\s\u00a0]/g, '');
  if (text === '') return null;
  const sign = text.startsWith('-') ? -1 : 1;
  if (sign < 0) text = text.slice(1);

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
  return sign * Number(text);
}

/** "1.250.000" with `.` as the thousands separator: groups of exactly three after the first. */
function isGrouped(whole: string, separator: string): boolean {
  const groups = whole.split(separator);
  if (groups.length === 1) return /^\d+$/.test(whole);
  return /^\d{1,3}$/.test(groups[0] ?? '') && groups.slice(1).every((g) => /^\d{3}$/.test(g));
}

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
