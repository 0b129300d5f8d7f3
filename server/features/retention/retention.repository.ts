import type { Db } from '../../lib/db.ts';

/** The one status that is kept however old: the VA's clients. */
const KEPT_STATUS = 'client';

/** Intakes due for erasure at this cutoff: submitted before it, and not marked client. */
const dueWhere = (cutoff: Date) => ({ createdAt: { lt: cutoff }, status: { not: KEPT_STATUS } });

/**
 * Erases every intake submitted before `cutoff` that is not marked client, with everything attached
 * (tasks, snapshot, links, events, notes, outbox messages: ON DELETE CASCADE), in batches so that
 * no single statement holds the database for long. The condition is repeated in the DELETE: an
 * intake marked client between the read and the delete stays. Safe when several processes run it
 * at once: each deletes what is still there. Returns how many this call erased.
 */
export async function eraseIntakesSubmittedBefore(db: Db, cutoff: Date, batchSize = 500): Promise<number> {
  let erased = 0;
  for (;;) {
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

/** Erases drafts whose expiry has passed, with their resume links and e-mails (cascade). */
export async function eraseExpiredDrafts(db: Db, now: Date): Promise<number> {
  const { count } = await db.prisma.scanDraft.deleteMany({ where: { expiresAt: { lte: now } } });
  return count;
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
