import type { Db } from '../../lib/db.ts';
import { recordTimelineEvent } from '../../lib/timeline-events.repository.ts';
import { cancelFollowUps } from '../outbox/cancel-follow-ups.repository.ts';

/** Whether the intake behind an unsubscribe link has unsubscribed; null for an unknown link. */
export async function findUnsubscribeState(db: Db, tokenHash: string): Promise<{ unsubscribed: boolean } | null> {
  const link = await db.prisma.unsubscribeLink.findUnique({
    where: { tokenHash },
    select: { intake: { select: { unsubscribedAt: true } } },
  });
  return link && { unsubscribed: link.intake.unsubscribedAt !== null };
}

/**
 * Unsubscribes the intake behind the link, in one transaction: unsubscribedAt and no more
 * follow-up consent, the link marked used, every unsent follow-up cancelled, and an
 * 'unsubscribed' timeline entry. Idempotent: a second click changes nothing and records nothing.
 * False for an unknown link.
 */
export async function unsubscribeByLink(db: Db, tokenHash: string, now = new Date()): Promise<boolean> {
  return db.prisma.$transaction(async (tx) => {
    const link = await tx.unsubscribeLink.findUnique({ where: { tokenHash }, select: { id: true, intakeId: true } });
    if (!link) return false;
    await tx.unsubscribeLink.updateMany({ where: { id: link.id, usedAt: null }, data: { usedAt: now } });
    // Conditional, so that of two clicks at once only one records the event.
    const { count } = await tx.intake.updateMany({
      where: { id: link.intakeId, unsubscribedAt: null },
      data: { unsubscribedAt: now, followUpConsent: false },
    });
    if (count > 0) {
      await recordTimelineEvent(tx, link.intakeId, { type: 'unsubscribed', data: {} });
    }
    // Failed ones too: a retry from the outbox must not reach someone who unsubscribed.
    await cancelFollowUps(tx, { intakeId: link.intakeId, onlyAutomatic: false, statuses: ['queued', 'failed'] }, 'unsubscribed', now);
    return true;
  });
}

/**
 * Undoes an unsubscribe (a click by mistake), in one transaction: unsubscribedAt cleared, the
 * follow-up consent back to what it was (given, when the scan recorded when it was given), and a
 * 'resubscribed' timeline entry. Cancelled follow-ups stay cancelled. Idempotent; false for an
 * unknown link.
 */
export async function resubscribeByLink(db: Db, tokenHash: string): Promise<boolean> {
  return db.prisma.$transaction(async (tx) => {
    const link = await tx.unsubscribeLink.findUnique({
      where: { tokenHash },
      select: { intakeId: true, intake: { select: { followUpConsentAt: true } } },
    });
    if (!link) return false;
    const { count } = await tx.intake.updateMany({
      where: { id: link.intakeId, unsubscribedAt: { not: null } },
      data: { unsubscribedAt: null, followUpConsent: link.intake.followUpConsentAt !== null },
    });
    if (count > 0) {
      await recordTimelineEvent(tx, link.intakeId, { type: 'resubscribed', data: {} });
    }
    return true;
  });
}
