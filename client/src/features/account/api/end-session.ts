import { useMutation, useQueryClient } from '@tanstack/react-query';
import { throwIfFailed } from '../../../lib/api-error.ts';
import { useAdminClient, type AdminClient } from '../../../lib/admin/admin-client.ts';
import { sessionsQueryKey } from './get-sessions.ts';

/** DELETE /api/auth/sessions/:id: signs out one of the VA's other browsers. */
export async function endSession(client: AdminClient, id: string): Promise<void> {
  const response = await client.auth.sessions[':id'].$delete({ param: { id } });
  await throwIfFailed(response);
}

/** Ends the session, then reads the list again (also when it had already ended: a 404). */
export function useEndSession() {
  const client = useAdminClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => endSession(client, id),
    onSettled: () => queryClient.invalidateQueries({ queryKey: sessionsQueryKey }),
  });
}
