import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { VaSettings, VaSettingsInput } from '#shared/schemas/admin-settings.ts';
import { throwIfFailed } from '../../../lib/api-error.ts';
import { useAdminClient, type AdminClient } from '../../../lib/admin/admin-client.ts';
import { settingsQueryKey } from './get-settings.ts';

/**
 * PUT /api/admin/settings: saves all settings at once (the back office's client adds the CSRF
 * token). The saved settings, or an ApiRequestError (422 with the issues per field).
 */
export async function updateSettings(client: AdminClient, input: VaSettingsInput): Promise<VaSettings> {
  const response = await client.admin.settings.$put({ json: input });
  await throwIfFailed(response);
  return response.json();
}

/** The save; afterwards the cached settings are the saved ones, so the page shows what was stored. */
export function useUpdateSettings() {
  const client = useAdminClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: VaSettingsInput) => updateSettings(client, input),
    onSuccess: (saved) => {
      queryClient.setQueryData(settingsQueryKey, saved);
    },
  });
}
