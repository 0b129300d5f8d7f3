import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AdminNote } from '#shared/schemas/admin-intakes.ts';
import { throwIfFailed } from '../../../lib/api-error.ts';
import { useAdminClient, type AdminClient } from '../../../lib/admin/admin-client.ts';
import { intakeKeys } from './get-intakes.ts';

type UpdateNoteVariables = { intakeId: string; noteId: string; body: string };

/** PATCH /api/admin/intakes/:id/notes/:noteId */
export async function updateNote(client: AdminClient, { intakeId, noteId, body }: UpdateNoteVariables): Promise<AdminNote> {
  const response = await client.admin.intakes[':id'].notes[':noteId'].$patch({
    param: { id: intakeId, noteId },
    json: { body },
  });
  await throwIfFailed(response);
  const note: AdminNote = await response.json();
  return note;
}

export function useUpdateNote(intakeId: string) {
  const client = useAdminClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ noteId, body }: { noteId: string; body: string }) => updateNote(client, { intakeId, noteId, body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: intakeKeys.detail(intakeId) }),
  });
}
