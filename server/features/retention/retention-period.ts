/**
 * The retention period in calendar months, counted on the UTC calendar so that every moment is
 * unambiguous (no daylight-saving gaps); in Dutch time that is the same day and time give or take
 * the one or two hours of the time-zone offset, and the job runs only once a day anyway.
 *
 * An intake submitted at T is erased from `eraseMoment(T, months)` on: the same day and time
 * `months` months later, or, when that month is too short (submitted on 31 January, kept one
 * month: February has no 31st), the first moment of the month after it. The job asks the inverse
 * question, `createdAt < eraseCutoff(now, months)`, so that the database can answer it; the two
 * agree exactly (tested: retention-period.test.ts).
 */

function daysInMonth(year: number, monthIndex: number): number {
  // Day 0 of the next month is the last day of this one; Date.UTC normalises the month.
  return new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
}

/** The same day and time `months` months away (negative: back), or null when that month lacks the day. */
function shiftMonths(instant: Date, months: number): { exact: Date } | { firstOfNextMonth: Date } {
  const year = instant.getUTCFullYear();
  const month = instant.getUTCMonth() + months;
  const day = instant.getUTCDate();
  if (day > daysInMonth(year, month)) return { firstOfNextMonth: new Date(Date.UTC(year, month + 1, 1)) };
  return {
    exact: new Date(
      Date.UTC(
        year,
        month,
        day,
        instant.getUTCHours(),
        instant.getUTCMinutes(),
        instant.getUTCSeconds(),
        instant.getUTCMilliseconds(),
      ),
    ),
  };
}

/** From this moment on, an intake submitted at `createdAt` is due for erasure. */
export function eraseMoment(createdAt: Date, months: number): Date {
  const shifted = shiftMonths(createdAt, months);
  return 'exact' in shifted ? shifted.exact : shifted.firstOfNextMonth;
}

/**
 * At `now`, every intake submitted before this instant is due (createdAt < cutoff). When `now`'s
 * day does not exist `months` months back (31 March, one month: no 31 February), the whole of
 * that shorter month is due: its last intakes were due since the end of its own last day.
 */
export function eraseCutoff(now: Date, months: number): Date {
  const shifted = shiftMonths(now, -months);
  return 'exact' in shifted ? new Date(shifted.exact.getTime() + 1) : shifted.firstOfNextMonth;
}
