import { z } from 'zod';
import { isHexColour } from '#shared/branding/contrast.ts';
import {
  checkEmbedOrigin,
  LOGO_IMAGE_TYPES,
  LogoDataUrl,
  MAX_LOGO_BYTES,
  MAX_BRIEFING_SHARE_PERCENT,
  MAX_BUNDLE_HOURS,
  MAX_BUNDLE_VALID_MONTHS,
  MAX_BUNDLES,
  MAX_EMBED_ORIGINS,
  MAX_TRIAL_HOURS,
  MAX_PACKAGE_HOURS,
  MAX_PACKAGE_PRICE_CENTS,
  MAX_PACKAGES,
  MAX_RETENTION_MONTHS,
  MAX_VA_RATE_CENTS,
  MIN_RETENTION_MONTHS,
  MIN_VA_RATE_CENTS,
  VaSettingsInput,
} from '#shared/schemas/admin-settings.ts';
import { MAX_TRUST_STEPS } from '#shared/delegation/va-settings.ts';
import type { ServerErrorOptions } from '../../../lib/form-errors.ts';
import { SettingsFormValues, toSettingsInput, type SettingsFormValues as FormValues } from './form-values.ts';
import { eurosToCents, isNumberText, toNumber } from './parse-number.ts';

/**
 * Validation of the settings is the shared schema's (VaSettingsInput), run on the converted form
 * values. This file turns its issues into a code per form field ("packages.1.price"), which the
 * UI translates at render time (error-text.ts), so a language switch also switches the messages.
 */

export type SettingsErrorCode =
  | { code: 'required' }
  | { code: 'too-long'; max: number }
  | { code: 'email' }
  | { code: 'booking-url' }
  | { code: 'plain-text' }
  | { code: 'colour-format' }
  | { code: 'contrast' }
  | { code: 'number' }
  | { code: 'amount' }
  | { code: 'rate-range'; minCents: number; maxCents: number }
  | { code: 'hours-range'; min: number; max: number }
  | { code: 'duplicate-hours'; hours: number }
  | { code: 'price-range'; maxCents: number }
  | { code: 'packages-count'; max: number }
  | { code: 'bundles-count'; max: number }
  | { code: 'percent-range'; min: number; max: number }
  | { code: 'steps-count'; max: number }
  | { code: 'logo-too-large'; maxKb: number }
  | { code: 'logo-type' }
  | { code: 'logo-invalid' }
  | { code: 'origin-format' }
  | { code: 'origin-path' }
  | { code: 'origin-https' }
  | { code: 'origin-duplicate'; origin: string }
  | { code: 'origins-count'; max: number }
  | { code: 'months-range'; min: number; max: number }
  | { code: 'invalid' };

export type FieldProblem = { path: string; error: SettingsErrorCode };

/** API fields whose form field has another name (the form holds euros and hours as typed). */
const FORM_FIELD_FOR: Record<string, string> = {
  hourlyRateCents: 'hourlyRate',
  hoursPerMonth: 'hours',
  priceCents: 'price',
};

/** An API path (["packages", 0, "priceCents"] or "packages.0.priceCents") → the form path. */
export function toFormPath(path: readonly PropertyKey[] | string): string {
  const segments = typeof path === 'string' ? path.split('.') : path.map(String);
  // The form keeps each site in a row object: "embedOrigins.2" is the row's "embedOrigins.2.origin".
  if (segments[0] === 'embedOrigins' && segments.length === 2) return `${segments.join('.')}.origin`;
  return segments.map((segment, i) => (i === segments.length - 1 ? (FORM_FIELD_FOR[segment] ?? segment) : segment)).join('.');
}

function getIn(values: unknown, path: string): unknown {
  let current: unknown = values;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

const isBlank = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
const tooLong = (issue: z.core.$ZodIssue): SettingsErrorCode | null =>
  issue.code === 'too_big' && issue.origin === 'string' ? { code: 'too-long', max: Number(issue.maximum) } : null;

/** Why a logo data: URL is refused, judged from the URL itself (the schema's words are English). */
export function logoProblem(dataUrl: string): SettingsErrorCode | null {
  if (LogoDataUrl.safeParse(dataUrl).success) return null;
  const type = /^data:([^;,]+)/i.exec(dataUrl)?.[1]?.toLowerCase() ?? '';
  if (!(LOGO_IMAGE_TYPES as readonly string[]).includes(type)) return { code: 'logo-type' };
  const base64 = dataUrl.slice(dataUrl.indexOf(',') + 1);
  if ((base64.length / 4) * 3 > MAX_LOGO_BYTES + 2) return { code: 'logo-too-large', maxKb: MAX_LOGO_BYTES / 1024 };
  return { code: 'logo-invalid' };
}

function amountProblem(raw: unknown): SettingsErrorCode | null {
  if (isBlank(raw)) return { code: 'required' };
  if (typeof raw !== 'string' || !isNumberText(raw)) return { code: 'number' };
  if (Number.isNaN(eurosToCents(raw))) return { code: 'amount' };
  return null;
}

function wholeNumberProblem(raw: unknown): SettingsErrorCode | null {
  if (isBlank(raw)) return { code: 'required' };
  if (typeof raw !== 'string' || !isNumberText(raw)) return { code: 'number' };
  return null;
}

/** Why a typed site is refused, judged from the text itself; an origin that reads well was a repeat. */
function embedOriginProblem(raw: unknown): SettingsErrorCode {
  if (typeof raw !== 'string' || isBlank(raw)) return { code: 'required' };
  const checked = checkEmbedOrigin(raw.trim());
  if (checked.ok) return { code: 'origin-duplicate', origin: checked.origin };
  return { code: `origin-${checked.problem}` };
}

/** One schema issue on one form field → what to tell the VA. */
export function describeIssue(formPath: string, issue: z.core.$ZodIssue, raw: unknown): SettingsErrorCode {
  const segments = formPath.split('.');
  const field = segments[segments.length - 1] ?? '';
  if (segments[0] === 'packages' && segments.length === 1) return { code: 'packages-count', max: MAX_PACKAGES };
  if (segments[0] === 'packages' && field === 'hours') {
    return (
      wholeNumberProblem(raw) ??
      (issue.code === 'custom' && typeof raw === 'string'
        ? { code: 'duplicate-hours', hours: toNumber(raw) }
        : { code: 'hours-range', min: 1, max: MAX_PACKAGE_HOURS })
    );
  }
  if (segments[0] === 'packages' && field === 'price') {
    return amountProblem(raw) ?? { code: 'price-range', maxCents: MAX_PACKAGE_PRICE_CENTS };
  }
  if (segments[0] === 'offers') return offerIssue(segments, issue, raw);
  if (segments[0] === 'embedOrigins') {
    return segments.length === 1 ? { code: 'origins-count', max: MAX_EMBED_ORIGINS } : embedOriginProblem(raw);
  }
  if (segments[0] === 'trustTexts') {
    if (field === 'steps') return { code: 'steps-count', max: MAX_TRUST_STEPS };
    if (isBlank(raw)) return { code: 'required' };
    return tooLong(issue) ?? { code: 'invalid' };
  }
  switch (field) {
    case 'vaName':
      return isBlank(raw) ? { code: 'required' } : (tooLong(issue) ?? { code: 'invalid' });
    case 'replyEmail':
      return isBlank(raw) ? { code: 'required' } : (tooLong(issue) ?? { code: 'email' });
    case 'bookingUrl':
      return tooLong(issue) ?? { code: 'booking-url' };
    case 'emailSignature':
      return tooLong(issue) ?? { code: 'plain-text' };
    case 'logoDataUrl':
      return typeof raw === 'string' ? (logoProblem(raw) ?? { code: 'invalid' }) : { code: 'invalid' };
    case 'brandColor': {
      const colour = typeof raw === 'string' ? raw.trim().toLowerCase() : '';
      if (colour === '') return { code: 'required' };
      if (!isHexColour(colour)) return { code: 'colour-format' };
      return { code: 'contrast' };
    }
    case 'hourlyRate':
      return amountProblem(raw) ?? { code: 'rate-range', minCents: MIN_VA_RATE_CENTS, maxCents: MAX_VA_RATE_CENTS };
    case 'briefingSharePercent':
      return wholeNumberProblem(raw) ?? { code: 'percent-range', min: 0, max: MAX_BRIEFING_SHARE_PERCENT };
    case 'retentionMonths':
      return wholeNumberProblem(raw) ?? { code: 'months-range', min: MIN_RETENTION_MONTHS, max: MAX_RETENTION_MONTHS };
  }
  return { code: 'invalid' };
}

/** An issue under offers.trialTask or offers.prepaidBundles (form path, same shape). */
function offerIssue(segments: string[], issue: z.core.$ZodIssue, raw: unknown): SettingsErrorCode {
  const field = segments[segments.length - 1] ?? '';
  if (segments[1] === 'prepaidBundles' && segments.length === 2) return { code: 'bundles-count', max: MAX_BUNDLES };
  if (segments[2] === 'description') return isBlank(raw) ? { code: 'required' } : (tooLong(issue) ?? { code: 'invalid' });
  if (field === 'price') return amountProblem(raw) ?? { code: 'price-range', maxCents: MAX_PACKAGE_PRICE_CENTS };
  if (field === 'validMonths') return wholeNumberProblem(raw) ?? { code: 'months-range', min: 1, max: MAX_BUNDLE_VALID_MONTHS };
  if (field === 'hours') {
    const max = segments[1] === 'trialTask' ? MAX_TRIAL_HOURS : MAX_BUNDLE_HOURS;
    return (
      wholeNumberProblem(raw) ??
      (issue.code === 'custom' && typeof raw === 'string'
        ? { code: 'duplicate-hours', hours: toNumber(raw) }
        : { code: 'hours-range', min: 1, max })
    );
  }
  return { code: 'invalid' };
}

type SettingsCheck =
  | { success: true; data: VaSettingsInput }
  | { success: false; problems: FieldProblem[] };

/** The form values, converted and checked by the shared schema; one problem per field (the first wins). */
function checkSettings(values: FormValues): SettingsCheck {
  const result = VaSettingsInput.safeParse(toSettingsInput(values));
  if (result.success) return { success: true, data: result.data };
  const problems = new Map<string, FieldProblem>();
  for (const issue of result.error.issues) {
    const path = toFormPath(issue.path);
    if (!problems.has(path)) problems.set(path, { path, error: describeIssue(path, issue, getIn(values, path)) });
  }
  return { success: false, problems: [...problems.values()] };
}

/**
 * react-hook-form keeps an error's message as a string. Ours is the code as JSON, turned into
 * words at render time (error-text.ts), in the language shown then.
 */
export function encodeFieldError(error: SettingsErrorCode): string {
  return JSON.stringify(error);
}

export function decodeFieldError(message: string): SettingsErrorCode {
  try {
    const error: unknown = JSON.parse(message);
    if (error !== null && typeof error === 'object' && 'code' in error) return error as SettingsErrorCode;
  } catch {
    // Not one of ours (zod's own words): fall through to the generic message.
  }
  return { code: 'invalid' };
}

/**
 * The schema the form validates with (zodResolver): the form values as typed, turned into
 * VaSettingsInput and checked by the shared schema, whose output (trimmed, sorted) is what the
 * form submits. Each problem comes out on the form field it belongs to.
 */
export const SettingsForm = SettingsFormValues.transform((values, ctx) => {
  const checked = checkSettings(values);
  if (checked.success) return checked.data;
  for (const { path, error } of checked.problems) {
    ctx.addIssue({ code: 'custom', path: path.split('.'), message: encodeFieldError(error) });
  }
  return z.NEVER;
});

/**
 * How the server's 422 issues land on the form (showServerErrors). `sent` is the body that was
 * sent: the shared schema sorts the packages by hours, so the server's "packages.0" is found back
 * by its hours. The server's own words are English and technical, so each gets our message for
 * that field where the form's own check knows one.
 */
export function settingsServerErrors(values: FormValues, sent: VaSettingsInput): ServerErrorOptions<FormValues> {
  const local = checkSettings(values);
  const localProblems = local.success ? [] : local.problems;
  return {
    field: (apiPath) => {
      const segments = apiPath.split('.');
      if (segments[0] === 'packages' && segments[1] !== undefined) {
        const hours = sent.packages[Number(segments[1])]?.hoursPerMonth;
        const formIndex = values.packages.findIndex((pkg) => toNumber(pkg.hours) === hours);
        if (formIndex >= 0) segments[1] = String(formIndex);
      }
      // Bundles are sorted by hours too.
      if (segments[0] === 'offers' && segments[1] === 'prepaidBundles' && segments[2] !== undefined) {
        const hours = sent.offers.prepaidBundles[Number(segments[2])]?.hours;
        const formIndex = values.offers.prepaidBundles.findIndex((bundle) => toNumber(bundle.hours) === hours);
        if (formIndex >= 0) segments[2] = String(formIndex);
      }
      return toFormPath(segments);
    },
    message: (_issue, path) => encodeFieldError(localProblems.find((p) => p.path === path)?.error ?? { code: 'invalid' }),
  };
}
