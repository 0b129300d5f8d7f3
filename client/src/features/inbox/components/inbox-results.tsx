import { useEffect, useRef } from 'react';
import { Link } from 'wouter';
import { formatCents, formatDateTime, formatHours } from '#shared/format/format.ts';
import type { InboxItem } from '#shared/schemas/admin-intakes.ts';
import type { Locale } from '#shared/schemas/common.ts';
import { Button } from '../../../components/ui/button.tsx';
import { useLocale } from '../../../i18n/locale.tsx';
import { m } from '../../../paraglide/messages.js';
import type { useIntakes } from '../api/get-intakes.ts';
import { isFiltered, type InboxFilters } from '../utils/inbox-filters.ts';
import { useCurrentLocation } from '../../../hooks/use-search.ts';
import { bucketLabels, sortLabels } from '../../../components/admin/admin-labels.ts';
import { StatusBadge, UnreadBadge } from '../../../components/admin/badges.tsx';
import { noticeClass } from '../../../components/admin/styles.ts';

type InboxResultsProps = {
  filters: InboxFilters;
  inbox: ReturnType<typeof useIntakes>;
  /** The filters cannot match (dates out of order): nothing is asked. */
  disabled: boolean;
  onClearFilters: () => void;
};

/** Where the detail's "back to the inbox" returns to: this list, with its filters. */
export type FromInbox = { inboxSearch: string };

/**
 * The list: a table on a laptop, cards on a tablet or phone (each a heading with the name,
 * so a screen reader can jump between them). Only one of the two is displayed at a time.
 * "Load more" appends the next page and moves focus to the first new intake.
 */
export function InboxResults({ filters, inbox, disabled, onClearFilters }: InboxResultsProps) {
  const { locale } = useLocale();
  const { search } = useCurrentLocation();
  const { items } = inbox;
  const container = useRef<HTMLDivElement>(null);
  const focusFrom = useRef<number | null>(null);

  useEffect(() => {
    const from = focusFrom.current;
    if (from === null || items.length <= from) return;
    focusFrom.current = null;
    const links = [...(container.current?.querySelectorAll<HTMLElement>(`[data-row="${from}"]`) ?? [])];
    (links.find((link) => link.getClientRects().length > 0) ?? links[0])?.focus();
  }, [items.length]);

  const loadMore = () => {
    if (inbox.isFetchingNextPage) return;
    focusFrom.current = items.length;
    inbox.fetchNextPage();
  };

  if (disabled) return null;

  const linkState: FromInbox = { inboxSearch: search };
  const updating = inbox.isPlaceholderData || (inbox.isFetching && !inbox.isFetchingNextPage && !inbox.isPending);

  let summary: string;
  if (inbox.isPending) summary = m.admin_inbox_loading();
  else if (inbox.isError && items.length === 0) summary = '';
  else if (items.length === 0) summary = isFiltered(filters) ? m.admin_inbox_empty_filtered() : m.admin_inbox_empty();
  else {
    const count = String(items.length);
    summary = inbox.hasNextPage
      ? m.admin_inbox_count_more({ count })
      : items.length === 1
        ? m.admin_inbox_count_one()
        : m.admin_inbox_count({ count });
  }

  return (
    <section aria-labelledby="inbox-results-heading" aria-busy={inbox.isPending || updating} className="mt-8">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h2 id="inbox-results-heading" className="text-xl font-semibold text-stone-900">
          {m.admin_inbox_results_heading()}
        </h2>
        <p className="text-sm text-stone-600">{m.admin_inbox_sorted_by({ sort: sortLabels[filters.sort]() })}</p>
      </div>
      <p role="status" className="mt-1 text-stone-700">
        {summary}
        {updating ? <span className="ml-2 text-sm text-stone-600">{m.admin_inbox_updating()}</span> : null}
      </p>

      {inbox.isError ? (
        <div role="alert" className={`mt-4 ${noticeClass.error}`}>
          <p>{m.admin_inbox_error()}</p>
          <Button variant="secondary" className="mt-3" onClick={() => void inbox.refetch()}>
            {m.admin_retry()}
          </Button>
        </div>
      ) : null}

      {inbox.isPending ? (
        <div aria-hidden="true" className="mt-4 space-y-2">
          {[0, 1, 2, 3].map((row) => (
            <div key={row} className="h-14 animate-pulse rounded-lg bg-stone-200" />
          ))}
        </div>
      ) : null}

      {items.length === 0 && !inbox.isPending && !inbox.isError && isFiltered(filters) ? (
        <Button variant="secondary" className="mt-4" onClick={onClearFilters}>
          {m.admin_filters_clear()}
        </Button>
      ) : null}

      {items.length > 0 ? (
        <div ref={container} className={`mt-4 transition-opacity ${updating ? 'opacity-60' : ''}`}>
          <InboxTable items={items} locale={locale} linkState={linkState} />
          <InboxCards items={items} locale={locale} linkState={linkState} />
        </div>
      ) : null}

      {inbox.hasNextPage ? (
        <div className="mt-6 flex justify-center">
          <Button
            variant="secondary"
            onClick={loadMore}
            aria-disabled={inbox.isFetchingNextPage || undefined}
            className="aria-disabled:cursor-wait"
          >
            {inbox.isFetchingNextPage ? m.admin_inbox_loading_more() : m.admin_inbox_load_more()}
          </Button>
        </div>
      ) : null}
    </section>
  );
}

type ListProps = { items: InboxItem[]; locale: Locale; linkState: FromInbox };

function NameLink({ item, index, linkState }: { item: InboxItem; index: number; linkState: FromInbox }) {
  return (
    <Link
      href={`/intakes/${item.id}`}
      state={linkState}
      data-row={index}
      className={`rounded text-brand-800 underline decoration-brand-600/40 underline-offset-4 hover:decoration-brand-700 ${item.unread ? 'font-bold' : 'font-medium'}`}
    >
      {item.name}
    </Link>
  );
}

function netGainClass(cents: number): string {
  return cents < 0 ? 'text-red-800' : 'text-stone-900';
}

function InboxTable({ items, locale, linkState }: ListProps) {
  return (
    <div className="hidden overflow-x-auto rounded-xl border border-stone-200 bg-white lg:block">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{m.admin_inbox_results_heading()}</caption>
        <thead className="border-b border-stone-200 bg-stone-50 text-stone-700">
          <tr>
            <th scope="col" className="px-3 py-3 font-semibold">{m.admin_col_status()}</th>
            <th scope="col" className="px-3 py-3 font-semibold">{m.admin_col_date()}</th>
            <th scope="col" className="px-3 py-3 font-semibold">{m.admin_col_name()}</th>
            <th scope="col" className="px-3 py-3 font-semibold">{m.admin_col_company()}</th>
            <th scope="col" className="px-3 py-3 text-right font-semibold">{m.admin_col_hours_freed()}</th>
            <th scope="col" className="px-3 py-3 text-right font-semibold">{m.admin_col_net_gain()}</th>
            <th scope="col" className="px-3 py-3 font-semibold">{m.admin_col_top_bucket()}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-200">
          {items.map((item, index) => (
            <tr key={item.id} className={item.unread ? 'bg-brand-50/60' : ''}>
              <td className="px-3 py-3 align-top">
                <StatusBadge status={item.status} />
              </td>
              <td className="px-3 py-3 align-top whitespace-nowrap text-stone-700">{formatDateTime(item.createdAt, locale)}</td>
              <td className="px-3 py-3 align-top">
                <div className="flex flex-wrap items-center gap-2">
                  <NameLink item={item} index={index} linkState={linkState} />
                  {item.unread ? <UnreadBadge /> : null}
                </div>
                <div className="mt-0.5 break-words text-stone-600">{item.email}</div>
              </td>
              <td className="px-3 py-3 align-top text-stone-800">{item.company ?? <Missing />}</td>
              <td className="px-3 py-3 text-right align-top whitespace-nowrap tabular-nums">
                {formatHours(item.freedMinutesPerMonth, locale)}
              </td>
              <td className={`px-3 py-3 text-right align-top whitespace-nowrap tabular-nums ${netGainClass(item.netGainCentsPerMonth)}`}>
                {formatCents(item.netGainCentsPerMonth, locale, { wholeEuros: true })}
              </td>
              <td className="px-3 py-3 align-top">{item.topBucket ? bucketLabels[item.topBucket]() : <Missing />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** An empty cell: a dash to see, "not given" to hear. */
function Missing() {
  return (
    <>
      <span aria-hidden="true" className="text-stone-500">
        —
      </span>
      <span className="sr-only">{m.admin_not_given()}</span>
    </>
  );
}

function InboxCards({ items, locale, linkState }: ListProps) {
  return (
    <ul className="grid gap-3 md:grid-cols-2 lg:hidden">
      {items.map((item, index) => (
        <li
          key={item.id}
          className={`rounded-xl border bg-white p-4 ${item.unread ? 'border-brand-600 ring-1 ring-brand-600' : 'border-stone-200'}`}
        >
          <div className="flex flex-wrap items-start justify-between gap-2">
            <h3 className="text-lg">
              <NameLink item={item} index={index} linkState={linkState} />
            </h3>
            <div className="flex flex-wrap items-center gap-2">
              {item.unread ? <UnreadBadge /> : null}
              <StatusBadge status={item.status} />
            </div>
          </div>
          {item.company ? <p className="mt-1 text-sm text-stone-800">{item.company}</p> : null}
          <p className="text-sm break-words text-stone-700">{item.email}</p>
          <p className="text-sm text-stone-600">{formatDateTime(item.createdAt, locale)}</p>
          <dl className="mt-3 grid grid-cols-3 gap-2 border-t border-stone-200 pt-3 text-sm">
            <div>
              <dt className="text-stone-600">{m.admin_col_hours_freed()}</dt>
              <dd className="font-semibold text-stone-900 tabular-nums">{formatHours(item.freedMinutesPerMonth, locale)}</dd>
            </div>
            <div>
              <dt className="text-stone-600">{m.admin_col_net_gain()}</dt>
              <dd className={`font-semibold tabular-nums ${netGainClass(item.netGainCentsPerMonth)}`}>
                {formatCents(item.netGainCentsPerMonth, locale, { wholeEuros: true })}
              </dd>
            </div>
            <div>
              <dt className="text-stone-600">{m.admin_col_top_bucket()}</dt>
              <dd className="font-semibold text-stone-900">{item.topBucket ? bucketLabels[item.topBucket]() : <Missing />}</dd>
            </div>
          </dl>
        </li>
      ))}
    </ul>
  );
}
