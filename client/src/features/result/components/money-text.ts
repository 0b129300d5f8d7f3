import { formatCents } from '#shared/format/format.ts';
import type { Locale } from '#shared/schemas/common.ts';

/** Exact cents, with a real minus sign glued to the amount (a line never breaks between them). */
export function signedEuros(cents: number, locale: Locale): string {
  return formatCents(cents, locale).replace('-', '\u2212\u2060');
}
