import type { Db, DbTransactionClient } from '../../lib/db.ts';
import { withSnapshotFields } from '../intakes/intakes.repository.ts';
import { type NewOutboxMessage, outboxItemSelect, queueMessages } from '../outbox/outbox.repository.ts';

/**
 * The VA's own follow-up e-mails (sent or scheduled from an intake). Cancelling follow-ups is the
 * outbox's (server/features/outbox/cancel-follow-ups.repository.ts), since other features do it too.
 */

/** What a follow-up needs from an intake: whom to write, in which language, and the stored result. */
export async function findIntakeForFollowUp(db: Db, intakeId: string) {
  const row = await db.prisma.intake.findUnique({
    where: { id: intakeId },
    select: {
      id: true,
      name: true,
      email: true,
      locale: true,
      followUpConsent: true,
      unsubscribedAt: true,
      snapshot: { select: { result: true } },
    },
  });
  return row && withSnapshotFields(row);
}

export type FollowUpRefusal = 'not-found' | 'unsubscribed' | 'no-follow-up-consent';

export type QueuedFollowUpRow = NonNullable<Awaited<ReturnType<typeof findMessageByKey>>>;

function findMessageByKey(client: DbTransactionClient | Db['prisma'], idempotencyKey: string) {
  return client.outboxMessage.findUnique({ where: { idempotencyKey }, select: outboxItemSelect });
}

/**
 * Queues the VA's follow-up in one transaction with a fresh check of the intake: the conditional
 * update (a no-op write) both re-reads consent and locks the intake's row on PostgreSQL, so an
 * unsubscribe that commits first refuses this follow-up, and one that commits later cancels it.
 * A message with the same idempotency key already stored is returned as it is (`created: false`).
 */
export async function queueFollowUp(
  db: Db,
  message: NewOutboxMessage & { intakeId: string },
): Promise<{ refused: FollowUpRefusal } | { created: boolean; message: QueuedFollowUpRow }> {
  return db.transaction(async (tx, sql) => {
    const existing = await findMessageByKey(tx, message.idempotencyKey);
    if (existing) return { created: false, message: existing };
    const { count } = await tx.intake.updateMany({
      where: { id: message.intakeId, followUpConsent: true, unsubscribedAt: null },
      data: { followUpConsent: true },
    });
    if (count === 0) {
      const intake = await tx.intake.findUnique({
        where: { id: message.intakeId },
        select: { unsubscribedAt: true },
      });
      return { refused: !intake ? 'not-found' : intake.unsubscribedAt ? 'unsubscribed' : 'no-follow-up-consent' };
    }
    // The template may have been deleted a moment ago: the message keeps its text, not the link.
    const template = message.templateId
      ? await tx.emailTemplate.findUnique({ where: { id: message.templateId }, select: { id: true } })
      : null;
    await queueMessages(sql, [{ ...message, templateId: template?.id ?? null }]);
    const created = await findMessageByKey(tx, message.idempotencyKey);
    if (!created) throw new Error(`Follow-up ${message.idempotencyKey} was not stored`);
    return { created: true, message: created };
  });
}
