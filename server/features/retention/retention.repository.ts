import { setImmediate as giveWay } from 'node:timers/promises';
import type { Db } from '../../lib/db.ts';

/** The one status that is kept however old: the VA's clients. */
const KEPT_STATUS = 'client';

/** Intakes due for erasure at this cutoff: submitted before it, and not marked client. */
const dueWhere = (cutoff: Date) => ({ createdAt: { lt: cutoff }, status: { not: KEPT_STATUS } });

/**
 * Intakes erased per statement. An intake takes ~20 rows with it (tasks, events, e-mails) and eight
 * inbox index entries: 50 is a few milliseconds on SQLite, whose statements run on the event loop.
 */
export const ERASE_BATCH_SIZE = 50;

/**
 * Erases every intake submitted before `cutoff` that is not marked client, with everything attached
 * (tasks, snapshot, links, events, notes, outbox messages: ON DELETE CASCADE), in small batches
 * that give way: between two batches every request that came in meanwhile is served first
 * (on SQLite a statement runs on the event loop, and without `giveWay` the whole loop would run
 * in promise callbacks that never let a request in). The condition is repeated in the DELETE: an
 * intake marked client between the read and the delete stays. Safe when several processes run it
 * at once: each deletes what is still there. Returns how many this call erased.
 */
export async function eraseIntakesSubmittedBefore(db: Db, cutoff: Date, batchSize = ERASE_BATCH_SIZE): Promise<number> {
  let erased = 0;
  for (;;) {
    await giveWay();
    const batch = await db.prisma.intake.findMany({
      where: dueWhere(cutoff),
      select: { id: true },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      take: batchSize,
    });
    if (batch.length === 0) return erased;
    const { count } = await db.prisma.intake.deleteMany({
      where: { id: { in: batch.map((row) => row.id) }, ...dueWhere(cutoff) },
    });
    erased += count;
    if (batch.length < batchSize) return erased;
  }
}

/** Erases drafts whose expiry has passed, with their resume links and e-mails (cascade), in batches that give way. */
export async function eraseExpiredDrafts(db: Db, now: Date, batchSize = ERASE_BATCH_SIZE): Promise<number> {
  let erased = 0;
  for (;;) {
    await giveWay();
    const batch = await db.prisma.scanDraft.findMany({
      where: { expiresAt: { lte: now } },
      select: { id: true },
      orderBy: [{ expiresAt: 'asc' }, { id: 'asc' }],
      take: batchSize,
    });
    if (batch.length === 0) return erased;
    const { count } = await db.prisma.scanDraft.deleteMany({ where: { id: { in: batch.map((row) => row.id) }, expiresAt: { lte: now } } });
    erased += count;
    if (batch.length < batchSize) return erased;
  }
}

/** The intakes due before `cutoff`, soonest first (oldest submitted first), at most `take`, and how many in all. */
export async function findIntakesDueBefore(db: Db, cutoff: Date, take: number) {
  const [rows, total] = await db.prisma.$transaction([
    db.prisma.intake.findMany({
      where: dueWhere(cutoff),
      select: { id: true, name: true, status: true, createdAt: true },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      take,
    }),
    db.prisma.intake.count({ where: dueWhere(cutoff) }),
  ]);
  return { rows, total };
}
