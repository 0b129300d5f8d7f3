import type { OutboxKind, OutboxStatus } from '#shared/schemas/email.ts';
import { m } from '../../paraglide/messages.js';

/**
 * The back office's words for the outbox's enums. Complete records: a new kind or status is a
 * type error here until it has a label. Call during render, in a component that calls useLocale().
 */
type Labels<T extends string> = Record<T, () => string>;

export const kindLabels: Labels<OutboxKind> = {
  'result-link': m.outbox_kind_result_link,
  'va-new-intake': m.outbox_kind_va_new_intake,
  'follow-up': m.outbox_kind_follow_up,
  'resume-link': m.outbox_kind_resume_link,
};

export const outboxStatusLabels: Labels<OutboxStatus> = {
  queued: m.outbox_status_queued,
  sending: m.outbox_status_sending,
  sent: m.outbox_status_sent,
  failed: m.outbox_status_failed,
  cancelled: m.outbox_status_cancelled,
};
