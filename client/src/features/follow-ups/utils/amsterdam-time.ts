import { DEFAULT_TIME_ZONE } from '#shared/format/format.ts';

/**
 * The VA plans in Dutch wall-clock time (a date and a time, Europe/Amsterdam, whatever her
 * computer's zone); the API takes a UTC ISO string. Summer time is handled by asking Intl for
 * the zone's offset at that moment.
 */

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: DEFAULT_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** The Dutch calendar day and time of a moment: { date: '2026-11-04', time: '09:00' }. */
export function amsterdamWallClock(at: Date): { date: string; time: string } {
  const parts = Object.fromEntries(partsFormat.formatToParts(at).map((part) => [part.type, part.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** How far Amsterdam's clock is ahead of UTC at this moment, in minutes (60 or 120). */
function offsetMinutes(at: Date): number {
  const { date, time } = amsterdamWallClock(at);
  const asUtc = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)), Number(time.slice(0, 2)), Number(time.slice(3, 5)));
  return Math.round((asUtc - Math.floor(at.getTime() / 60_000) * 60_000) / 60_000);
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})$/;

/**
 * "2026-11-04" + "09:00" in Amsterdam → "2026-11-04T08:00:00.000Z"; null when either is not a
 * real date or time. A time skipped by the change to summer time (02:30 on the last Sunday of
 * March) comes out an hour later, as a clock would show it.
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
  // Guess with the offset at the wall time read as UTC, then correct with the offset at the guess.
  const guess = wall - offsetMinutes(new Date(wall)) * 60_000;
  const utc = wall - offsetMinutes(new Date(guess)) * 60_000;
  return new Date(utc).toISOString();
}

/** The default moment for a planned follow-up: tomorrow at 09:00, Dutch time. */
export function defaultPlannedMoment(now: Date = new Date()): { date: string; time: string } {
  const tomorrow = new Date(now.getTime() + 24 * 60 * 60 * 1000);
  return { date: amsterdamWallClock(tomorrow).date, time: '09:00' };
}
