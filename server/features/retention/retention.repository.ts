import { performance } from 'node:perf_hooks';
import { setImmediate as giveWay } from 'node:timers/promises';
import type { Db } from '../../lib/db.ts';

/** The one status that is kept however old: the VA's clients. */
const KEPT_STATUS = 'client';

/** Intakes due for erasure at this cutoff: submitted before it, and not marked client. */
const dueWhere = (cutoff: Date) => ({ createdAt: { lt: cutoff }, status: { not: KEPT_STATUS } });

/**
 * How long one batch's DELETE may take. On SQLite a statement runs on the event loop: nothing else
 * is served while it runs, so this bounds what a request waits for the job (issue 11: `/api/health`
 * p99 under 50 ms while a backlog is erased).
 */
export const ERASE_BATCH_BUDGET_MS = 10;
/** At most this many intakes (or drafts) per DELETE, however fast the machine. */
export const MAX_ERASE_BATCH_SIZE = 50;

/**
 * The size of the next batch, fitted to ERASE_BATCH_BUDGET_MS by how long the last DELETE took.
 * An intake takes ~15-20 rows with it (tasks, events, links, e-mails, its ~10 kB snapshot,
 * zeroed by secure_delete) and ten index entries: measured 0.3-2 ms an intake on this machine
 * depending on its load, so a fixed size is either slow when idle or a stall when busy. Halves
 * when a DELETE ran over, grows by a quarter when it took less than half.
 *
 * Only on SQLite: on PostgreSQL the DELETE runs in the server while the event loop serves
 * requests, and its wall time (a round trip, a busy server) says nothing about the loop, so the
 * batch stays at its maximum there.
 */
export function eraseBatchSizer(provider: Db['provider'], max = MAX_ERASE_BATCH_SIZE) {
  let size = provider === 'sqlite' ? Math.min(10, max) : max;
  return {
    get size() {
      return size;
    },
    took(ms: number) {
      if (provider !== 'sqlite') return;
      if (ms > ERASE_BATCH_BUDGET_MS) size = Math.max(1, Math.floor(size / 2));
      else if (ms < ERASE_BATCH_BUDGET_MS / 2) size = Math.min(max, size + Math.ceil(size / 4));
    },
  };
}

/**
 * Erases every intake submitted before `cutoff` that is not marked client, with everything attached
 * (tasks, snapshot, links, events, notes, outbox messages: ON DELETE CASCADE), in small batches
 * (eraseBatchSizer) that give way: between two batches every request that came in meanwhile is
 * served first (on SQLite a statement runs on the event loop, and without `giveWay` the whole loop
 * would run in promise callbacks that never let a request in). The condition is repeated in the
 * DELETE: an intake marked client between the read and the delete stays. Safe when several
 * processes run it at once: each deletes what is still there. Returns how many this call erased.
 */
export async function eraseIntakesSubmittedBefore(db: Db, cutoff: Date, maxBatchSize = MAX_ERASE_BATCH_SIZE): Promise<number> {
  const sizer = eraseBatchSizer(db.provider, maxBatchSize);
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
  const sizer = eraseBatchSizer(db.provider, maxBatchSize);
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
