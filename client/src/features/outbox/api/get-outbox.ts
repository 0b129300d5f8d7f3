import { queryOptions, useQueries } from '@tanstack/react-query';
import { useState } from 'react';
import { OUTBOX_DEFAULT_LIMIT, type OutboxListItem, type OutboxPage } from '#shared/schemas/email.ts';
import { throwIfFailed } from '../../../lib/api-error.ts';
import { useAdminClient, type AdminClient } from '../../admin/api/admin-client.ts';
import { adminQueryRoot } from '../../admin/api/get-intakes.ts';
import type { OutboxFilters } from '../utils/outbox-filters.ts';

/**
 * The outbox's query keys, under the back office's root (signing out removes them). A list
 * page's key holds its filter and cursor; a retry invalidates `all` (lists and messages).
 */
export const outboxKeys = {
  all: [...adminQueryRoot, 'outbox'] as const,
  lists: () => [...outboxKeys.all, 'list'] as const,
  page: (filters: OutboxFilters, cursor: string | null) => [...outboxKeys.lists(), filters, cursor] as const,
  message: (id: string) => [...outboxKeys.all, 'message', id] as const,
};

/** GET /api/admin/outbox: one page of messages after `cursor`, newest first. */
export async function getOutboxPage(client: AdminClient, filters: OutboxFilters, cursor?: string): Promise<OutboxPage> {
  const response = await client.admin.outbox.$get({
    query: {
      ...(filters.status ? { status: filters.status } : {}),
      limit: String(OUTBOX_DEFAULT_LIMIT),
      ...(cursor ? { cursor } : {}),
    },
  });
  await throwIfFailed(response);
  const page: OutboxPage = await response.json();
  return page;
}

export function getOutboxPageQueryOptions(client: AdminClient, filters: OutboxFilters, cursor: string | null = null) {
  return queryOptions({
    queryKey: outboxKeys.page(filters, cursor),
    queryFn: () => getOutboxPage(client, filters, cursor ?? undefined),
    // Messages change status on their own (the sender works in the background).
    staleTime: 10_000,
  });
}

/**
 * The outbox for this filter: the first page plus each page "more" asked for, as the inbox
 * does it (one query per page; see admin/api/get-intakes.ts for why not useInfiniteQuery).
 */
export function useOutbox(filters: OutboxFilters) {
  const client = useAdminClient();
  const filterKey = JSON.stringify(filters);
  const [more, setMore] = useState<{ filterKey: string; cursors: string[] }>({ filterKey, cursors: [] });
  // Another filter starts again at the first page.
  const cursors = more.filterKey === filterKey ? more.cursors : [];

  const pages = useQueries({
    queries: [null, ...cursors].map((cursor, index) => ({
      ...getOutboxPageQueryOptions(client, filters, cursor),
      placeholderData: index === 0 ? (previous: OutboxPage | undefined) => previous : undefined,
    })),
  });

  const first = pages[0]!;
  const last = pages[pages.length - 1]!;
  const items: OutboxListItem[] = [];
  for (const page of pages) {
    if (!page.data) break;
    items.push(...page.data.items);
  }
  const nextCursor = last.isPlaceholderData ? null : (last.data?.nextCursor ?? null);

  return {
    items,
    isPending: first.isPending,
    isError: pages.some((page) => page.isError),
    isFetching: pages.some((page) => page.isFetching),
    isPlaceholderData: first.isPlaceholderData,
    hasNextPage: nextCursor !== null,
    isFetchingNextPage: pages.length > 1 && last.isPending,
    fetchNextPage: () => {
      if (nextCursor !== null) setMore({ filterKey, cursors: [...cursors, nextCursor] });
    },
    /** Every page again: statuses move on by themselves (the sender works in the background). */
    refetch: () => Promise.all(pages.map((page) => page.refetch())),
  };
}
