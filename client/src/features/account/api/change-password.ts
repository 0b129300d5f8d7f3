import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ChangePasswordInput, ChangePasswordResponse } from '#shared/schemas/auth.ts';
import { ApiRequestError, throwIfFailed } from '../../../lib/api-error.ts';
import { useAdminClient, type AdminClient } from '../../../lib/admin/admin-client.ts';
import { sessionsQueryKey } from './get-sessions.ts';

/** Too many wrong current passwords: when the next try may be (null when the server did not say). */
export class PasswordChangeThrottledError extends ApiRequestError {
  constructor(
    error: ApiRequestError,
    readonly retryAt: Date | null,
  ) {
    super(error.status, error.code, error.message, error.issues);
  }
}

/**
 * POST /api/auth/password. A wrong current password and a refused new one come back as 422
 * issues on `currentPassword` and `password`; too many wrong ones as a 429 with Retry-After.
 */
export async function changePassword(client: AdminClient, input: ChangePasswordInput): Promise<ChangePasswordResponse> {
  const response = await client.auth.password.$post({ json: input });
  try {
    await throwIfFailed(response);
  } catch (error) {
    if (error instanceof ApiRequestError && error.status === 429) {
      const seconds = Number(response.headers.get('Retry-After'));
      throw new PasswordChangeThrottledError(error, Number.isFinite(seconds) && seconds > 0 ? new Date(Date.now() + seconds * 1000) : null);
    }
    throw error;
  }
  return response.json();
}

/** Changes the password; the other sessions have ended, so the list is read again. */
export function useChangePassword() {
  const client = useAdminClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChangePasswordInput) => changePassword(client, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionsQueryKey }),
  });
}
