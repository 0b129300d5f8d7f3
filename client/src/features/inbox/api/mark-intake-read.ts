import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AdminIntakeDetail, ReadState } from '#shared/schemas/admin-intakes.ts';
import { throwIfFailed } from '../../../lib/api-error.ts';
import { useAdminClient, type AdminClient } from '../../../lib/admin/admin-client.ts';
import { intakeKeys, setUnreadInLists } from './get-intakes.ts';

/** POST /api/admin/intakes/:id/read: the VA has opened it (the first time counts). */
export async function markIntakeRead(client: AdminClient, id: string): Promise<ReadState> {
  const response = await client.admin.intakes[':id'].read.$post({ param: { id } });
  await throwIfFailed(response);
  const state: ReadState = await response.json();
  return state;
}

/** Marks it read; the open detail and the cached inbox pages show it without fetching again. */
export function useMarkIntakeRead() {
  const client = useAdminClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => markIntakeRead(client, id),
    onSuccess: (state, id) => {
      setUnreadInLists(queryClient, id, false);
      queryClient.setQueryData<AdminIntakeDetail>(intakeKeys.detail(id), (detail) => detail && { ...detail, readAt: state.readAt });
    },
  });
}
