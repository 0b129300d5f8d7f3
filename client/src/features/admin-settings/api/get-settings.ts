import { queryOptions, useQuery } from '@tanstack/react-query';
import type { VaSettings } from '#shared/schemas/admin-settings.ts';
import { throwIfFailed } from '../../../lib/api-error.ts';
import { useAdminClient, type AdminClient } from '../../../lib/admin/admin-client.ts';
import { adminQueryRoot } from '../../../lib/admin/query-keys.ts';

/** Under the back office's query root, so signing out takes the settings out of memory too. */
export const settingsQueryKey = [...adminQueryRoot, 'settings'] as const;

/** GET /api/admin/settings: what she saved, or the shipped defaults before her first save. */
export async function getSettings(client: AdminClient): Promise<VaSettings> {
  const response = await client.admin.settings.$get();
  await throwIfFailed(response);
  return response.json();
}

export function getSettingsQueryOptions(client: AdminClient) {
  return queryOptions({
    queryKey: settingsQueryKey,
    queryFn: () => getSettings(client),
  });
}

export function useSettings() {
  return useQuery(getSettingsQueryOptions(useAdminClient()));
}
