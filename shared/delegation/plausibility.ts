import { MAX_TOTAL_TASK_MINUTES_PER_MONTH } from '../schemas/intake.ts';

/**
 * Are the task hours believable next to the hours the prospect works? People mix up hours per
 * week and per month, so the scan warns (kindly, before step 3) when the tasks take more time
 * than the whole working month; the server only refuses what no one can work
 * (MAX_TOTAL_TASK_MINUTES_PER_MONTH, 422).
 */

/** An average month has 52 / 12 weeks. */
export function minutesWorkedPerMonth(hoursPerWeek: number): number {
  return Math.round((hoursPerWeek * 60 * 52) / 12);
}

export type Plausibility =
  | { kind: 'fine' }
  /** The tasks take more than the working month: probably hours per week, or a typo. */
  | { kind: 'more-than-worked'; taskMinutes: number; workedMinutes: number }
  /** Beyond what one person can work at all: the server refuses it. */
  | { kind: 'over-cap'; taskMinutes: number; capMinutes: number };

export function checkPlausibility(taskMinutes: number, hoursPerWeek: number | undefined): Plausibility {
  if (taskMinutes > MAX_TOTAL_TASK_MINUTES_PER_MONTH) {
    return { kind: 'over-cap', taskMinutes, capMinutes: MAX_TOTAL_TASK_MINUTES_PER_MONTH };
  }
  if (hoursPerWeek !== undefined && hoursPerWeek > 0) {
    const workedMinutes = minutesWorkedPerMonth(hoursPerWeek);
    if (taskMinutes > workedMinutes) return { kind: 'more-than-worked', taskMinutes, workedMinutes };
  }
  return { kind: 'fine' };
}
