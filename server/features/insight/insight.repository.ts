import type { Db } from '../../lib/db.ts';

/** An instant range: createdAt ≥ start and < end (the Dutch days of a period, as UTC instants). */
export type InstantRange = { start: Date; end: Date };

/**
 * Every counter insight reads, summed per key over the days from `from` to `to` (inclusive):
 * one row per key, summed by the database.
 */
export async function sumDailyCounts(db: Db, period: { from: string; to: string; keys: string[]; keyPrefix: string }) {
  const rows = await db.prisma.dailyCount.groupBy({
    by: ['key'],
    where: {
      day: { gte: period.from, lte: period.to },
      OR: [{ key: { in: period.keys } }, { key: { startsWith: period.keyPrefix } }],
    },
    _sum: { count: true },
  });
  return rows.map((row) => ({ key: row.key, count: row._sum.count ?? 0 }));
}

/** One counter per day (only days that have a row), summed by the database. */
export async function sumDailyCountPerDay(db: Db, period: { from: string; to: string; key: string }) {
  const rows = await db.prisma.dailyCount.groupBy({
    by: ['day'],
    where: { day: { gte: period.from, lte: period.to }, key: period.key },
    _sum: { count: true },
  });
  return rows.map((row) => ({ day: row.day, count: row._sum.count ?? 0 }));
}

/** Intakes submitted in the range: how many, and their freed minutes and net gain summed. */
export async function summariseIntakes(db: Db, range: InstantRange) {
  const result = await db.prisma.intake.aggregate({
    where: { createdAt: { gte: range.start, lt: range.end } },
    _count: { _all: true },
    _sum: { freedMinutesPerMonth: true, netGainCentsPerMonth: true },
  });
  return {
    count: result._count._all,
    freedMinutes: result._sum.freedMinutesPerMonth ?? 0,
    netGainCents: result._sum.netGainCentsPerMonth ?? 0,
  };
}

/**
 * Intakes submitted per range (one per Dutch day of the period), counted by the database in one
 * query. Grouping by the Dutch calendar day would need time-zone functions that SQLite lacks, so
 * the days come in as a small table of instant ranges (start inclusive, end exclusive) joined to
 * the createdAt index. Portable SQL but for two details: PostgreSQL numbers its parameters and
 * must be told the ranges are timestamps; SQLite compares them as Prisma stores them (ISO text,
 * written by the same serialiser as these parameters). A count per day instead cost ~1 ms a day.
 */
export async function countIntakesPerRange(db: Db, ranges: InstantRange[]): Promise<number[]> {
  if (ranges.length === 0) return [];
  const pg = db.provider === 'postgresql';
  const placeholder = (index: number) => (pg ? `$${index}` : '?');
  const asTimestamp = (sql: string) => (pg ? `CAST(${sql} AS TIMESTAMP(3))` : sql);
  const rows = ranges.map(
    (_, index) => `(${index}, ${asTimestamp(placeholder(2 * index + 1))}, ${asTimestamp(placeholder(2 * index + 2))})`,
  );
  const sql = `
    WITH "period"("position", "start", "end") AS (VALUES ${rows.join(', ')})
    SELECT "period"."position" AS "position", COUNT("Intake"."id") AS "count"
      FROM "period"
      LEFT JOIN "Intake" ON "Intake"."createdAt" >= "period"."start" AND "Intake"."createdAt" < "period"."end"
     GROUP BY "period"."position"`;
  const params = ranges.flatMap((range) => [range.start, range.end]);
  const counted = await db.prisma.$queryRawUnsafe<{ position: number | bigint; count: number | bigint }[]>(sql, ...params);
  const counts = new Array<number>(ranges.length).fill(0);
  for (const row of counted) counts[Number(row.position)] = Number(row.count);
  return counts;
}

/** Picks of catalogue tasks (own tasks left out) in intakes submitted in the range, per task and bucket. */
export async function countTaskPicksByBucket(db: Db, range: InstantRange) {
  const rows = await db.prisma.intakeTask.groupBy({
    by: ['taskId', 'bucket'],
    where: { taskId: { not: null }, intake: { createdAt: { gte: range.start, lt: range.end } } },
    _count: { _all: true },
  });
  return rows.flatMap((row) => (row.taskId === null ? [] : [{ taskId: row.taskId, bucket: row.bucket, picks: row._count._all }]));
}
