import { vaDay } from '#shared/calendar/va-calendar.ts';
import { isUniqueViolation, type Db } from './db.ts';

/**
 * Adds one to today's anonymous counter `key` (e.g. "scan.step.2", "rejected.honeypot").
 * No personal data: a day, a key and a number. Safe under concurrency on both providers.
 */
export async function countToday(db: Db, key: string, at: Date = new Date()): Promise<void> {
  const day = vaDay(at);
  const upsert = () =>
    db.prisma.dailyCount.upsert({
      where: { day_key: { day, key } },
      create: { day, key, count: 1 },
      update: { count: { increment: 1 } },
      select: { count: true },
    });
  try {
    await upsert();
  } catch (error) {
    // Two first counts of the day raced on the insert: the row exists now, so increment it.
    if (isUniqueViolation(error)) await upsert();
    else throw error;
  }
}
