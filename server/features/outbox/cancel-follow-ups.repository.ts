import type { DbTransactionClient } from '../../lib/db.ts';
import { recordTimelineEvent } from '../../lib/timeline-events.repository.ts';
import { SCHEDULED_KEY_PREFIX } from './follow-up-keys.ts';

/**
 * Cancelling follow-up e-mails in the outbox: the VA's own (sent or scheduled from an intake) and
 * the automatic ones a template's schedule queues at submit. Three features cancel them, each
 * inside its own transaction (admin-intakes on a status change, unsubscribe, email-templates when
 * a template is switched off or deleted), so it lives in the outbox, below all three and below
 * follow-ups, which uses the templates (docs/architecture.md, "Features").
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
