import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AdminNote } from '#shared/schemas/admin-intakes.ts';
import { throwIfFailed } from '../../../lib/api-error.ts';
import { useAdminClient, type AdminClient } from '../../../lib/admin/admin-client.ts';
import { intakeKeys } from './get-intakes.ts';

/** POST /api/admin/intakes/:id/notes */
export async function createNote(client: AdminClient, { intakeId, body }: { intakeId: string; body: string }): Promise<AdminNote> {
  const response = await client.admin.intakes[':id'].notes.$post({ param: { id: intakeId }, json: { body } });
  await throwIfFailed(response);
  const note: AdminNote = await response.json();
  return note;
}

/** Notes live in the intake's detail (and its timeline): that query refreshes. */
export function useCreateNote(intakeId: string) {
  const client = useAdminClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) => createNote(client, { intakeId, body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: intakeKeys.detail(intakeId) }),
  });
}
