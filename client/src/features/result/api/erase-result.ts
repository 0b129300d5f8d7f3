import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { throwIfFailed } from '../../../lib/api-error.ts';
import { resultQueryKeys } from './get-result.ts';

/** DELETE /api/results/:token: the AVG right to erasure, for good. */
export async function eraseResult(token: string): Promise<void> {
  const response = await api.api.results[':token'].$delete({ param: { token } });
  await throwIfFailed(response);
}

/**
 * Erases the result; on success the cached copy goes too, so nothing of it stays in memory.
 * The page stops its result query first (`enabled: false`), or removing it would refetch a 404.
 */
export function useEraseResult(token: string, options: { onErased?: () => void } = {}) {
  const queryClient = useQueryClient();
  const { onErased } = options;
  return useMutation({
    mutationFn: () => eraseResult(token),
    onSuccess: () => {
      onErased?.();
      queryClient.removeQueries({ queryKey: resultQueryKeys.detail(token) });
    },
  });
}
