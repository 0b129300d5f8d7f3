import { DEFAULT_TIME_ZONE } from '../format/format.ts';

/**
 * The VA's calendar: days in her time zone (Europe/Amsterdam), the one home of the rules for
 * everything that counts or filters by day (the inbox, the CSV, insight and its daily counters),
 * on the server and in the browser alike. The inbox filters on Dutch calendar days (an intake sent
 * at 00:30 on 1 December in Amsterdam belongs to 1 December, although it is 30 November in UTC),
 * and the CSV shows Dutch local times. Amsterdam changes the clock at 02:00/03:00 local time, so
 * midnight always exists exactly once. Showing a date to a person is shared/format/format.ts's.
 */
const VA_TIME_ZONE = DEFAULT_TIME_ZONE;

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: VA_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

type LocalParts = { year: number; month: number; day: number; hour: number; minute: number; second: number };

function localParts(instant: Date): LocalParts {
  const parts: Record<string, number> = {};
  for (const part of partsFormat.formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 0,
    day: parts.day ?? 0,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

/** Local time minus UTC at this instant, in ms (+1 h in winter, +2 h in summer). */
function offsetAt(ms: number): number {
  const p = localParts(new Date(ms));
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(ms / 1000) * 1000;
}

function parseDay(day: string): [number, number, number] {
  const [year, month, date] = day.split('-').map(Number);
  return [year ?? 0, month ?? 1, date ?? 1];
}

/**
 * This Amsterdam wall-clock time on this calendar day (YYYY-MM-DD), as a UTC instant. Guessed with
 * the offset at the wall time read as UTC, then corrected with the offset at the guess; a time
 * skipped by the change to summer time (02:30 on the last Sunday of March) comes out an hour
 * later, as a clock would show it.
 */
export function vaInstant(day: string, hour = 0, minute = 0): Date {
  const [year, month, date] = parseDay(day);
  const wall = Date.UTC(year, month - 1, date, hour, minute);
  const guess = wall - offsetAt(wall);
  return new Date(wall - offsetAt(guess));
}

/** 00:00 of this calendar day (YYYY-MM-DD) in Amsterdam, as a UTC instant. */
export function startOfVaDay(day: string): Date {
  return vaInstant(day);
}

/** 00:00 of the day after this calendar day in Amsterdam: the exclusive end of an inclusive `to`. */
export function startOfNextVaDay(day: string): Date {
  const [year, month, date] = parseDay(day);
  const next = new Date(Date.UTC(year, month - 1, date + 1));
  return startOfVaDay(next.toISOString().slice(0, 10));
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The Amsterdam calendar day of an instant: "2026-11-28". */
export function vaDay(instant: Date): string {
  const p = localParts(instant);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** The Amsterdam wall-clock time of an instant: "14:05". */
export function vaTime(instant: Date): string {
  const p = localParts(instant);
  return `${pad(p.hour)}:${pad(p.minute)}`;
}

/** The Amsterdam local date and time of an instant: "2026-11-28 14:05" (Excel reads it as a date). */
export function vaDateTime(instant: Date): string {
  const p = localParts(instant);
  return `${p.year}-${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}`;
}

/** Today in the Netherlands (YYYY-MM-DD): the VA's calendar, wherever the code runs. */
export function vaToday(now: Date = new Date()): string {
  return vaDay(now);
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** "2026-11-28" + 3 → "2026-12-01": calendar arithmetic on the day itself, no time zone involved. */
export function addDays(day: string, days: number): string {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, date + days)).toISOString().slice(0, 10);
}

/** The number of days from `from` to `to`, both inclusive (1 when they are the same day). */
export function daysInPeriod(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS) + 1;
}
