import { performance } from 'node:perf_hooks';
import { setImmediate as giveWay } from 'node:timers/promises';
import { batchSizer } from '../../lib/batch-sizer.ts';
import type { Db } from '../../lib/db.ts';

/** The one status that is kept however old: the VA's clients. */
const KEPT_STATUS = 'client';

/** Intakes due for erasure at this cutoff: submitted before it, and not marked client. */
const dueWhere = (cutoff: Date) => ({ createdAt: { lt: cutoff }, status: { not: KEPT_STATUS } });

/** At most this many intakes (or drafts) per DELETE, however fast the machine. */
export const MAX_ERASE_BATCH_SIZE = 50;

/**
 * An intake takes ~15-20 rows with it (tasks, events, links, e-mails, its ~10 kB snapshot, zeroed
 * by secure_delete) and ten index entries: 0.3-2 ms an intake on SQLite depending on the machine's
 * load. The batch is fitted to the event loop's budget (lib/batch-sizer.ts), 1 to 50 intakes.
 */
const eraseBatches = (db: Db, max: number) => batchSizer(db.provider, { start: 10, max });

/**
 * Erases every intake submitted before `cutoff` that is not marked client, with everything attached
 * (tasks, snapshot, links, events, notes, outbox messages: ON DELETE CASCADE), in small batches
 * (fitted to a time budget: lib/batch-sizer.ts) that give way: between two batches every request that came in meanwhile is
 * served first (on SQLite a statement runs on the event loop, and without `giveWay` the whole loop
 * would run in promise callbacks that never let a request in). The condition is repeated in the
 * DELETE: an intake marked client between the read and the delete stays. Safe when several
 * processes run it at once: each deletes what is still there. Returns how many this call erased.
 */
export async function eraseIntakesSubmittedBefore(db: Db, cutoff: Date, maxBatchSize = MAX_ERASE_BATCH_SIZE): Promise<number> {
  const sizer = eraseBatches(db, maxBatchSize);
  let erased = 0;
  for (;;) {
    await giveWay();
    const take = sizer.size;
    const batch = await db.prisma.intake.findMany({
      where: dueWhere(cutoff),
      select: { id: true },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      take,
    });
    if (batch.length === 0) return erased;
    await giveWay();
    const started = performance.now();
    const { count } = await db.prisma.intake.deleteMany({
      where: { id: { in: batch.map((row) => row.id) }, ...dueWhere(cutoff) },
    });
    sizer.took(performance.now() - started);
    erased += count;
    if (batch.length < take) return erased;
  }
}

/** Erases drafts whose expiry has passed, with their resume links and e-mails (cascade), in batches that give way. */
export async function eraseExpiredDrafts(db: Db, now: Date, maxBatchSize = MAX_ERASE_BATCH_SIZE): Promise<number> {
  const sizer = eraseBatches(db, maxBatchSize);
  let erased = 0;
  for (;;) {
    await giveWay();
    const take = sizer.size;
    const batch = await db.prisma.scanDraft.findMany({
      where: { expiresAt: { lte: now } },
      select: { id: true },
      orderBy: [{ expiresAt: 'asc' }, { id: 'asc' }],
      take,
    });
    if (batch.length === 0) return erased;
    await giveWay();
    const started = performance.now();
    const { count } = await db.prisma.scanDraft.deleteMany({ where: { id: { in: batch.map((row) => row.id) }, expiresAt: { lte: now } } });
    sizer.took(performance.now() - started);
    erased += count;
    if (batch.length < take) return erased;
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
