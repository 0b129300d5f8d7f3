import { Link } from 'wouter';
import { z } from 'zod';
import { formatDateTime } from '#shared/format/format.ts';
import { StatusChangedData, type AdminIntakeDetail, type TimelineEntry } from '#shared/schemas/admin-intakes.ts';
import type { Locale } from '#shared/schemas/common.ts';
import type { TimelineEntryType } from '#shared/timeline/events.ts';
import { useLocale } from '../../../i18n/locale.tsx';
import { m } from '../../../paraglide/messages.js';
import { statusLabels } from '../../../components/admin/admin-labels.ts';
import { panelClass } from '../../../components/admin/styles.ts';

/** The types this timeline words (a typo in a case below does not compile); any other is shown generically. */
type KnownType = TimelineEntryType;

/** One line of the timeline; result openings in a row become one line with a count. */
type Entry = { key: string; at: string; firstAt: string; type: string; count: number; event: TimelineEntry };

function group(events: readonly TimelineEntry[]): Entry[] {
  const entries: Entry[] = [];
  for (const event of events) {
    const last = entries.at(-1);
    if (event.type === ('result-opened' satisfies KnownType) && last?.type === 'result-opened') {
      last.count += 1;
      last.at = event.at;
      continue;
    }
    entries.push({ key: event.id, at: event.at, firstAt: event.at, type: event.type, count: 1, event });
  }
  return entries;
}

/** What the outbox writes on an intake's timeline for each of its e-mails (the `email-*` events of shared/timeline/events.ts). */
const EmailEventData = z.object({
  messageId: z.string(),
  subject: z.string().optional(),
  notBefore: z.string().nullable().optional(),
  error: z.string().optional(),
  reason: z.string().optional(),
});

/** Queued for a moment later than it was queued (beyond clock noise): a scheduled follow-up. */
const SCHEDULED_AFTER_MS = 60_000;

/** An entry's words, a second line when there is more to say, and the e-mail it is about. */
type Description = { text: string; note?: string | undefined; messageId?: string };

function describeEmail(entry: Entry, firstName: string, locale: Locale): Description {
  const parsed = EmailEventData.safeParse(entry.event.data);
  if (!parsed.success) return { text: m.admin_timeline_email_unknown() };
  const { messageId, subject = '', notBefore, error, reason } = parsed.data;
  switch (entry.type) {
    case 'email-queued' satisfies KnownType:
      return notBefore && Date.parse(notBefore) > Date.parse(entry.at) + SCHEDULED_AFTER_MS
        ? { text: m.admin_timeline_email_scheduled({ subject, date: formatDateTime(notBefore, locale) }), messageId }
        : { text: m.admin_timeline_email_queued({ subject }), messageId };
    case 'email-sent' satisfies KnownType:
      return { text: m.admin_timeline_email_sent({ subject }), messageId };
    case 'email-failed' satisfies KnownType:
      return { text: m.admin_timeline_email_failed({ subject }), note: error ? m.admin_timeline_email_error({ error }) : undefined, messageId };
    case 'email-cancelled' satisfies KnownType:
      return { text: m.admin_timeline_email_cancelled({ subject }), note: cancelReason(reason, firstName), messageId };
    case 'email-retried' satisfies KnownType:
      return { text: m.admin_timeline_email_retried(), messageId };
    default:
      return { text: m.admin_timeline_email_unknown(), messageId };
  }
}

function cancelReason(reason: string | undefined, firstName: string): string | undefined {
  switch (reason) {
    case 'status-changed':
      return m.admin_timeline_email_cancelled_status_changed();
    case 'unsubscribed':
      return m.admin_timeline_email_cancelled_unsubscribed({ firstName });
    case 'template-schedule-off':
      return m.admin_timeline_email_cancelled_template_off();
    case 'template-deleted':
      return m.admin_timeline_email_cancelled_template_deleted();
    default:
      return undefined;
  }
}

function describe(entry: Entry, firstName: string, locale: Locale): Description {
  if (entry.type.startsWith('email-')) return describeEmail(entry, firstName, locale);
  return { text: describeOther(entry, firstName, locale) };
}

function describeOther(entry: Entry, firstName: string, locale: Locale): string {
  const { event } = entry;
  switch (entry.type) {
    case 'submitted' satisfies KnownType:
      return m.admin_timeline_submitted({ firstName });
    case 'result-opened' satisfies KnownType:
      return entry.count === 1
        ? m.admin_timeline_result_opened({ firstName })
        : m.admin_timeline_result_opened_times({
            firstName,
            count: String(entry.count),
            since: formatDateTime(entry.firstAt, locale),
          });
    case 'status-changed' satisfies KnownType: {
      const data = StatusChangedData.safeParse(event.data);
      if (!data.success) return m.admin_timeline_status_changed_unknown();
      return m.admin_timeline_status_changed({
        from: statusLabels[data.data.from](),
        to: statusLabels[data.data.to](),
        name: data.data.by.name,
      });
    }
    case 'note-added' satisfies KnownType: {
      const author = event.data?.author;
      return typeof author === 'string' && author
        ? m.admin_timeline_note_added({ name: author })
        : m.admin_timeline_note_added_unknown();
    }
    case 'unsubscribed' satisfies KnownType:
      return m.admin_timeline_unsubscribed({ firstName });
    case 'resubscribed' satisfies KnownType:
      return m.admin_timeline_resubscribed({ firstName });
    default:
      // Other features add their own events: shown by their type until they have words.
      return m.admin_timeline_other({ type: entry.type });
  }
}

/**
 * What happened to this intake, oldest first: submitted, opened, status changes, notes, and its
 * e-mails (each with a link to the message in the outbox).
 */
export function IntakeTimeline({ detail }: { detail: AdminIntakeDetail }) {
  const { locale } = useLocale();
  const entries = group(detail.timeline);
  const { firstName } = detail.resultView;
  const { count, lastOpenedAt } = detail.resultOpens;

  return (
    <section id="intake-timeline" aria-labelledby="intake-timeline-heading" className={`scroll-mt-4 ${panelClass}`}>
      <h2 id="intake-timeline-heading" className="text-xl font-semibold text-stone-900">
        {m.admin_timeline_heading()}
      </h2>
      <p className="mt-1 text-sm text-stone-700">
        {count === 0 || !lastOpenedAt
          ? m.admin_timeline_never_opened({ firstName })
          : m.admin_timeline_opened_summary({
              firstName,
              count: String(count),
              date: formatDateTime(lastOpenedAt, locale),
            })}
      </p>
      <ol className="mt-4 space-y-0">
        {entries.map((entry, index) => {
          const { text, note, messageId } = describe(entry, firstName, locale);
          return (
            <li key={entry.key} className="relative flex gap-3 pb-4 last:pb-0">
              {index < entries.length - 1 ? (
                <span aria-hidden="true" className="absolute top-4 bottom-0 left-[0.4375rem] w-px bg-stone-300" />
              ) : null}
              <span
                aria-hidden="true"
                className={`relative mt-1.5 size-3.5 shrink-0 rounded-full border-2 ${
                  entry.type === ('status-changed' satisfies KnownType) ? 'border-brand-700 bg-brand-600' : 'border-stone-400 bg-white'
                }`}
              />
              <div className="min-w-0">
                <p className="break-words text-stone-900">{text}</p>
                {note ? <p className="text-sm break-words text-stone-700">{note}</p> : null}
                <p className="text-sm text-stone-600">
                  <time dateTime={entry.at}>{formatDateTime(entry.at, locale)}</time>
                  {messageId ? (
                    <>
                      {' · '}
                      <Link href={`/outbox/${messageId}`} className="rounded font-medium text-brand-800 underline underline-offset-4">
                        {m.admin_timeline_view_email()}
                      </Link>
                    </>
                  ) : null}
                </p>
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
