import type { Db } from '../../server/lib/db.ts';
import { vaDay } from '#shared/calendar/va-calendar.ts';

/** Today's value (the VA's day) of one anonymous counter; 0 when it never counted. */
export async function todaysCount(db: Db, key: string): Promise<number> {
  const row = await db.prisma.dailyCount.findUnique({ where: { day_key: { day: vaDay(new Date()), key } } });
  return row?.count ?? 0;
}
