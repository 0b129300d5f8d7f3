import { addDays, daysInPeriod, startOfNextVaDay, startOfVaDay, vaToday } from '#shared/calendar/va-calendar.ts';
import { DEFAULT_CATALOGUE, findCatalogueTask } from '#shared/delegation/catalogue.ts';
import { divRound } from '#shared/delegation/money.ts';
import {
  COUNT_KEYS,
  type Insight,
  type InsightQuery,
  type InsightTask,
  INSIGHT_DEFAULT_DAYS,
  INSIGHT_MIN_PICKS_FOR_DELEGABLE,
  INSIGHT_TOP_TASKS,
  periodProblem,
  REJECTION_REASONS,
  SCAN_STEPS,
  type StepDropOff,
} from '#shared/schemas/insight.ts';
import type { LocalizedText } from '#shared/schemas/common.ts';
import { isHandedOver } from '#shared/schemas/result.ts';
import type { AppDeps } from '../../app-deps.ts';
import { validationError } from '../../lib/errors.ts';
import {
  countIntakesPerRange,
  countTaskPicksByBucket,
  type InstantRange,
  summariseIntakes,
  sumDailyCountPerDay,
  sumDailyCounts,
} from './insight.repository.ts';

/**
 * The period asked for, with the defaults filled in: `to` is today (Dutch calendar) and `from` the
 * start of the 30 days ending on `to`. Checked again here because a default may invert it.
 */
function resolvePeriod(query: InsightQuery, now: Date = new Date()): { from: string; to: string } {
  const to = query.to ?? vaToday(now);
  const from = query.from ?? addDays(to, -(INSIGHT_DEFAULT_DAYS - 1));
  const problem = periodProblem(from, to);
  if (problem) throw validationError([problem]);
  return { from, to };
}

/** What the VA's insight page shows for a period; every count is made by the database. */
export async function getInsight(deps: AppDeps, query: InsightQuery, now: Date = new Date()): Promise<Insight> {
  const { from, to } = resolvePeriod(query, now);
  const range: InstantRange = { start: startOfVaDay(from), end: startOfNextVaDay(to) };
  const days = Array.from({ length: daysInPeriod(from, to) }, (_, index) => addDays(from, index));
  const stepKeys = SCAN_STEPS.map((step) => COUNT_KEYS.step(step));

  const [counts, startedPerDay, intakes, finishedPerDay, picks] = await Promise.all([
    sumDailyCounts(deps.db, { from, to, keys: stepKeys, keyPrefix: COUNT_KEYS.rejectedPrefix }),
    sumDailyCountPerDay(deps.db, { from, to, key: COUNT_KEYS.started }),
    summariseIntakes(deps.db, range),
    countIntakesPerRange(
      deps.db,
      days.map((day) => ({ start: startOfVaDay(day), end: startOfNextVaDay(day) })),
    ),
    countTaskPicksByBucket(deps.db, range),
  ]);

  const count = (key: string) => counts.find((row) => row.key === key)?.count ?? 0;
  // The starts are read once, per day; the period's total is their sum.
  const started = startedPerDay.reduce((sum, row) => sum + row.count, 0);
  const finished = intakes.count;
  const startedByDay = new Map(startedPerDay.map((row) => [row.day, row.count]));

  return {
    period: { from, to, days: days.length },
    started,
    finished,
    conversionPercent: started === 0 ? null : divRound(finished * 100, started),
    steps: dropOff(
      SCAN_STEPS.map((step) => count(COUNT_KEYS.step(step))),
      finished,
    ),
    averageFreedMinutesPerMonth: finished === 0 ? null : divRound(intakes.freedMinutes, finished),
    averageNetGainCentsPerMonth: finished === 0 ? null : signedDivRound(intakes.netGainCents, finished),
    days: days.map((day, index) => ({ day, started: startedByDay.get(day) ?? 0, finished: finishedPerDay[index] ?? 0 })),
    ...taskLists(picks),
    minPicksForDelegable: INSIGHT_MIN_PICKS_FOR_DELEGABLE,
    rejected: rejections(counts),
  };
}

/**
 * Per step: how many reached it, and how many of those did not reach the next one (for the last
 * step: did not send the scan). Never below zero: a scan resumed on another day, or begun before
 * the period, can reach a later step without the earlier one counting in the same period.
 */
function dropOff(reached: number[], finished: number): StepDropOff[] {
  return reached.map((count, index) => {
    const next = index + 1 < reached.length ? (reached[index + 1] ?? 0) : finished;
    return { step: index + 1, reached: count, left: Math.max(0, count - next) };
  });
}

/** Half away from zero, for amounts that may be negative (the net gain can be). */
function signedDivRound(numerator: number, denominator: number): number {
  const rounded = divRound(Math.abs(numerator), denominator);
  return numerator < 0 ? -rounded : rounded;
}

function labelOf(taskId: string): LocalizedText {
  // A task of an older catalogue that is gone now keeps its id as its name.
  return findCatalogueTask(DEFAULT_CATALOGUE, taskId)?.label ?? { nl: taskId, en: taskId };
}

/** Most picked, and highest share landing in now / after onboarding (with enough picks to mean something). */
function taskLists(rows: { taskId: string; bucket: string; picks: number }[]) {
  const perTask = new Map<string, { picks: number; delegablePicks: number }>();
  for (const row of rows) {
    const task = perTask.get(row.taskId) ?? { picks: 0, delegablePicks: 0 };
    task.picks += row.picks;
    if (isHandedOver(row.bucket)) task.delegablePicks += row.picks;
    perTask.set(row.taskId, task);
  }
  const tasks: InsightTask[] = [...perTask].map(([taskId, { picks, delegablePicks }]) => ({
    taskId,
    label: labelOf(taskId),
    picks,
    delegablePicks,
    delegablePercent: divRound(delegablePicks * 100, picks),
  }));
  const byId = (a: InsightTask, b: InsightTask) => (a.taskId < b.taskId ? -1 : a.taskId > b.taskId ? 1 : 0);
  const mostPicked = [...tasks].sort((a, b) => b.picks - a.picks || byId(a, b)).slice(0, INSIGHT_TOP_TASKS);
  const mostDelegable = tasks
    .filter((task) => task.picks >= INSIGHT_MIN_PICKS_FOR_DELEGABLE)
    // The exact share (cross-multiplied), not the rounded percentage, then the number of picks.
    .sort((a, b) => b.delegablePicks * a.picks - a.delegablePicks * b.picks || b.picks - a.picks || byId(a, b))
    .slice(0, INSIGHT_TOP_TASKS);
  return { mostPicked, mostDelegable };
}

/** The known reasons always (0 when none), then any other `rejected.*` counter that exists. */
function rejections(counts: { key: string; count: number }[]) {
  const byReason = new Map<string, number>(REJECTION_REASONS.map((reason) => [reason, 0]));
  for (const row of counts) {
    if (row.key.startsWith(COUNT_KEYS.rejectedPrefix)) {
      const reason = row.key.slice(COUNT_KEYS.rejectedPrefix.length);
      byReason.set(reason, (byReason.get(reason) ?? 0) + row.count);
    }
  }
  const list = [...byReason].map(([reason, count]) => ({ reason, count }));
  return { total: list.reduce((sum, row) => sum + row.count, 0), byReason: list };
}
