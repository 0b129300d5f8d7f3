import { vaDay, vaInstant, vaTime } from '#shared/calendar/va-calendar.ts';

/**
 * The VA plans in Dutch wall-clock time (a date and a time, Europe/Amsterdam, whatever her
 * computer's zone); the API takes a UTC ISO string. The calendar's rules, summer time included,
 * are shared/calendar/va-calendar.ts's; this file reads and checks the form's fields.
 */

/** The Dutch calendar day and time of a moment: { date: '2026-11-04', time: '09:00' }. */
export function amsterdamWallClock(at: Date): { date: string; time: string } {
  return { date: vaDay(at), time: vaTime(at) };
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})$/;

/**
 * "2026-11-04" + "09:00" in Amsterdam → "2026-11-04T08:00:00.000Z"; null when either is not a
 * real date or time. A time skipped by the change to summer time comes out an hour later.
 */
export function amsterdamToUtcIso(date: string, time: string): string | null {
  const d = DATE.exec(date);
  const t = TIME.exec(time);
  if (!d || !t) return null;
  const [year, month, day, hour, minute] = [d[1], d[2], d[3], t[1], t[2]].map(Number) as [number, number, number, number, number];
  if (hour > 23 || minute > 59) return null;
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(wall);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return vaInstant(date, hour, minute).toISOString();
}

/** The default moment for a planned follow-up: tomorrow at 09:00, Dutch time. */
export function defaultPlannedMoment(now: Date = new Date()): { date: string; time: string } {
  const tomorrow = new Date(now.getTime() + 24 * 60 * 60 * 1000);
  return { date: amsterdamWallClock(tomorrow).date, time: '09:00' };
}
