import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReadState } from '#shared/schemas/admin-intakes.ts';
import { throwIfFailed } from '../../../lib/api-error.ts';
import { useAdminClient, type AdminClient } from '../../../lib/admin/admin-client.ts';
import { intakeKeys, setUnreadInLists } from './get-intakes.ts';

/** POST /api/admin/intakes/:id/unread: back in the inbox as new. */
export async function markIntakeUnread(client: AdminClient, id: string): Promise<ReadState> {
  const response = await client.admin.intakes[':id'].unread.$post({ param: { id } });
  await throwIfFailed(response);
  const state: ReadState = await response.json();
  return state;
}

/**
 * Marks it unread. The open detail is not fetched again now (the page would mark it read again);
 * it is marked stale, so the next visit fetches it (and then it is read again, rightly).
 */
export function useMarkIntakeUnread() {
  const client = useAdminClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => markIntakeUnread(client, id),
    onSuccess: async (_state, id) => {
      setUnreadInLists(queryClient, id, true);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: intakeKeys.detail(id), refetchType: 'none' }),
        queryClient.invalidateQueries({ queryKey: intakeKeys.lists() }),
      ]);
    },
  });
}
