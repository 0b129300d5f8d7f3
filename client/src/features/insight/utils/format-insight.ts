import { formatNumber, toIntlLocale } from '#shared/format/format.ts';
import type { Locale } from '#shared/schemas/common.ts';

/** 1234 → "1.234" (nl) / "1,234" (en). */
export function formatCount(count: number, locale: Locale): string {
  return formatNumber(count, locale);
}

/**
 * A calendar day (YYYY-MM-DD) as words: "3 november 2026" (long) or "3 nov" (short). The day
 * is already a Dutch calendar day, so it is formatted as it stands (in UTC, no shifting).
 */
export function formatDay(day: string, locale: Locale, style: 'long' | 'short' = 'long'): string {
  const options: Intl.DateTimeFormatOptions =
    style === 'long' ? { dateStyle: 'long', timeZone: 'UTC' } : { day: 'numeric', month: 'short', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(toIntlLocale(locale), options).format(new Date(`${day}T00:00:00Z`));
}
