import type { TimelineEvent } from '#shared/timeline/events.ts';
import type { Prisma } from '../generated/prisma-sqlite/client.ts';
import type { DbTransactionClient, SqlValue } from './db.ts';

export type { TimelineEmailRef, TimelineEvent } from '#shared/timeline/events.ts';

/**
 * An event's `type` and `data` columns: the one place that turns a TimelineEvent into what is
 * stored, for every writer. The data is rebuilt key by key in a fixed order, so the stored JSON of
 * a type is the same whichever writer stored it (and whatever else the caller's object carried);
 * `null` is stored as SQL NULL.
 */
export function timelineEventColumns(event: TimelineEvent): { type: TimelineEvent['type']; data: Prisma.InputJsonObject | null } {
  return { type: event.type, data: dataOf(event) };
}

function dataOf(event: TimelineEvent): Prisma.InputJsonObject | null {
  switch (event.type) {
    case 'submitted':
    case 'result-opened':
      return null;
    case 'unsubscribed':
    case 'resubscribed':
      return {};
    case 'status-changed': {
      const { from, to, by } = event.data;
      return { from, to, by: { userId: by.userId, name: by.name } };
    }
    case 'email-queued': {
      const { messageId, kind, subject, notBefore } = event.data;
      return { messageId, kind, subject, notBefore };
    }
    case 'email-sent': {
      const { messageId, kind, subject } = event.data;
      return { messageId, kind, subject };
    }
    case 'email-failed': {
      const { messageId, kind, subject, error } = event.data;
      return { messageId, kind, subject, error };
    }
    case 'email-cancelled': {
      const { messageId, kind, subject, reason } = event.data;
      return { messageId, kind, subject, reason };
    }
    case 'email-retried':
      return { messageId: event.data.messageId };
  }
}

/**
 * Stores one event on an intake's timeline, inside the caller's transaction; `at` is its time
 * (default: now, the column's default).
 */
export async function recordTimelineEvent(tx: DbTransactionClient, intakeId: string, event: TimelineEvent, at?: Date): Promise<void> {
  const { type, data } = timelineEventColumns(event);
  await tx.intakeEvent.create({
    data: { intakeId, type, ...(data === null ? {} : { data }), ...(at ? { createdAt: at } : {}) },
    select: { id: true },
  });
}

/** The same columns for a hand-written statement: `data` as JSON text, or NULL. */
export function timelineEventSqlColumns(event: TimelineEvent): { type: string; data: string | null } {
  const { type, data } = timelineEventColumns(event);
  return { type, data: data === null ? null : JSON.stringify(data) };
}

/** The columns of an `IntakeEvent` row as the hand-written statements insert them. */
export const TIMELINE_EVENT_COLUMNS = ['id', 'intakeId', 'type', 'data', 'createdAt'] as const;

/** One event's values in the order of TIMELINE_EVENT_COLUMNS. */
export function timelineEventSqlRow(id: string, intakeId: string, at: Date, event: TimelineEvent): SqlValue[] {
  const { type, data } = timelineEventSqlColumns(event);
  return [id, intakeId, type, data, at];
}
