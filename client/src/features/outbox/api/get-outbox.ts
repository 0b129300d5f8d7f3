import { queryOptions } from '@tanstack/react-query';
import { OUTBOX_DEFAULT_LIMIT, type OutboxPage } from '#shared/schemas/email.ts';
import { throwIfFailed } from '../../../lib/api-error.ts';
import { useCursorPages } from '../../../lib/use-cursor-pages.ts';
import { useAdminClient, type AdminClient } from '../../../lib/admin/admin-client.ts';
import { outboxKeys as sharedOutboxKeys } from '../../../lib/admin/query-keys.ts';
import type { OutboxFilters } from '../utils/outbox-filters.ts';

/**
 * The outbox's query keys, under the back office's root (signing out removes them). A list
 * page's key holds its filter and cursor; a retry invalidates `all` (lists and messages).
 */
export const outboxKeys = {
  ...sharedOutboxKeys,
  lists: () => [...sharedOutboxKeys.all, 'list'] as const,
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

/** The outbox for this filter, page by page (see lib/use-cursor-pages.ts), as the inbox does it. */
export function useOutbox(filters: OutboxFilters) {
  const client = useAdminClient();
  const { pages, ...outbox } = useCursorPages(filters, (cursor) => getOutboxPageQueryOptions(client, filters, cursor));
  return {
    ...outbox,
    /** Every page again: statuses move on by themselves (the sender works in the background). */
    refetch: () => Promise.all(pages.map((page) => page.refetch())),
  };
}
