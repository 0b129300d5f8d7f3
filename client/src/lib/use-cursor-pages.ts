import { useQueries, type QueryKey, type UseQueryOptions } from '@tanstack/react-query';
import { useState } from 'react';

type CursorPage = { items: unknown[]; nextCursor: string | null };

/**
 * A list read page by page after a cursor: the first page, plus each page "load more" asked for
 * (by the previous page's cursor). Other filters start again at the first page; while they load,
 * the previous rows stay on screen. `pages` are the page queries, for the caller's refetch.
 *
 * (One query per page rather than useInfiniteQuery: that hook would add to the scan's
 * first-load bundle, where react-query's core lives, and that budget is full.)
 */
export function useCursorPages<Page extends CursorPage, Key extends QueryKey>(
  filters: unknown,
  pageQueryOptions: (cursor: string | null) => UseQueryOptions<Page, Error, Page, Key>,
  { enabled = true }: { enabled?: boolean } = {},
) {
  const filterKey = JSON.stringify(filters);
  const [more, setMore] = useState<{ filterKey: string; cursors: string[] }>({ filterKey, cursors: [] });
  // Other filters start again at the first page.
  const cursors = more.filterKey === filterKey ? more.cursors : [];

  const pages = useQueries({
    queries: [null, ...cursors].map((cursor, index) => ({
      ...pageQueryOptions(cursor),
      enabled,
      placeholderData: index === 0 ? (previous: Page | undefined) => previous : undefined,
    })),
  });

  const first = pages[0]!;
  const last = pages[pages.length - 1]!;
  const items: Page['items'][number][] = [];
  for (const page of pages) {
    if (!page.data) break;
    items.push(...page.data.items);
  }
  const nextCursor = last.isPlaceholderData ? null : (last.data?.nextCursor ?? null);

  return {
    pages,
    items,
    isPending: first.isPending,
    isError: pages.some((page) => page.isError),
    isFetching: pages.some((page) => page.isFetching),
    /** Rows of the previous filters, shown while the new ones load. */
    isPlaceholderData: first.isPlaceholderData,
    hasNextPage: nextCursor !== null,
    isFetchingNextPage: pages.length > 1 && last.isPending,
    fetchNextPage: () => {
      if (nextCursor !== null) setMore({ filterKey, cursors: [...cursors, nextCursor] });
    },
  };
}
