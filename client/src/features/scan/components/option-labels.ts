import { m } from '../../../paraglide/messages.js';
import type {
  BUSINESS_KINDS,
  CHANNELS,
  CONCERNS,
  DELEGATION_EXPERIENCE,
  FEELINGS,
  PAIN_POINTS,
  SKILLS,
  START_PREFERENCES,
  UPDATE_FREQUENCIES,
  VAT_STATUSES,
  NEEDS_ME,
} from '#shared/schemas/intake-choices.ts';
import type { StepKey } from '../utils/form-values.ts';

/**
 * The scan's answer options in words. Typed as complete records: a new enum value in the
 * shared schema is a type error here until it has a label. Call during render.
 */
type Labels<T extends readonly string[]> = Record<T[number], () => string>;

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

export const needsMeLabels: Labels<typeof NEEDS_ME> = {
  no: m.scan_needs_me_no,
  partly: m.scan_needs_me_partly,
  yes: m.scan_needs_me_yes,
};

export const feelingLabels: Labels<typeof FEELINGS> = {
  drains: m.scan_feeling_drains,
  neutral: m.scan_feeling_neutral,
  enjoy: m.scan_feeling_enjoy,
};

export const skillLabels: Labels<typeof SKILLS> = {
  'others-better': m.scan_skill_others_better,
  fine: m.scan_skill_fine,
  great: m.scan_skill_great,
};

export const channelLabels: Labels<typeof CHANNELS> = {
  email: m.scan_channel_email,
  phone: m.scan_channel_phone,
  video: m.scan_channel_video,
  whatsapp: m.scan_channel_whatsapp,
  'task-board': m.scan_channel_task_board,
};

export const frequencyLabels: Labels<typeof UPDATE_FREQUENCIES> = {
  daily: m.scan_frequency_daily,
  'twice-weekly': m.scan_frequency_twice_weekly,
  weekly: m.scan_frequency_weekly,
  biweekly: m.scan_frequency_biweekly,
  monthly: m.scan_frequency_monthly,
};

export const concernLabels: Labels<typeof CONCERNS> = {
  control: m.scan_concern_control,
  explaining: m.scan_concern_explaining,
  confidentiality: m.scan_concern_confidentiality,
  reachability: m.scan_concern_reachability,
  cost: m.scan_concern_cost,
  'bad-experience': m.scan_concern_bad_experience,
};

export const startLabels: Labels<typeof START_PREFERENCES> = {
  'trial-task': m.scan_start_trial_task,
  'monthly-hours': m.scan_start_monthly_hours,
  'prepaid-bundle': m.scan_start_prepaid_bundle,
  unsure: m.scan_start_unsure,
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
