import { useMutation, useQueryClient } from '@tanstack/react-query';
import { throwIfFailed } from '../api-error.ts';
import { useAdminClient, type AdminClient } from './admin-client.ts';
import { forgetSession } from './get-session.ts';

export type SignOutScope = 'here' | 'everywhere';

/** POST /api/auth/logout (this browser) or /logout-everywhere (every session of the VA). */
export async function signOut(client: AdminClient, scope: SignOutScope): Promise<void> {
  const response =
    scope === 'here' ? await client.auth.logout.$post() : await client.auth['logout-everywhere'].$post();
  await throwIfFailed(response);
}

/** Signs out; afterwards the sign-in page says so, and nothing of the back office stays in memory. */
export function useSignOut() {
  const client = useAdminClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (scope: SignOutScope) => signOut(client, scope),
    onSuccess: (_nothing, scope) =>
      forgetSession(queryClient, scope === 'here' ? 'signed-out' : 'signed-out-everywhere'),
  });
}
