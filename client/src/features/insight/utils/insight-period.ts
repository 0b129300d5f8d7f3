import { z } from 'zod';
import { INSIGHT_DEFAULT_DAYS, INSIGHT_PRESETS, type InsightPreset, lastDays } from '#shared/schemas/insight.ts';

/**
 * The insight page's period as the address bar holds it: `?period=7|30|90` (the days that end
 * today) or `?from=YYYY-MM-DD&to=YYYY-MM-DD` (Dutch calendar days, both inclusive). Nothing, or
 * something unreadable, is the last 30 days.
 */
export type PeriodChoice = { preset: InsightPreset } | { preset: null; from: string; to: string };

const CalendarDay = z.iso.date();
const isDay = (value: string | null): value is string => value !== null && CalendarDay.safeParse(value).success;

export function readPeriod(params: URLSearchParams): PeriodChoice {
  const from = params.get('from');
  const to = params.get('to');
  if (isDay(from) && isDay(to)) return { preset: null, from, to };
  const days = Number(params.get('period'));
  const preset = INSIGHT_PRESETS.find((candidate) => candidate === days);
  return { preset: preset ?? (INSIGHT_DEFAULT_DAYS as InsightPreset) };
}

/** The query string of a choice ("period=7" or "from=…&to=…"). */
export function periodSearch(choice: PeriodChoice): string {
  const params = new URLSearchParams(
    choice.preset === null ? { from: choice.from, to: choice.to } : { period: String(choice.preset) },
  );
  return params.toString();
}

/** The days a choice covers, today being today in the Netherlands. */
export function periodDates(choice: PeriodChoice, now: Date = new Date()): { from: string; to: string } {
  return choice.preset === null ? { from: choice.from, to: choice.to } : lastDays(choice.preset, now);
}
