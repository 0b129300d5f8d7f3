import { centsForMinutes, divRound, sumIntegers } from '#shared/delegation/money.ts';
import type { Bucket } from '#shared/schemas/result.ts';
import type { DelegationResultV1 as DelegationResult } from '#shared/schemas/result-v1.ts';

/**
 * The numbers behind each headline figure, derived from the stored snapshot only, so the
 * explanation always matches what was computed, even for an old engine or catalogue version.
 */

export type FigureExplanations = {
  /** Freed minutes per handed-over bucket, in bucket order; buckets without any are left out. */
  freedByBucket: { bucket: Bucket; minutes: number }[];
  /** VA minutes per 100 owner minutes over the handed-over tasks; null when nothing is freed. */
  efficiency: { min: number; max: number; average: number } | null;
  /** Whether "hours × rate" shown with hours to one decimal gives exactly the stored total. */
  valueIsExact: boolean;
  costIsExact: boolean;
};

const HANDED_OVER: readonly Bucket[] = ['now', 'after-onboarding'];

/** Hours show with one decimal (formatHours): exact only for whole multiples of 6 minutes. */
const hoursShowExactly = (minutes: number): boolean => minutes % 6 === 0;

export function explainFigures(result: DelegationResult): FigureExplanations {
  const { tasks, totals } = result;
  const freedByBucket = HANDED_OVER.map((bucket) => ({
    bucket,
    minutes: sumIntegers(tasks.filter((t) => t.bucket === bucket).map((t) => t.freedMinutes)),
  })).filter((entry) => entry.minutes > 0);

  const percents = tasks
    .filter((task) => task.freedMinutes > 0)
    .map((task) => divRound(task.vaMinutes * 100, task.freedMinutes));
  const efficiency =
    percents.length === 0 || totals.freedMinutesPerMonth === 0
      ? null
      : {
          min: Math.min(...percents),
          max: Math.max(...percents),
          average: divRound(totals.vaMinutesPerMonth * 100, totals.freedMinutesPerMonth),
        };

  return {
    freedByBucket,
    efficiency,
    valueIsExact:
      hoursShowExactly(totals.freedMinutesPerMonth) &&
      centsForMinutes(totals.freedMinutesPerMonth, result.ownerRateCents) ===
        totals.freedValueCentsPerMonth,
    costIsExact:
      hoursShowExactly(totals.vaMinutesPerMonth) &&
      centsForMinutes(totals.vaMinutesPerMonth, result.vaRateCents) === totals.vaCostCentsPerMonth,
  };
}
