import { useMutation, useQueryClient } from '@tanstack/react-query';
import { throwIfFailed } from '../../../lib/api-error.ts';
import { useAdminClient, type AdminClient } from '../../../lib/admin/admin-client.ts';
import { intakeKeys } from '../../../lib/admin/query-keys.ts';
import { outboxKeys } from './get-outbox.ts';

/** POST /api/admin/outbox/:id/retry: a failed message goes back into the queue. */
export async function retryOutboxMessage(client: AdminClient, id: string): Promise<void> {
  const response = await client.admin.outbox[':id'].retry.$post({ param: { id } });
  await throwIfFailed(response);
}

/** The message, the outbox's lists and the intake's timeline ("sent again") all change. */
export function useRetryOutboxMessage() {
  const client = useAdminClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: { id: string; intakeId: string | null }) => retryOutboxMessage(client, variables.id),
    onSuccess: (_data, { intakeId }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: outboxKeys.all }),
        intakeId ? queryClient.invalidateQueries({ queryKey: intakeKeys.detail(intakeId) }) : null,
      ]),
  });
}
