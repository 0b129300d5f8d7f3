import { m } from '../../../paraglide/messages.js';
import type { Locale, LocalizedText } from '#shared/schemas/common.ts';
import type { Bucket, Reason } from '#shared/schemas/result.ts';
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

const reasonMessages: Record<Reason, () => string> = {
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
};

export function reasonText(reason: Reason): string {
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
