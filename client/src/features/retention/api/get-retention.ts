import { queryOptions, useQuery } from '@tanstack/react-query';
import type { RetentionOverview } from '#shared/schemas/retention.ts';
import { throwIfFailed } from '../../../lib/api-error.ts';
import { useAdminClient, type AdminClient } from '../../../lib/admin/admin-client.ts';
import { adminQueryRoot } from '../../../lib/admin/query-keys.ts';

/** Under the back office's query root, so signing out takes the list out of memory too. */
export const retentionQueryKey = [...adminQueryRoot, 'retention'] as const;

/** GET /api/admin/retention: the period, and what will be erased in the next 30 days. */
export async function getRetention(client: AdminClient): Promise<RetentionOverview> {
  const response = await client.admin.retention.$get();
  await throwIfFailed(response);
  return response.json();
}

export function getRetentionQueryOptions(client: AdminClient) {
  return queryOptions({ queryKey: retentionQueryKey, queryFn: () => getRetention(client) });
}

export function useRetention() {
  return useQuery(getRetentionQueryOptions(useAdminClient()));
}
