import { formatDateTime } from '#shared/format/format.ts';
import type { Locale } from '#shared/schemas/common.ts';
import type { OutboxListItem } from '#shared/schemas/email.ts';
import { m } from '../../paraglide/messages.js';

/** Leeway for the browser's clock against the server's: a message queued "now" is not "planned". */
const CLOCK_LEEWAY_MS = 60_000;

type Timing = Pick<OutboxListItem, 'status' | 'attempts' | 'nextAttemptAt' | 'sentAt'>;

/** Queued and its time has come, yet never tried: what happens while no SMTP server is set up. */
export function isWaitingUntried(message: Timing, now = Date.now()): boolean {
  return message.status === 'queued' && message.attempts === 0 && Date.parse(message.nextAttemptAt) <= now + CLOCK_LEEWAY_MS;
}

/** When it went, or when it will go: one line per message, in the VA's words. */
export function timingText(message: Timing, locale: Locale, now = Date.now()): string {
  const at = (iso: string) => formatDateTime(iso, locale);
  switch (message.status) {
    case 'sent':
      return message.sentAt ? m.outbox_when_sent({ date: at(message.sentAt) }) : m.outbox_status_sent();
    case 'sending':
      return m.outbox_when_sending();
    case 'failed':
      return m.outbox_when_failed({ count: String(message.attempts) });
    case 'cancelled':
      return m.outbox_when_cancelled();
    case 'queued': {
      const next = message.nextAttemptAt;
      if (Date.parse(next) > now + CLOCK_LEEWAY_MS) {
        // A follow-up planned for later, or the pause before the next try after a failure.
        return message.attempts === 0 ? m.outbox_when_scheduled({ date: at(next) }) : m.outbox_when_next_attempt({ date: at(next) });
      }
      return m.outbox_when_waiting({ date: at(next) });
    }
  }
}
