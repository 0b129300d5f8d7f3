import { useMutation, useQueryClient } from '@tanstack/react-query';
import { throwIfFailed } from '../../../lib/api-error.ts';
import { useAdminClient, type AdminClient } from '../../../lib/admin/admin-client.ts';
import { intakeKeys } from './get-intakes.ts';

/** DELETE /api/admin/intakes/:id: the AVG right to erasure, for good. */
export async function eraseIntake(client: AdminClient, id: string): Promise<void> {
  const response = await client.admin.intakes[':id'].$delete({ param: { id } });
  await throwIfFailed(response);
}

/**
 * Erases the intake; the cached copy goes too. The page stops its detail query first
 * (`onErased`), or removing it would fetch a 404.
 */
export function useEraseIntake(id: string, { onErased }: { onErased?: () => void } = {}) {
  const client = useAdminClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => eraseIntake(client, id),
    onSuccess: async () => {
      onErased?.();
      queryClient.removeQueries({ queryKey: intakeKeys.detail(id) });
      await queryClient.invalidateQueries({ queryKey: intakeKeys.lists() });
    },
  });
}
