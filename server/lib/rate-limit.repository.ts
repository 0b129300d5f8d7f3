import type { Db } from './db.ts';

/** A fixed window's count after one more hit. */
export type WindowCount = { hits: number; resetAt: Date };

/**
 * One more hit on `key`, atomically, in one statement every process shares (SQLite: one writer
 * at a time; PostgreSQL: INSERT … ON CONFLICT locks the row): a window that has ended starts
 * again at 1 with a new end.
 */
export async function hitWindow(db: Db, key: string, now: Date, windowMs: number): Promise<WindowCount> {
  // Every limited request runs this: a hand-written, prepared statement (decision 0027).
  const resetAt = new Date(now.getTime() + windowMs);
  const rows = await db.sql.rows<{ hits: number | bigint | string; resetAt: Date | string }>(HIT_WINDOW, [key, resetAt, now, now]);
  const row = rows[0];
  if (!row) throw new Error('The rate-limit upsert returned no row');
  return { hits: Number(row.hits), resetAt: new Date(row.resetAt) };
}

const HIT_WINDOW = `INSERT INTO "RateLimitWindow" ("key", "hits", "resetAt") VALUES (?, 1, ?)
  ON CONFLICT ("key") DO UPDATE SET
    "hits" = CASE WHEN "RateLimitWindow"."resetAt" <= ? THEN 1 ELSE "RateLimitWindow"."hits" + 1 END,
    "resetAt" = CASE WHEN "RateLimitWindow"."resetAt" <= ? THEN excluded."resetAt" ELSE "RateLimitWindow"."resetAt" END
  RETURNING "hits", "resetAt"`;

/** Takes a hit back (a request that should not count after all). */
export async function unhitWindow(db: Db, key: string): Promise<void> {
  await db.prisma.rateLimitWindow.updateMany({ where: { key, hits: { gt: 0 } }, data: { hits: { decrement: 1 } } });
}

export async function deleteWindow(db: Db, key: string): Promise<void> {
  await db.prisma.rateLimitWindow.deleteMany({ where: { key } });
}

/** Windows that have ended: nothing reads them any more. */
export async function deleteEndedWindows(db: Db, now: Date): Promise<number> {
  return (await db.prisma.rateLimitWindow.deleteMany({ where: { resetAt: { lt: now } } })).count;
}
