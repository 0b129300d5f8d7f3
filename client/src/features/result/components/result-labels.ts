import { m } from '../../../paraglide/messages.js';
import type { Locale, LocalizedText } from '#shared/schemas/common.ts';
import { formatHours } from '#shared/format/format.ts';
import type { Bucket, Offer, Reason } from '#shared/schemas/result.ts';
import type { ReasonV1 } from '#shared/schemas/result-v1.ts';
import type { START_PREFERENCES } from '#shared/schemas/intake.ts';

/**
 * The result's words: bucket names, reason codes and start preferences as translated text.
 * Call these during render, in a component that calls useLocale(), so a language switch shows.
 */

/** The snapshot carries every catalogue and VA text in both languages: pick the UI's. */
export function localized(text: LocalizedText, locale: Locale): string {
  return text[locale];
}

export function bucketTitle(bucket: Bucket): string {
  switch (bucket) {
    case 'now':
      return m.result_bucket_now_title();
    case 'after-onboarding':
      return m.result_bucket_after_onboarding_title();
    case 'consider':
      return m.result_bucket_consider_title();
    case 'keep':
      return m.result_bucket_keep_title();
  }
}

export function bucketDescription(bucket: Bucket): string {
  switch (bucket) {
    case 'now':
      return m.result_bucket_now_description();
    case 'after-onboarding':
      return m.result_bucket_after_onboarding_description();
    case 'consider':
      return m.result_bucket_consider_description();
    case 'keep':
      return m.result_bucket_keep_description();
  }
}

const reasonMessages: Record<Reason | ReasonV1, () => string> = {
  'highly-delegable': () => m.result_reason_highly_delegable(),
  'hard-to-delegate': () => m.result_reason_hard_to_delegate(),
  drains: () => m.result_reason_drains(),
  enjoys: () => m.result_reason_enjoys(),
  'others-better': () => m.result_reason_others_better(),
  'great-at-it': () => m.result_reason_great_at_it(),
  'needs-owner': () => m.result_reason_needs_owner(),
  'needs-instruction': () => m.result_reason_needs_instruction(),
  sensitive: () => m.result_reason_sensitive(),
  'own-task': () => m.result_reason_own_task(),
  'owner-approves': () => m.result_reason_owner_approves(),
  guarded: () => m.result_reason_guarded(),
};

export function reasonText(reason: Reason | ReasonV1): string {
  return reasonMessages[reason]();
}

const preferenceMessages: Record<(typeof START_PREFERENCES)[number], () => string> = {
  'trial-task': () => m.result_start_pref_trial_task(),
  'monthly-hours': () => m.result_start_pref_monthly_hours(),
  'prepaid-bundle': () => m.result_start_pref_prepaid_bundle(),
  unsure: () => m.result_start_pref_unsure(),
};

export function startPreferenceText(preference: (typeof START_PREFERENCES)[number]): string {
  return preferenceMessages[preference]();
}

export function bucketEmptyText(bucket: Bucket): string {
  switch (bucket) {
    case 'now':
      return m.result_bucket_now_empty();
    case 'after-onboarding':
      return m.result_bucket_after_onboarding_empty();
    case 'consider':
      return m.result_bucket_consider_empty();
    case 'keep':
      return m.result_bucket_keep_empty();
  }
}

/** "Urenbundel van 10 uur", "Pakket van 8 uur per maand", …: an offer in a few words. */
export function offerLabel(offer: Offer | null, locale: Locale): string {
  if (!offer) return m.result_offer_none();
  switch (offer.kind) {
    case 'trial-task':
      return m.result_offer_trial({ hours: formatHours(offer.trialTask.hours * 60, locale) });
    case 'prepaid-bundle':
      return m.result_offer_bundle({ hours: formatHours(offer.bundle.hours * 60, locale) });
    case 'monthly-package':
      return m.result_offer_package({ hours: formatHours(offer.package.hoursPerMonth * 60, locale) });
  }
}
