import { useMutation, useQueryClient } from '@tanstack/react-query';
import { throwIfFailed } from '../../../lib/api-error.ts';
import { useAdminClient, type AdminClient } from '../../../lib/admin/admin-client.ts';
import { intakeKeys } from './get-intakes.ts';

/** DELETE /api/admin/intakes/:id/notes/:noteId */
export async function deleteNote(client: AdminClient, { intakeId, noteId }: { intakeId: string; noteId: string }): Promise<void> {
  const response = await client.admin.intakes[':id'].notes[':noteId'].$delete({ param: { id: intakeId, noteId } });
  await throwIfFailed(response);
}

export function useDeleteNote(intakeId: string) {
  const client = useAdminClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (noteId: string) => deleteNote(client, { intakeId, noteId }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: intakeKeys.detail(intakeId) }),
  });
}
