import type { DbTransactionClient } from '../../lib/db.ts';

/** What caused an e-mail; decides who receives it and which links are minted at send time. */
export type OutboxKind = 'result-link' | 'va-new-intake' | 'follow-up' | 'resume-link';

/** A rendered e-mail to store (see OutboxMessage in prisma/schema.prisma). */
export type NewOutboxMessage = {
  kind: OutboxKind;
  intakeId?: string | null;
  draftId?: string | null;
  templateId?: string | null;
  toAddress: string;
  toName?: string | null;
  locale: string;
  subject: string;
  /** May hold the link placeholders of emails/link-placeholders.ts; real links are minted at send time. */
  html: string;
  text: string;
  /** Not before this moment (a scheduled follow-up); default now. */
  notBefore?: Date;
  /** One per cause, e.g. `result-link:<intakeId>`; a second message with the same key is not stored. */
  idempotencyKey: string;
};

/**
 * Stores e-mails in the outbox inside the caller's transaction, so that they exist exactly when
 * the change that causes them does; intake messages also get an "email-queued" timeline entry.
 * A message whose idempotency key is already stored is skipped (the cause ran twice).
 */
export async function queueMessages(tx: DbTransactionClient, messages: NewOutboxMessage[]): Promise<string[]> {
  const ids: string[] = [];
  for (const { notBefore, ...message } of messages) {
    const existing = await tx.outboxMessage.findUnique({
      where: { idempotencyKey: message.idempotencyKey },
      select: { id: true },
    });
    if (existing) continue;
    const created = await tx.outboxMessage.create({
      data: { ...message, nextAttemptAt: notBefore ?? new Date() },
      select: { id: true },
    });
    ids.push(created.id);
    if (message.intakeId) {
      await tx.intakeEvent.create({
        data: {
          intakeId: message.intakeId,
          type: 'email-queued',
          data: { messageId: created.id, kind: message.kind, subject: message.subject, notBefore: notBefore?.toISOString() ?? null },
        },
        select: { id: true },
      });
    }
  }
  return ids;
}
