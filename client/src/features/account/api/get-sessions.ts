import { queryOptions, useQuery } from '@tanstack/react-query';
import type { VaSessionDto } from '#shared/schemas/auth.ts';
import { throwIfFailed } from '../../../lib/api-error.ts';
import { useAdminClient, type AdminClient } from '../../../lib/admin/admin-client.ts';
import { adminQueryRoot } from '../../../lib/admin/query-keys.ts';

/** Under the back office's query root, so signing out takes the list out of memory too. */
export const sessionsQueryKey = [...adminQueryRoot, 'account', 'sessions'] as const;

/** GET /api/auth/sessions: the VA's signed-in browsers, this one marked. */
export async function getSessions(client: AdminClient): Promise<VaSessionDto[]> {
  const response = await client.auth.sessions.$get();
  await throwIfFailed(response);
  return (await response.json()).sessions;
}

export function getSessionsQueryOptions(client: AdminClient) {
  return queryOptions({ queryKey: sessionsQueryKey, queryFn: () => getSessions(client) });
}

export function useSessions() {
  return useQuery(getSessionsQueryOptions(useAdminClient()));
}
