import type { Db, DbTransactionClient } from '../../lib/db.ts';
import { recordTimelineEvent } from '../../lib/timeline-events.repository.ts';
import { withSnapshotFields } from '../intakes/intakes.repository.ts';
import { type NewOutboxMessage, outboxItemSelect, queueMessages } from '../outbox/outbox.repository.ts';
import { SCHEDULED_KEY_PREFIX } from './follow-up-keys.ts';

/**
 * Follow-up e-mails in the outbox: the VA's own (sent or scheduled from an intake) and the
 * automatic ones a template's schedule queues at submit. Cancelling them lives here too, because
 * three causes cancel them (status change, unsubscribe, a template switched off or deleted), each
 * inside its own transaction.
 */

/** Why queued follow-ups were cancelled; stored in the 'email-cancelled' timeline entry. */
export type CancelReason = 'status-changed' | 'unsubscribed' | 'template-schedule-off' | 'template-deleted';

type FollowUpSelection = {
  intakeId?: string;
  templateId?: string;
  /** Only the automatic ones (key `scheduled:…`); the VA's own scheduled follow-ups stay. */
  onlyAutomatic: boolean;
  /** Which statuses to cancel; a message being sent ('sending') is never taken from its sender. */
  statuses: ('queued' | 'failed')[];
};

/**
 * Cancels the selected unsent follow-ups inside the caller's transaction: status cancelled,
 * cancelledAt, and an 'email-cancelled' timeline entry per message. Each update is conditional on
 * the status just read, so a message a sender claimed meanwhile is left to it. Returns how many.
 */
export async function cancelFollowUps(
  tx: DbTransactionClient,
  selection: FollowUpSelection,
  reason: CancelReason,
  now = new Date(),
): Promise<number> {
  const messages = await tx.outboxMessage.findMany({
    where: {
      kind: 'follow-up',
      status: { in: selection.statuses },
      ...(selection.intakeId === undefined ? {} : { intakeId: selection.intakeId }),
      ...(selection.templateId === undefined ? {} : { templateId: selection.templateId }),
      ...(selection.onlyAutomatic ? { idempotencyKey: { startsWith: SCHEDULED_KEY_PREFIX } } : {}),
    },
    select: { id: true, kind: true, subject: true, status: true, intakeId: true },
  });
  let cancelled = 0;
  for (const message of messages) {
    const { count } = await tx.outboxMessage.updateMany({
      where: { id: message.id, status: message.status },
      data: { status: 'cancelled', cancelledAt: now, lockedUntil: null, claimToken: null },
    });
    if (count === 0) continue;
    cancelled++;
    if (message.intakeId) {
      await recordTimelineEvent(tx, message.intakeId, {
        type: 'email-cancelled',
        data: { messageId: message.id, kind: message.kind, subject: message.subject, reason },
      });
    }
  }
  return cancelled;
}

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
