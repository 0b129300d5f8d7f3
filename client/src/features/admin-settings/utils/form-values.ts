import { z } from 'zod';
import { Concern } from '#shared/delegation/va-settings.ts';
import type { Locale } from '#shared/schemas/common.ts';
import type { VaSettings } from '#shared/schemas/admin-settings.ts';
import { centsToEuroText, eurosToCents, toNumber } from './parse-number.ts';

/**
 * What the settings form holds while the VA edits: text as typed (euros with a decimal comma,
 * hours as text) and '' for "no booking link". `toSettingsInput` turns it into the shape of the
 * shared VaSettingsInput, which is what is validated (validation.ts) and sent.
 */

const text = z.string();
const LocalizedTextValues = z.object({ nl: text, en: text });
export type LocalizedTextValues = z.infer<typeof LocalizedTextValues>;

export const PackageFormValues = z.object({
  /** Hours a month as typed, e.g. "16". */
  hours: text,
  /** The monthly price in euros as typed, e.g. "740" or "740,00". */
  price: text,
});
export type PackageFormValues = z.infer<typeof PackageFormValues>;

export const BundleFormValues = z.object({
  hours: text,
  price: text,
  validMonths: text,
});
export type BundleFormValues = z.infer<typeof BundleFormValues>;

/** Mirrors VaOffersInput's paths (offers.trialTask.hours, offers.prepaidBundles.0.price), amounts as typed. */
export const OffersFormValues = z.object({
  /** Off = she offers no trial task (sent as null); the fields keep what she typed. */
  trialEnabled: z.boolean(),
  trialTask: z.object({ description: LocalizedTextValues, hours: text, price: text }),
  prepaidBundles: z.array(BundleFormValues),
});
export type OffersFormValues = z.infer<typeof OffersFormValues>;

export const TrustTextFormValues = z.object({
  title: LocalizedTextValues,
  steps: z.array(LocalizedTextValues),
});
export type TrustTextFormValues = z.infer<typeof TrustTextFormValues>;

export const SettingsFormValues = z.object({
  vaName: text,
  replyEmail: text,
  /** '' = no booking link. */
  bookingUrl: text,
  emailSignature: text,
  /** The logo as a data: URL, read in the browser from the chosen file; null = no logo. */
  logoDataUrl: z.string().nullable(),
  brandColor: text,
  /** Euros as typed, e.g. "47,50". */
  hourlyRate: text,
  packages: z.array(PackageFormValues),
  offers: OffersFormValues,
  /** Percent as typed, e.g. "10". */
  briefingSharePercent: text,
  // One key per concern. Not z.record: the scan's bundle holds zod, and ZodRecord would join it
  // there for the back office's sake (see shared/schemas/admin-intakes.ts).
  trustTexts: z.object(
    Object.fromEntries(Concern.options.map((concern) => [concern, TrustTextFormValues])) as Record<
      Concern,
      typeof TrustTextFormValues
    >,
  ),
  /** One row per site, as typed (useFieldArray needs objects, not strings). */
  embedOrigins: z.array(z.object({ origin: text })),
  /** Months as typed, e.g. "12". */
  retentionMonths: text,
});
export type SettingsFormValues = z.infer<typeof SettingsFormValues>;

export function emptyPackage(): PackageFormValues {
  return { hours: '', price: '' };
}

export function emptyBundle(): BundleFormValues {
  return { hours: '', price: '', validMonths: '' };
}

export function emptyStep(): LocalizedTextValues {
  return { nl: '', en: '' };
}

export function emptyEmbedOrigin(): { origin: string } {
  return { origin: '' };
}

/** Saved settings → what the inputs show; amounts written the way the VA reads them. */
export function toFormValues(settings: VaSettings, locale: Locale): SettingsFormValues {
  return {
    vaName: settings.vaName,
    replyEmail: settings.replyEmail,
    bookingUrl: settings.bookingUrl ?? '',
    emailSignature: settings.emailSignature,
    logoDataUrl: settings.logoDataUrl,
    brandColor: settings.brandColor,
    hourlyRate: centsToEuroText(settings.hourlyRateCents, locale),
    packages: settings.packages.map((pkg) => ({
      hours: String(pkg.hoursPerMonth),
      price: centsToEuroText(pkg.priceCents, locale),
    })),
    offers: {
      trialEnabled: settings.offers.trialTask !== null,
      trialTask: settings.offers.trialTask
        ? {
            description: { ...settings.offers.trialTask.description },
            hours: String(settings.offers.trialTask.hours),
            price: centsToEuroText(settings.offers.trialTask.priceCents, locale),
          }
        : { description: { nl: '', en: '' }, hours: '', price: '' },
      prepaidBundles: settings.offers.prepaidBundles.map((bundle) => ({
        hours: String(bundle.hours),
        price: centsToEuroText(bundle.priceCents, locale),
        validMonths: String(bundle.validMonths),
      })),
    },
    briefingSharePercent: String(settings.briefingSharePercent),
    trustTexts: Object.fromEntries(
      Concern.options.map((concern) => {
        const { title, steps } = settings.trustTexts[concern];
        return [concern, { title: { ...title }, steps: steps.map((step) => ({ ...step })) }];
      }),
    ) as SettingsFormValues['trustTexts'],
    embedOrigins: settings.embedOrigins.map((origin) => ({ origin })),
    retentionMonths: String(settings.retentionMonths),
  };
}

/**
 * Form values → the shape of VaSettingsInput: euros become cents, hours a number, '' no link.
 * Not trusted yet: the shared schema checks it (and trims, lower-cases and sorts).
 */
export function toSettingsInput(values: SettingsFormValues) {
  return {
    vaName: values.vaName,
    logoDataUrl: values.logoDataUrl,
    brandColor: values.brandColor,
    hourlyRateCents: eurosToCents(values.hourlyRate),
    packages: values.packages.map((pkg) => ({
      hoursPerMonth: toNumber(pkg.hours),
      priceCents: eurosToCents(pkg.price),
    })),
    offers: {
      trialTask: values.offers.trialEnabled
        ? {
            description: values.offers.trialTask.description,
            hours: toNumber(values.offers.trialTask.hours),
            priceCents: eurosToCents(values.offers.trialTask.price),
          }
        : null,
      prepaidBundles: values.offers.prepaidBundles.map((bundle) => ({
        hours: toNumber(bundle.hours),
        priceCents: eurosToCents(bundle.price),
        validMonths: toNumber(bundle.validMonths),
      })),
    },
    briefingSharePercent: toNumber(values.briefingSharePercent),
    bookingUrl: values.bookingUrl.trim() === '' ? null : values.bookingUrl,
    replyEmail: values.replyEmail.trim(),
    emailSignature: values.emailSignature,
    trustTexts: values.trustTexts,
    embedOrigins: values.embedOrigins.map((row) => row.origin),
    retentionMonths: toNumber(values.retentionMonths),
  };
}
