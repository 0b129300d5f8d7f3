import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { ReauthInput, ReauthResponse } from '#shared/schemas/auth.ts';
import { throwIfFailed } from '../api-error.ts';
import { useAdminClient, type AdminClient } from './admin-client.ts';

/** Where the end of the last re-authentication is kept (in memory, per tab). */
const reauthKey = ['auth', 'reauth'] as const;
/** Asked again a little before the server's 5 minutes end, so a click at 4:59 does not meet a 403. */
const MARGIN_MS = 20_000;

/** POST /api/auth/reauth: her password (and code) again; exports and erasure are allowed for 5 minutes. */
export async function reauthenticate(client: AdminClient, input: ReauthInput): Promise<ReauthResponse> {
  const response = await client.auth.reauth.$post({ json: input });
  await throwIfFailed(response);
  const body: ReauthResponse = await response.json();
  return body;
}

/** True while this tab re-authenticated recently enough for an export or erasure. */
export function isReauthenticated(queryClient: QueryClient, now = Date.now()): boolean {
  const until = queryClient.getQueryData<string>(reauthKey);
  return until !== undefined && Date.parse(until) - MARGIN_MS > now;
}

/** The server said the re-authentication is over (403 reauth_required): ask again next time. */
export function forgetReauthentication(queryClient: QueryClient): void {
  queryClient.removeQueries({ queryKey: reauthKey });
}

export function useReauthenticate() {
  const client = useAdminClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ReauthInput) => reauthenticate(client, input),
    onSuccess: ({ reauthenticatedUntil }) => queryClient.setQueryData(reauthKey, reauthenticatedUntil),
  });
}
