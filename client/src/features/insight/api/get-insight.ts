import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Insight } from '#shared/schemas/insight.ts';
import { throwIfFailed } from '../../../lib/api-error.ts';
import { useAdminClient, type AdminClient } from '../../../lib/admin/admin-client.ts';
import { adminQueryRoot } from '../../../lib/admin/query-keys.ts';

/** Under the back office's query root, so signing out takes the figures out of memory too. */
export const insightKeys = {
  all: [...adminQueryRoot, 'insight'] as const,
  period: (from: string, to: string) => [...insightKeys.all, from, to] as const,
};

/** GET /api/admin/insight?from&to (Dutch calendar days, both inclusive). */
export async function getInsight(client: AdminClient, from: string, to: string): Promise<Insight> {
  const response = await client.admin.insight.$get({ query: { from, to } });
  await throwIfFailed(response);
  return response.json();
}

export function getInsightQueryOptions(client: AdminClient, from: string, to: string) {
  return queryOptions({
    queryKey: insightKeys.period(from, to),
    queryFn: () => getInsight(client, from, to),
    // Scans come in while she looks: a minute old is fresh enough for counts.
    staleTime: 60_000,
  });
}

/** The figures of a period; while another period loads, the previous figures stay on screen. */
export function useInsight(period: { from: string; to: string } | null) {
  const client = useAdminClient();
  return useQuery({
    ...getInsightQueryOptions(client, period?.from ?? '', period?.to ?? ''),
    enabled: period !== null,
    placeholderData: (previous: Insight | undefined) => previous,
  });
}
