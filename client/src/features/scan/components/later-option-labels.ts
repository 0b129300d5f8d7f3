import { m } from '../../../paraglide/messages.js';
import type {
  CHANNELS,
  CONCERNS,
  FEELINGS,
  NEEDS_ME,
  SKILLS,
  START_PREFERENCES,
  UPDATE_FREQUENCIES,
} from '#shared/schemas/intake-choices.ts';
import type { Labels } from './option-labels.ts';

/**
 * The answer options of steps 2-4 in words (step 1's are in option-labels.ts): loaded with
 * those steps, not in the scan's first load (docs/decisions/0028-first-load-react-query-and-css-off.md).
 */

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
