import { z } from 'zod';
import { addDays, daysInPeriod, vaToday } from '../calendar/va-calendar.ts';
import { CalendarDay, LocalizedText } from './common.ts';

/**
 * The VA's insight (GET /api/admin/insight): scans started and finished, drop-off per step, tasks.
 *
 * Periods are Dutch calendar days (YYYY-MM-DD, Europe/Amsterdam, both inclusive), as the inbox's
 * date filter: the counters in DailyCount are kept per Amsterdam day, and a scan finished at 00:30
 * Dutch time on 1 December counts for 1 December. Counts carry no personal data: a day, a key and
 * a number (no visitor id, no cookie), so no cookie banner is needed for them.
 */

export const INSIGHT_DEFAULT_DAYS = 30;
/** A year, leap day included: the per-day chart and its table stay readable, the queries bounded. */
export const INSIGHT_MAX_DAYS = 366;
/** The period presets of the insight page, in days ending today. */
export const INSIGHT_PRESETS = [7, 30, 90] as const;
export type InsightPreset = (typeof INSIGHT_PRESETS)[number];
/** Most-picked and most-delegable: this many tasks each. */
export const INSIGHT_TOP_TASKS = 10;
/** A task's delegable share says little below this many picks: such tasks are left out of that list. */
export const INSIGHT_MIN_PICKS_FOR_DELEGABLE = 3;

/** The scan's steps as counted ('scan.step.N' = step N reached, counted by the scan). */
export const SCAN_STEPS = [1, 2, 3, 4] as const;
export type ScanStep = (typeof SCAN_STEPS)[number];

/** The anonymous DailyCount keys insight reads (written by server/lib/daily-count.ts countToday). */
export const COUNT_KEYS = {
  started: 'scan.started',
  step: (step: ScanStep) => `scan.step.${step}`,
  rejectedPrefix: 'rejected.',
} as const;

/** Why a submission or request was refused; each is a counter `rejected.<reason>`. */
export const REJECTION_REASONS = ['honeypot', 'too-fast', 'rate-limit.submit', 'rate-limit.resume'] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

/** The `days` days that end today (Dutch calendar): the presets and the default period. */
export function lastDays(days: number, now: Date = new Date()): { from: string; to: string } {
  const to = vaToday(now);
  return { from: addDays(to, -(days - 1)), to };
}

/** What is wrong with a period, or null: one rule for the API (422) and the page's date fields. */
export function periodProblem(from: string, to: string): { path: 'from' | 'to'; message: string } | null {
  if (from > to) return { path: 'to', message: 'Must be on or after "from"' };
  if (daysInPeriod(from, to) > INSIGHT_MAX_DAYS) {
    return { path: 'to', message: `The period is at most ${INSIGHT_MAX_DAYS} days` };
  }
  return null;
}

/**
 * GET /api/admin/insight?from&to. Both optional: `to` defaults to today (Dutch calendar), `from`
 * to the 30 days that end on `to`. An inverted or longer-than-a-year period is refused (422).
 */
export const InsightQuery = z
  .strictObject({ from: CalendarDay.optional(), to: CalendarDay.optional() })
  .superRefine((query, ctx) => {
    if (!query.from || !query.to) return;
    const problem = periodProblem(query.from, query.to);
    if (problem) ctx.addIssue({ code: 'custom', path: [problem.path], message: problem.message });
  });
export type InsightQuery = z.infer<typeof InsightQuery>;

const Count = z.number().int().nonnegative();

export const InsightPeriod = z.object({ from: z.string(), to: z.string(), days: z.number().int().positive() });
export type InsightPeriod = z.infer<typeof InsightPeriod>;

/** One step of the scan: how many reached it, and how many of those went no further. */
export const StepDropOff = z.object({
  step: z.number().int().min(1).max(4),
  reached: Count,
  /** Reached this step but not the next one (for the last step: did not send the scan). */
  left: Count,
});
export type StepDropOff = z.infer<typeof StepDropOff>;

export const InsightDay = z.object({ day: z.string(), started: Count, finished: Count });
export type InsightDay = z.infer<typeof InsightDay>;

/** A catalogue task with its picks in the period; `label` from the catalogue (the id when it is no longer there). */
export const InsightTask = z.object({
  taskId: z.string(),
  label: LocalizedText,
  picks: Count,
  /** Picks that landed in "now" or "after onboarding". */
  delegablePicks: Count,
  /** delegablePicks / picks as a whole percentage (rounded half up). */
  delegablePercent: z.number().int().min(0).max(100),
});
export type InsightTask = z.infer<typeof InsightTask>;

export const Rejection = z.object({ reason: z.string(), count: Count });
export type Rejection = z.infer<typeof Rejection>;

/** GET /api/admin/insight */
export const Insight = z.object({
  period: InsightPeriod,
  /** Scans begun (a new draft asked for its start stamp). */
  started: Count,
  /** Scans sent: intakes submitted in the period (an intake erased since no longer counts). */
  finished: Count,
  /** finished / started as a whole percentage; null when nothing was started. Can pass 100 when scans begun before the period were sent in it. */
  conversionPercent: z.number().int().nonnegative().nullable(),
  /** Steps 1–4 in order. */
  steps: z.array(StepDropOff),
  /** Per finished scan, rounded half up to whole minutes and cents; null without finished scans. */
  averageFreedMinutesPerMonth: z.number().int().nonnegative().nullable(),
  averageNetGainCentsPerMonth: z.number().int().nullable(),
  /** Every day of the period, oldest first. */
  days: z.array(InsightDay),
  /** Most picked first (ties: the task id), at most INSIGHT_TOP_TASKS. */
  mostPicked: z.array(InsightTask),
  /** Highest delegable share first, among tasks with at least `minPicksForDelegable` picks. */
  mostDelegable: z.array(InsightTask),
  minPicksForDelegable: z.number().int().positive(),
  /** Refused submissions and requests per reason (the known ones always, with 0). */
  rejected: z.object({ total: Count, byReason: z.array(Rejection) }),
});
export type Insight = z.infer<typeof Insight>;
