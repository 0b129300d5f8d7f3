import type { Locale } from '../schemas/common.ts';
import { divRound } from '../delegation/money.ts';

/**
 * Formatting at the edge: everywhere else money travels as cents, time as minutes and dates as
 * UTC ISO strings (docs/architecture.md); here they go in and text comes out, through Intl only.
 * Shared by the client and the e-mails, so both show the same thing.
 *
 * Decisions:
 * - Money shows cents by default ("€ 1.234,50", "€ 1.234,00"), so the task amounts visibly add
 *   up to the totals. `{ wholeEuros: true }` rounds half away from zero for headlines.
 * - Amounts reach Intl as exact decimal strings built from integers, never as cents / 100.
 * - Hours: minutes / 60 with at most one decimal, rounded half up ("12,5 uur", "1 hour").
 * - Dates show in Europe/Amsterdam (the VA's time zone) unless a timeZone is given, so an
 *   e-mail rendered on a UTC server shows the same day as the browser in the Netherlands.
 */

export const INTL_LOCALES = { nl: 'nl-NL', en: 'en-GB' } as const satisfies Record<Locale, string>;
export const DEFAULT_TIME_ZONE = 'Europe/Amsterdam';

export function toIntlLocale(locale: Locale): string {
  return INTL_LOCALES[locale];
}

const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n|${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(toIntlLocale(locale), options);
    formatters.set(key, formatter);
  }
  return formatter as Intl.NumberFormat;
}

function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(toIntlLocale(locale), options);
    formatters.set(key, formatter);
  }
  return formatter as Intl.DateTimeFormat;
}

function assertSafeInteger(value: number, name: string): void {
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`${name} must be a safe integer, got ${String(value)}`);
  }
}

/**
 * Intl.NumberFormat reads a string as an exact decimal; the cast is for TypeScript's lib,
 * which (in 5.9) only lists number | bigint.
 */
const decimal = (text: string): number => text as unknown as number;

export type FormatCentsOptions = {
  /** Round to whole euros (half away from zero) and show no decimals. */
  wholeEuros?: boolean;
};

/** 123450 → "€ 1.234,50" (nl) / "€1,234.50" (en). Negative amounts are allowed. */
export function formatCents(cents: number, locale: Locale, options: FormatCentsOptions = {}): string {
  assertSafeInteger(cents, 'cents');
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  if (options.wholeEuros) {
    const euros = divRound(abs, 100);
    return numberFormat(locale, {
      style: 'currency',
      currency: 'EUR',
      minimumFractionDigits: 0,
      maximumFractionDigits: 0,
    }).format(decimal(`${euros === 0 ? '' : sign}${euros}`));
  }
  const euros = (abs - (abs % 100)) / 100;
  const rest = String(abs % 100).padStart(2, '0');
  return numberFormat(locale, {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(decimal(`${sign}${euros}.${rest}`));
}

/** 1234 → "1.234" (nl) / "1,234" (en): a count, grouped as the locale groups it. */
export function formatNumber(value: number, locale: Locale): string {
  return numberFormat(locale, {}).format(value);
}

/** 750 minutes → "12,5 uur" (nl) / "12.5 hours" (en); at most one decimal, rounded half up. */
export function formatHours(minutes: number, locale: Locale): string {
  assertSafeInteger(minutes, 'minutes');
  if (minutes < 0) throw new RangeError(`minutes must not be negative, got ${minutes}`);
  const tenths = divRound(minutes, 6); // minutes / 60 × 10
  const whole = (tenths - (tenths % 10)) / 10;
  return numberFormat(locale, {
    style: 'unit',
    unit: 'hour',
    unitDisplay: 'long',
    maximumFractionDigits: 1,
  }).format(decimal(`${whole}.${tenths % 10}`));
}

export type FormatDateOptions = {
  /** IANA time zone; defaults to Europe/Amsterdam. */
  timeZone?: string;
};

function parseIso(isoString: string): Date {
  const date = new Date(isoString);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a valid date: "${isoString}"`);
  return date;
}

/** "2026-11-03T10:00:00.000Z" → "3 november 2026" (nl) / "3 November 2026" (en). */
export function formatDate(isoString: string, locale: Locale, options: FormatDateOptions = {}): string {
  return dateFormat(locale, {
    dateStyle: 'long',
    timeZone: options.timeZone ?? DEFAULT_TIME_ZONE,
  }).format(parseIso(isoString));
}

/** "2026-11-03T10:00:00.000Z" → "11:00" (nl, en): the time of day only. */
export function formatTime(isoString: string, locale: Locale, options: FormatDateOptions = {}): string {
  return dateFormat(locale, {
    timeStyle: 'short',
    timeZone: options.timeZone ?? DEFAULT_TIME_ZONE,
  }).format(parseIso(isoString));
}

/** "2026-11-03T10:00:00.000Z" → "3 nov 2026, 11:00" (nl) / "3 Nov 2026, 11:00" (en). */
export function formatDateTime(
  isoString: string,
  locale: Locale,
  options: FormatDateOptions = {},
): string {
  return dateFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: options.timeZone ?? DEFAULT_TIME_ZONE,
  }).format(parseIso(isoString));
}

// Made once per locale: a new Intl.ListFormat per call cost ~2 % of a submit's CPU (the e-mails
// list the first tasks).
const listFormats = new Map<Locale, Intl.ListFormat>();

/** ["a", "b", "c"] → "a, b en c" (nl) / "a, b and c" (en). */
export function formatList(items: readonly string[], locale: Locale): string {
  let formatter = listFormats.get(locale);
  if (!formatter) {
    formatter = new Intl.ListFormat(toIntlLocale(locale), { style: 'long', type: 'conjunction' });
    listFormats.set(locale, formatter);
  }
  return formatter.format(items);
}
