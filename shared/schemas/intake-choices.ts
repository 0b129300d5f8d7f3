/**
 * The scan's answer options and limits as plain values, without zod: the scan's first page
 * imports these, and the schemas (intake.ts, which re-exports them) load only when a step is
 * checked (docs/decisions/0016-scan-first-load-budget.md).
 */

export const BUSINESS_KINDS = [
  'coach-trainer', 'consultant', 'creative', 'it-online', 'health-care', 'trades',
  'retail-webshop', 'hospitality', 'finance-legal', 'other',
] as const;
export const DELEGATION_EXPERIENCE = ['never', 'some-tasks', 'had-va'] as const;
export const PAIN_POINTS = [
  'no-time-for-clients', 'admin-piles-up', 'always-on', 'growth-stalls', 'no-overview', 'other',
] as const;
export const RATE_KINDS = ['current', 'target'] as const;
/**
 * How the prospect charges BTW: `normal` (21 % or 9 %: they reclaim the BTW on a VA's invoice),
 * `kor` (kleineondernemersregeling) or `exempt` (e.g. health care, training): they cannot
 * reclaim it, so a VA costs them 21 % more.
 */
export const VAT_STATUSES = ['normal', 'kor', 'exempt'] as const;
export type VatStatus = (typeof VAT_STATUSES)[number];

export const FEELINGS = ['drains', 'neutral', 'enjoy'] as const;
export const SKILLS = ['others-better', 'fine', 'great'] as const;
/** Does the task need the owner personally? `partly`: the VA prepares, the owner approves. */
export const NEEDS_ME = ['no', 'partly', 'yes'] as const;
export type NeedsMe = (typeof NEEDS_ME)[number];

export const CHANNELS = ['email', 'phone', 'video', 'whatsapp', 'task-board'] as const;
export const UPDATE_FREQUENCIES = ['daily', 'twice-weekly', 'weekly', 'biweekly', 'monthly'] as const;
export const CONCERNS = [
  'control', 'explaining', 'confidentiality', 'reachability', 'cost', 'bad-experience',
] as const;
export const START_PREFERENCES = ['trial-task', 'monthly-hours', 'prepaid-bundle', 'unsure'] as const;

export const MAX_TASKS = 60;
export const MAX_CUSTOM_TASKS = 10;
/** 160 hours a month is a full-time job: more for one task is a typo. */
export const MAX_TASK_MINUTES_PER_MONTH = 160 * 60;
/**
 * All tasks together: what one person can work in a month (about 70 hours a week, every week).
 * Beyond it the hours were surely entered per week or by mistake: the server answers 422.
 */
export const MAX_TOTAL_TASK_MINUTES_PER_MONTH = 300 * 60;

/** The version of the privacy text the prospect agrees to; bump when the text changes. */
export const PRIVACY_TEXT_VERSION = '2026-11-privacy-v1';

/** Where the server puts the issue "all tasks together take too long" (tasks.totalMinutes). */
export const TOTAL_HOURS_PATH = 'totalMinutes';

export const HONEYPOT_FIELD = 'website';

/** The scan's steps as people count them (1 = about you … 4 = contact), for step counting. */
export const SCAN_STEP_COUNT = 4;
