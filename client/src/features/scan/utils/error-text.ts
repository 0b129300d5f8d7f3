import { m } from '../../../paraglide/messages.js';
import { getLocale } from '../../../paraglide/runtime.js';
import type { FieldErrorCode } from './validation.ts';

/**
 * A field error code → the sentence in the current language. Call during render in a
 * component that calls useLocale(), so messages already on screen follow a language switch.
 */
export function fieldErrorText(error: FieldErrorCode): string {
  switch (error.code) {
    case 'required':
      return m.scan_error_required();
    case 'choose':
      return m.scan_error_choose();
    case 'number':
      return error.kind === 'whole'
        ? m.scan_error_number_whole()
        : error.kind === 'euros'
          ? m.scan_error_number_euros()
          : m.scan_error_number_hours();
    case 'whole-range':
      return m.scan_error_whole_range({ min: formatNumber(error.min), max: formatNumber(error.max) });
    case 'hours-range':
      return m.scan_error_hours_range({
        min: formatNumber(error.minMinutes / 60),
        max: formatNumber(error.maxMinutes / 60),
      });
    case 'rate-range':
      return m.scan_error_rate_range({ min: formatEuros(error.minCents), max: formatEuros(error.maxCents) });
    case 'too-long':
      return m.scan_error_too_long({ max: formatNumber(error.max) });
    case 'too-short':
      return m.scan_error_too_short({ min: formatNumber(error.min) });
    case 'email':
      return m.scan_error_email();
    case 'phone':
      return m.scan_error_phone();
    case 'privacy':
      return m.scan_error_privacy();
    case 'channels':
      return m.scan_error_channels();
    case 'pick-task':
      return m.scan_error_pick_task();
    case 'total-hours':
      return m.scan_error_total_hours({ max: formatNumber(error.maxMinutes / 60) });
    case 'invalid':
      return m.scan_error_invalid();
  }
}

function intlLocale(): string {
  return getLocale() === 'nl' ? 'nl-NL' : 'en-GB';
}

function formatNumber(value: number): string {
  return new Intl.NumberFormat(intlLocale(), { maximumFractionDigits: 2 }).format(value);
}

function formatEuros(cents: number): string {
  return new Intl.NumberFormat(intlLocale(), {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: cents % 100 === 0 ? 0 : 2,
    minimumFractionDigits: cents % 100 === 0 ? 0 : 2,
  }).format(cents / 100);
}
