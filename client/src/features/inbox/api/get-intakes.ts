import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { INBOX_DEFAULT_LIMIT, type InboxPage } from '#shared/schemas/admin-intakes.ts';
import { throwIfFailed } from '../../../lib/api-error.ts';
import { intakeKeys as sharedIntakeKeys } from '../../../lib/admin/query-keys.ts';
import { useCursorPages } from '../../../lib/use-cursor-pages.ts';
import { toInboxQuery, type InboxFilters } from '../utils/inbox-filters.ts';
import { useAdminClient, type AdminClient } from '../../../lib/admin/admin-client.ts';

/**
 * The intakes' query keys: the shared ones (lib/admin/query-keys.ts) and the inbox's lists. A
 * list page's key holds its filters and cursor, so each filter combination is cached on its
 * own; a change to one intake invalidates `all` (every list and the detail).
 */
export const intakeKeys = {
  ...sharedIntakeKeys,
  lists: () => [...sharedIntakeKeys.all, 'list'] as const,
  list: (filters: InboxFilters) => [...intakeKeys.lists(), filters] as const,
  page: (filters: InboxFilters, cursor: string | null) => [...intakeKeys.list(filters), cursor] as const,
};

/** GET /api/admin/intakes: one page of the inbox after `cursor`. */
export async function getIntakes(client: AdminClient, filters: InboxFilters, cursor?: string): Promise<InboxPage> {
  const response = await client.admin.intakes.$get({
    query: { ...toInboxQuery(filters), limit: String(INBOX_DEFAULT_LIMIT), ...(cursor ? { cursor } : {}) },
  });
  await throwIfFailed(response);
  const page: InboxPage = await response.json();
  return page;
}

export function getIntakesQueryOptions(client: AdminClient, filters: InboxFilters, cursor: string | null = null) {
  return queryOptions({
    queryKey: intakeKeys.page(filters, cursor),
    queryFn: () => getIntakes(client, filters, cursor ?? undefined),
    // New intakes arrive while the VA works: a list is fresh for half a minute.
    staleTime: 30_000,
  });
}

/** The inbox for these filters, page by page (see lib/use-cursor-pages.ts). */
export function useIntakes(filters: InboxFilters, { enabled = true }: { enabled?: boolean } = {}) {
  const client = useAdminClient();
  const { pages, ...inbox } = useCursorPages(filters, (cursor) => getIntakesQueryOptions(client, filters, cursor), { enabled });
  return {
    ...inbox,
    refetch: () => Promise.all(pages.filter((page) => page.isError || page.isStale).map((page) => page.refetch())),
  };
}

/**
 * Shows an intake as read or unread in the cached list pages that show it otherwise, without
 * fetching them again. Pages already right are left alone (undefined = no update): setting
 * their data would also clear an invalidation (e.g. after a status change) and keep them stale.
 */
export function setUnreadInLists(queryClient: QueryClient, id: string, unread: boolean): void {
  queryClient.setQueriesData<InboxPage>({ queryKey: intakeKeys.lists() }, (page) =>
    page?.items.some((item) => item.id === id && item.unread !== unread)
      ? { ...page, items: page.items.map((item) => (item.id === id ? { ...item, unread } : item)) }
      : undefined,
  );
}
