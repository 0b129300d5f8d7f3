import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { IntakeStatus, StatusChangeResult } from '#shared/schemas/admin-intakes.ts';
import { throwIfFailed } from '../../../lib/api-error.ts';
import { useAdminClient, type AdminClient } from '../../../lib/admin/admin-client.ts';
import { intakeKeys } from './get-intakes.ts';

/** PATCH /api/admin/intakes/:id/status: a step in the pipeline (and a line on the timeline). */
export async function changeIntakeStatus(
  client: AdminClient,
  { id, status }: { id: string; status: IntakeStatus },
): Promise<StatusChangeResult> {
  const response = await client.admin.intakes[':id'].status.$patch({ param: { id }, json: { status } });
  await throwIfFailed(response);
  const result: StatusChangeResult = await response.json();
  return result;
}

/** The status shows in the lists and on the detail (with its timeline): all of them refresh. */
export function useChangeIntakeStatus() {
  const client = useAdminClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: { id: string; status: IntakeStatus }) => changeIntakeStatus(client, variables),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: intakeKeys.all }),
  });
}
