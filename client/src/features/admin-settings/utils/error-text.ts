import { formatContrastRatio, MIN_TEXT_CONTRAST } from '#shared/branding/contrast.ts';
import type { Locale } from '#shared/schemas/common.ts';
import { formatCents } from '#shared/format/format.ts';
import { m } from '../../../paraglide/messages.js';
import type { SettingsErrorCode } from './validation.ts';

/** "4.5:1" → "4,5:1" in Dutch. */
export function formatRatio(ratio: number, locale: Locale): string {
  const text = formatContrastRatio(ratio);
  return locale === 'nl' ? text.replace('.', ',') : text;
}

export function formatMinimumRatio(locale: Locale): string {
  const text = `${MIN_TEXT_CONTRAST}:1`;
  return locale === 'nl' ? text.replace('.', ',') : text;
}

/**
 * A field error code → the sentence in the current language. Call during render in a component
 * that calls useLocale(), so messages already on screen follow a language switch.
 */
export function fieldErrorText(error: SettingsErrorCode, locale: Locale): string {
  switch (error.code) {
    case 'required':
      return m.adminsettings_error_required();
    case 'too-long':
      return m.adminsettings_error_too_long({ max: error.max });
    case 'email':
      return m.adminsettings_error_email();
    case 'booking-url':
      return m.adminsettings_error_booking_url();
    case 'plain-text':
      return m.adminsettings_error_plain_text();
    case 'colour-format':
      return m.adminsettings_error_colour_format();
    case 'contrast':
      return m.adminsettings_error_contrast();
    case 'number':
      return m.adminsettings_error_number();
    case 'amount':
      return m.adminsettings_error_amount();
    case 'rate-range':
      return m.adminsettings_error_rate_range({
        min: formatCents(error.minCents, locale, { wholeEuros: true }),
        max: formatCents(error.maxCents, locale, { wholeEuros: true }),
      });
    case 'hours-range':
      return m.adminsettings_error_hours_range({ min: error.min, max: error.max });
    case 'duplicate-hours':
      return m.adminsettings_error_duplicate_hours({ hours: error.hours });
    case 'price-range':
      return m.adminsettings_error_price_range({ max: formatCents(error.maxCents, locale, { wholeEuros: true }) });
    case 'packages-count':
      return m.adminsettings_error_packages_count({ max: error.max });
    case 'bundles-count':
      return m.adminsettings_error_bundles_count({ max: error.max });
    case 'percent-range':
      return m.adminsettings_error_percent_range({ min: error.min, max: error.max });
    case 'steps-count':
      return m.adminsettings_error_steps_count({ max: error.max });
    case 'logo-too-large':
      return m.adminsettings_error_logo_too_large({ max: error.maxKb });
    case 'logo-type':
      return m.adminsettings_error_logo_type();
    case 'logo-invalid':
      return m.adminsettings_error_logo_invalid();
    case 'origin-format':
      return m.adminsettings_error_origin_format();
    case 'origin-path':
      return m.adminsettings_error_origin_path();
    case 'origin-https':
      return m.adminsettings_error_origin_https();
    case 'origin-duplicate':
      return m.adminsettings_error_origin_duplicate({ origin: error.origin });
    case 'origins-count':
      return m.adminsettings_error_origins_count({ max: error.max });
    case 'months-range':
      return m.adminsettings_error_months_range({ min: error.min, max: error.max });
    case 'invalid':
      return m.adminsettings_error_invalid();
  }
}
