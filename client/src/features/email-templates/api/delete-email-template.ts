import { useMutation, useQueryClient } from '@tanstack/react-query';
import { throwIfFailed } from '../../../lib/api-error.ts';
import { useAdminClient, type AdminClient } from '../../../lib/admin/admin-client.ts';
import { intakeKeys, outboxKeys } from '../../../lib/admin/query-keys.ts';
import { emailTemplateKeys } from '../../../lib/admin/get-email-templates.ts';

/** DELETE /api/admin/email-templates/:id: for good; its automatic follow-ups still waiting are cancelled. */
export async function deleteEmailTemplate(client: AdminClient, id: string): Promise<void> {
  const response = await client.admin['email-templates'][':id'].$delete({ param: { id } });
  await throwIfFailed(response);
}

/** Cancelled follow-ups show in the outbox and on intakes' timelines: those refresh too. */
export function useDeleteEmailTemplate() {
  const client = useAdminClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => deleteEmailTemplate(client, id),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: emailTemplateKeys.all }),
        queryClient.invalidateQueries({ queryKey: outboxKeys.all }),
        queryClient.invalidateQueries({ queryKey: intakeKeys.all }),
      ]),
  });
}
