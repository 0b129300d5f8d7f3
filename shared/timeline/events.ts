/**
 * The events stored on an intake's timeline (`IntakeEvent` rows: a type and its JSON data), one
 * member per type with the shape of its data. The server writes them only through
 * server/lib/timeline-events.repository.ts; the back office's timeline reads the same shapes.
 * Types only: nothing here reaches a bundle.
 *
 * The API's shape (`TimelineEntry` in shared/schemas/admin-intakes.ts) keeps `type` a plain string
 * and `data` any object: a reader checks the data before it uses it, and shows a type it does not
 * know generically.
 */

/** The e-mail an `email-*` event is about, as the outbox stored it. */
export type TimelineEmailRef = { messageId: string; kind: string; subject: string };

export type TimelineEvent =
  /** The scan was submitted (no data). */
  | { type: 'submitted'; data: null }
  /** A visit to the result page (at most one per link per visit window; no data). */
  | { type: 'result-opened'; data: null }
  /** The back office changed the intake's status. */
  | { type: 'status-changed'; data: { from: string; to: string; by: { userId: string; name: string } } }
  | { type: 'unsubscribed'; data: Record<string, never> }
  | { type: 'resubscribed'; data: Record<string, never> }
  /** Stored in the outbox; `notBefore` (ISO) for a scheduled one, else null. */
  | { type: 'email-queued'; data: TimelineEmailRef & { notBefore: string | null } }
  | { type: 'email-sent'; data: TimelineEmailRef }
  /** Given up on after its last attempt. */
  | { type: 'email-failed'; data: TimelineEmailRef & { error: string } }
  | { type: 'email-cancelled'; data: TimelineEmailRef & { reason: string } }
  /** A failed message put back in the queue from the outbox. */
  | { type: 'email-retried'; data: { messageId: string } };

export type TimelineEventType = TimelineEvent['type'];

/** The types of the timeline the API returns: the stored ones and `note-added`, derived from the notes when it is read. */
export type TimelineEntryType = TimelineEventType | 'note-added';
