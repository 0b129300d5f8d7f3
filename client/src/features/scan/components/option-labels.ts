import { m } from '../../../paraglide/messages.js';
import type { BUSINESS_KINDS, DELEGATION_EXPERIENCE, PAIN_POINTS, VAT_STATUSES } from '#shared/schemas/intake-choices.ts';
import type { StepKey } from '../utils/form-values.ts';

/**
 * The scan's answer options in words. Typed as complete records: a new enum value in the
 * shared schema is a type error here until it has a label. Call during render. Here step 1's
 * (the first load); steps 2-4's are in later-option-labels.ts, loaded with those steps.
 */
export type Labels<T extends readonly string[]> = Record<T[number], () => string>;

export const businessKindLabels: Labels<typeof BUSINESS_KINDS> = {
  'coach-trainer': m.scan_business_coach_trainer,
  consultant: m.scan_business_consultant,
  creative: m.scan_business_creative,
  'it-online': m.scan_business_it_online,
  'health-care': m.scan_business_health_care,
  trades: m.scan_business_trades,
  'retail-webshop': m.scan_business_retail_webshop,
  hospitality: m.scan_business_hospitality,
  'finance-legal': m.scan_business_finance_legal,
  other: m.scan_business_other,
};

export const experienceLabels: Labels<typeof DELEGATION_EXPERIENCE> = {
  never: m.scan_experience_never,
  'some-tasks': m.scan_experience_some_tasks,
  'had-va': m.scan_experience_had_va,
};

export const painLabels: Labels<typeof PAIN_POINTS> = {
  'no-time-for-clients': m.scan_pain_no_time_for_clients,
  'admin-piles-up': m.scan_pain_admin_piles_up,
  'always-on': m.scan_pain_always_on,
  'growth-stalls': m.scan_pain_growth_stalls,
  'no-overview': m.scan_pain_no_overview,
  other: m.scan_pain_other,
};

export const vatLabels: Labels<typeof VAT_STATUSES> = {
  normal: m.scan_vat_normal,
  kor: m.scan_vat_kor,
  exempt: m.scan_vat_exempt,
};

export const stepTitles: Record<StepKey, () => string> = {
  about: m.scan_step_about,
  tasks: m.scan_step_tasks,
  collaboration: m.scan_step_collaboration,
  contact: m.scan_step_contact,
};

/** Options for a ChoiceGroup or select, in the enum's order. */
export function optionsOf<T extends string>(values: readonly T[], labels: Record<T, () => string>) {
  return values.map((value) => ({ value, label: labels[value]() }));
}
