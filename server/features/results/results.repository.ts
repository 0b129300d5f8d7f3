import { forgetErasedRows, type Db } from '../../lib/db.ts';
import { recordTimelineEvent } from '../../lib/timeline-events.repository.ts';
import { withSnapshotFields } from '../intakes/intakes.repository.ts';
import { type NewOutboxMessage, queueMessages } from '../outbox/outbox.repository.ts';

/** The intake behind a result link, with its stored result; its e-mail address only for "e-mail me this link". */
export async function findIntakeByResultTokenHash(db: Db, tokenHash: string) {
  const link = await db.prisma.resultLink.findUnique({
    where: { tokenHash },
    select: {
      id: true,
      intake: {
        select: {
          id: true,
          locale: true,
          name: true,
          email: true,
          company: true,
          createdAt: true,
          snapshot: { select: { result: true } },
        },
      },
    },
  });
  return link && { linkId: link.id, intake: withSnapshotFields(link.intake) };
}

/** A refresh or another look within this time belongs to the same visit: it writes nothing. */
export const RESULT_VISIT_MS = 30 * 60 * 1000;

/**
 * Counts a visit to a result on its link and as one timeline event, at most once per link per
 * RESULT_VISIT_MS: refreshing the page writes no row. The condition is in the update itself, so
 * two tabs opening at once count once, on both providers.
 */
export async function recordResultVisit(db: Db, linkId: string, intakeId: string, now = new Date()): Promise<void> {
  await db.prisma.$transaction(async (tx) => {
    const { count } = await tx.resultLink.updateMany({
      where: { id: linkId, OR: [{ lastOpenedAt: null }, { lastOpenedAt: { lte: new Date(now.getTime() - RESULT_VISIT_MS) } }] },
      data: { openCount: { increment: 1 }, lastOpenedAt: now },
    });
    if (count === 1) await recordTimelineEvent(tx, intakeId, { type: 'result-opened', data: null }, now);
  });
}

/** Snapshot, tasks, links and events go with it (onDelete: Cascade). */
export async function deleteIntake(db: Db, intakeId: string): Promise<void> {
  // deleteMany: a second, concurrent erase finds nothing left and is not an error.
  await db.prisma.intake.deleteMany({ where: { id: intakeId } });
  await forgetErasedRows(db);
}

/** Idempotency keys of the result e-mails a prospect asks for: `result-link-request:<intakeId>:<random>`. */
export const RESULT_EMAIL_REQUEST_PREFIX = 'result-link-request:';

/**
 * Queues a result-link e-mail the prospect asked for, unless `maxPerWindow` were already asked for
 * since `since` (counted and queued in one transaction). On PostgreSQL two requests at the very
 * same moment can both pass the count: a brake against a stuck button, not an exact quota.
 */
export async function queueRequestedResultEmail(
  db: Db,
  message: NewOutboxMessage & { intakeId: string },
  limit: { since: Date; maxPerWindow: number },
): Promise<'queued' | 'limit-reached'> {
  return db.transaction(async (tx, sql) => {
    const recent = await tx.outboxMessage.count({
      where: {
        intakeId: message.intakeId,
        kind: 'result-link',
        idempotencyKey: { startsWith: RESULT_EMAIL_REQUEST_PREFIX },
        createdAt: { gte: limit.since },
      },
    });
    if (recent >= limit.maxPerWindow) return 'limit-reached';
    await queueMessages(sql, [message]);
    return 'queued';
  });
}
