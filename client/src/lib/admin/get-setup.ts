import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SetupStatus } from '#shared/schemas/setup.ts';
import { throwIfFailed } from '../api-error.ts';
import { useAdminClient, type AdminClient } from './admin-client.ts';
import { adminQueryRoot } from './query-keys.ts';

/** Under the back office's root, so signing out forgets it with the rest. */
export const setupQueryKey = [...adminQueryRoot, 'setup'] as const;

/** GET /api/admin/setup: the first-run checklist and whether e-mail can leave at all. */
export async function getSetup(client: AdminClient): Promise<SetupStatus> {
  const response = await client.admin.setup.$get();
  await throwIfFailed(response);
  return response.json();
}

export function getSetupQueryOptions(client: AdminClient) {
  return queryOptions({
    queryKey: setupQueryKey,
    queryFn: () => getSetup(client),
    // Read again whenever a page that shows it opens: she may just have saved her settings.
    staleTime: 0,
  });
}

export function useSetup() {
  return useQuery(getSetupQueryOptions(useAdminClient()));
}
