import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TestEmailResult } from '#shared/schemas/setup.ts';
import { throwIfFailed } from '../../../lib/api-error.ts';
import { useAdminClient, type AdminClient } from '../../../lib/admin/admin-client.ts';
import { setupQueryKey } from '../../../lib/admin/get-setup.ts';

/**
 * POST /api/admin/setup/test-email: one e-mail straight to the signed-in VA. The SMTP server's
 * answer comes back either way (`ok` false = refused, with its words); an HTTP error means it
 * could not even be tried (e.g. 409 email_not_configured).
 */
export async function sendTestEmail(client: AdminClient): Promise<TestEmailResult> {
  const response = await client.admin.setup['test-email'].$post();
  await throwIfFailed(response);
  return response.json();
}

/** A passed test ticks the checklist's e-mail item: read the checklist again. */
export function useSendTestEmail() {
  const client = useAdminClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => sendTestEmail(client),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: setupQueryKey }),
  });
}
