import type { InboxBucket, InboxSort, IntakeStatus } from '#shared/schemas/admin-intakes.ts';
import type {
  BUSINESS_KINDS,
  CHANNELS,
  CONCERNS,
  DELEGATION_EXPERIENCE,
  FEELINGS,
  NeedsMe,
  PAIN_POINTS,
  RATE_KINDS,
  SKILLS,
  START_PREFERENCES,
  UPDATE_FREQUENCIES,
  VatStatus,
} from '#shared/schemas/intake.ts';
import { m } from '../../paraglide/messages.js';

/**
 * The back office's words for the shared enums, as the VA talks about her prospects (the scan
 * itself speaks to the prospect). Complete records: a new enum value is a type error here until
 * it has a label. Call during render, in a component that calls useLocale().
 */
type Labels<T extends string> = Record<T, () => string>;

export const statusLabels: Labels<IntakeStatus> = {
  new: m.admin_status_new,
  contacted: m.admin_status_contacted,
  'call-planned': m.admin_status_call_planned,
  'proposal-sent': m.admin_status_proposal_sent,
  client: m.admin_status_client,
  'not-a-fit': m.admin_status_not_a_fit,
  archived: m.admin_status_archived,
};

export const bucketLabels: Labels<InboxBucket> = {
  now: m.admin_bucket_now,
  'after-onboarding': m.admin_bucket_after_onboarding,
  consider: m.admin_bucket_consider,
  keep: m.admin_bucket_keep,
  own: m.admin_bucket_own,
};

export const vatLabels: Labels<VatStatus> = {
  normal: m.admin_vat_normal,
  kor: m.admin_vat_kor,
  exempt: m.admin_vat_exempt,
};

export const needsMeLabels: Labels<NeedsMe> = {
  no: m.admin_no,
  partly: m.admin_needs_me_partly,
  yes: m.admin_yes,
};

export const sortLabels: Labels<InboxSort> = {
  newest: m.admin_sort_newest,
  oldest: m.admin_sort_oldest,
  name: m.admin_sort_name,
  'hours-freed': m.admin_sort_hours_freed,
  'net-gain': m.admin_sort_net_gain,
};

export const businessKindLabels: Labels<(typeof BUSINESS_KINDS)[number]> = {
  'coach-trainer': m.admin_business_coach_trainer,
  consultant: m.admin_business_consultant,
  creative: m.admin_business_creative,
  'it-online': m.admin_business_it_online,
  'health-care': m.admin_business_health_care,
  trades: m.admin_business_trades,
  'retail-webshop': m.admin_business_retail_webshop,
  hospitality: m.admin_business_hospitality,
  'finance-legal': m.admin_business_finance_legal,
  other: m.admin_business_other,
};

export const rateKindLabels: Labels<(typeof RATE_KINDS)[number]> = {
  current: m.admin_rate_current,
  target: m.admin_rate_target,
};

export const experienceLabels: Labels<(typeof DELEGATION_EXPERIENCE)[number]> = {
  never: m.admin_experience_never,
  'some-tasks': m.admin_experience_some_tasks,
  'had-va': m.admin_experience_had_va,
};

export const painLabels: Labels<(typeof PAIN_POINTS)[number]> = {
  'no-time-for-clients': m.admin_pain_no_time_for_clients,
  'admin-piles-up': m.admin_pain_admin_piles_up,
  'always-on': m.admin_pain_always_on,
  'growth-stalls': m.admin_pain_growth_stalls,
  'no-overview': m.admin_pain_no_overview,
  other: m.admin_pain_other,
};

export const feelingLabels: Labels<(typeof FEELINGS)[number]> = {
  drains: m.admin_feeling_drains,
  neutral: m.admin_feeling_neutral,
  enjoy: m.admin_feeling_enjoy,
};

export const skillLabels: Labels<(typeof SKILLS)[number]> = {
  'others-better': m.admin_skill_others_better,
  fine: m.admin_skill_fine,
  great: m.admin_skill_great,
};

export const channelLabels: Labels<(typeof CHANNELS)[number]> = {
  email: m.admin_channel_email,
  phone: m.admin_channel_phone,
  video: m.admin_channel_video,
  whatsapp: m.admin_channel_whatsapp,
  'task-board': m.admin_channel_task_board,
};

export const frequencyLabels: Labels<(typeof UPDATE_FREQUENCIES)[number]> = {
  daily: m.admin_frequency_daily,
  'twice-weekly': m.admin_frequency_twice_weekly,
  weekly: m.admin_frequency_weekly,
  biweekly: m.admin_frequency_biweekly,
  monthly: m.admin_frequency_monthly,
};

export const concernLabels: Labels<(typeof CONCERNS)[number]> = {
  control: m.admin_concern_control,
  explaining: m.admin_concern_explaining,
  confidentiality: m.admin_concern_confidentiality,
  reachability: m.admin_concern_reachability,
  cost: m.admin_concern_cost,
  'bad-experience': m.admin_concern_bad_experience,
};

export const startLabels: Labels<(typeof START_PREFERENCES)[number]> = {
  'trial-task': m.admin_start_trial_task,
  'monthly-hours': m.admin_start_monthly_hours,
  'prepaid-bundle': m.admin_start_prepaid_bundle,
  unsure: m.admin_start_unsure,
};
