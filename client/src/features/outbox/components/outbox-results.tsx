import { useEffect, useRef } from 'react';
import { Link } from 'wouter';
import { formatDateTime } from '#shared/format/format.ts';
import type { Locale } from '#shared/schemas/common.ts';
import type { OutboxListItem } from '#shared/schemas/email.ts';
import { Button } from '../../../components/ui/button.tsx';
import { useLocale } from '../../../i18n/locale.tsx';
import { m } from '../../../paraglide/messages.js';
import { noticeClass } from '../../../components/admin/styles.ts';
import { useCurrentLocation } from '../../../hooks/use-search.ts';
import type { useOutbox } from '../api/get-outbox.ts';
import type { OutboxFilters } from '../utils/outbox-filters.ts';
import { kindLabels } from '../../../components/admin/outbox-labels.ts';
import { OutboxStatusBadge } from '../../../components/admin/outbox-status-badge.tsx';
import { isWaitingUntried, timingText } from '../../../components/admin/outbox-timing.ts';

type OutboxResultsProps = {
  filters: OutboxFilters;
  outbox: ReturnType<typeof useOutbox>;
  /** Whether a mail server is set up (the setup status); undefined while that is not known. */
  emailConfigured: boolean | undefined;
  onShowAll: () => void;
};

/** Where a message's "back to the outbox" returns to: this list, with its filter. */
export type FromOutbox = { outboxSearch: string };

/**
 * The messages as cards (one layout from phone to laptop), each with its subject as a heading
 * that links to the message, so a screen reader can jump between them. "More" appends the next
 * page and moves focus to the first new message.
 */
export function OutboxResults({ filters, outbox, emailConfigured, onShowAll }: OutboxResultsProps) {
  const { locale } = useLocale();
  const { search } = useCurrentLocation();
  const { items } = outbox;
  const container = useRef<HTMLUListElement>(null);
  const focusFrom = useRef<number | null>(null);

  useEffect(() => {
    const from = focusFrom.current;
    if (from === null || items.length <= from) return;
    focusFrom.current = null;
    container.current?.querySelector<HTMLElement>(`[data-row="${from}"]`)?.focus();
  }, [items.length]);

  const loadMore = () => {
    if (outbox.isFetchingNextPage) return;
    focusFrom.current = items.length;
    outbox.fetchNextPage();
  };

  const updating = outbox.isPlaceholderData || (outbox.isFetching && !outbox.isFetchingNextPage && !outbox.isPending);
  const linkState: FromOutbox = { outboxSearch: search };

  let summary: string;
  if (outbox.isPending) summary = m.outbox_loading();
  else if (outbox.isError && items.length === 0) summary = '';
  else if (items.length === 0) summary = filters.status ? m.outbox_empty_filtered() : m.outbox_empty();
  else if (outbox.hasNextPage) summary = m.outbox_count_more({ count: String(items.length) });
  else summary = items.length === 1 ? m.outbox_count_one() : m.outbox_count({ count: String(items.length) });

  return (
    <section aria-labelledby="outbox-results-heading" aria-busy={outbox.isPending || updating} className="mt-8">
      <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
        <h2 id="outbox-results-heading" className="text-xl font-semibold text-stone-900">
          {m.outbox_results_heading()}
        </h2>
        <Button variant="quiet" onClick={() => void outbox.refetch()} aria-disabled={outbox.isFetching || undefined}>
          {m.outbox_refresh()}
        </Button>
      </div>
      <p role="status" className="mt-1 text-stone-700">
        {summary}
        {updating ? <span className="ml-2 text-sm text-stone-600">{m.outbox_updating()}</span> : null}
      </p>

      {/* Only a guess, for when the setup status could not be read: the page says it for sure otherwise. */}
      {emailConfigured === undefined && items.some((item) => isWaitingUntried(item)) ? (
        <p className="mt-4 max-w-prose rounded-lg border border-sky-300 bg-sky-50 px-4 py-3 text-sky-950">{m.outbox_waiting_hint()}</p>
      ) : null}

      {outbox.isError ? (
        <div role="alert" className={`mt-4 ${noticeClass.error}`}>
          <p>{m.outbox_error()}</p>
          <Button variant="secondary" className="mt-3" onClick={() => void outbox.refetch()}>
            {m.outbox_retry_load()}
          </Button>
        </div>
      ) : null}

      {outbox.isPending ? (
        <div aria-hidden="true" className="mt-4 space-y-2">
          {[0, 1, 2].map((row) => (
            <div key={row} className="h-24 animate-pulse rounded-xl bg-stone-200" />
          ))}
        </div>
      ) : null}

      {items.length === 0 && !outbox.isPending && !outbox.isError && filters.status ? (
        <Button variant="secondary" className="mt-4" onClick={onShowAll}>
          {m.outbox_show_all()}
        </Button>
      ) : null}

      {items.length > 0 ? (
        <ul ref={container} className={`mt-4 space-y-3 transition-opacity ${updating ? 'opacity-60' : ''}`}>
          {items.map((item, index) => (
            <OutboxCard key={item.id} item={item} index={index} locale={locale} linkState={linkState} />
          ))}
        </ul>
      ) : null}

      {outbox.hasNextPage ? (
        <div className="mt-6 flex justify-center">
          <Button
            variant="secondary"
            onClick={loadMore}
            aria-disabled={outbox.isFetchingNextPage || undefined}
            className="aria-disabled:cursor-wait"
          >
            {outbox.isFetchingNextPage ? m.outbox_loading_more() : m.outbox_load_more()}
          </Button>
        </div>
      ) : null}
    </section>
  );
}

type CardProps = { item: OutboxListItem; index: number; locale: Locale; linkState: FromOutbox };

function OutboxCard({ item, index, locale, linkState }: CardProps) {
  return (
    <li className={`rounded-xl border bg-white p-4 ${item.status === 'failed' ? 'border-red-300' : 'border-stone-200'}`}>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <OutboxStatusBadge status={item.status} />
        <span className="text-sm font-medium text-stone-700">{kindLabels[item.kind]()}</span>
        <span className="text-sm text-stone-600 sm:ml-auto">{timingText(item, locale)}</span>
      </div>
      <h3 className="mt-2 text-lg break-words">
        <Link
          href={`/outbox/${item.id}`}
          state={linkState}
          data-row={index}
          className="rounded font-medium text-brand-800 underline decoration-brand-600/40 underline-offset-4 hover:decoration-brand-700"
        >
          {item.subject}
        </Link>
      </h3>
      <dl className="mt-2 grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1 text-sm lg:grid-cols-[auto_minmax(0,1fr)_auto_minmax(0,1fr)]">
        <dt className="text-stone-600">{m.outbox_to()}</dt>
        <dd className="min-w-0 break-words text-stone-900">{item.to}</dd>
        <dt className="text-stone-600">{m.outbox_created()}</dt>
        <dd className="text-stone-900">{formatDateTime(item.createdAt, locale)}</dd>
        <dt className="text-stone-600">{m.outbox_attempts()}</dt>
        <dd className="text-stone-900 tabular-nums">{item.attempts}</dd>
        {item.intake ? (
          <>
            <dt className="text-stone-600">{m.outbox_intake()}</dt>
            <dd className="min-w-0 break-words">
              <Link href={`/intakes/${item.intake.id}`} className="rounded font-medium text-brand-800 underline underline-offset-4">
                {item.intake.name}
              </Link>
            </dd>
          </>
        ) : null}
      </dl>
      {item.lastError ? (
        <p className="mt-2 text-sm break-words text-red-800">
          <span className="font-medium">{m.outbox_last_error()}:</span> {item.lastError}
        </p>
      ) : null}
    </li>
  );
}
