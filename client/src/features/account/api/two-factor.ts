import { queryOptions, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { DisableTwoFactorInput, RecoveryCodesResponse, TwoFactorSetup, TwoFactorStatus } from '#shared/schemas/auth.ts';
import { throwIfFailed } from '../../../lib/api-error.ts';
import { useAdminClient, type AdminClient } from '../../../lib/admin/admin-client.ts';
import { adminQueryRoot } from '../../../lib/admin/query-keys.ts';
import { getSessionQueryOptions, isSignedIn } from '../../../lib/admin/get-session.ts';

/** Under the back office's query root, so signing out takes it out of memory too. */
export const twoFactorQueryKey = [...adminQueryRoot, 'two-factor'] as const;

/** GET /api/admin/two-factor: on or off, and how many recovery codes are left. */
export async function getTwoFactor(client: AdminClient): Promise<TwoFactorStatus> {
  const response = await client.admin['two-factor'].$get();
  await throwIfFailed(response);
  return response.json();
}

export function useTwoFactor() {
  const client = useAdminClient();
  return useQuery(queryOptions({ queryKey: twoFactorQueryKey, queryFn: () => getTwoFactor(client) }));
}

/** The session says whether a code is asked (the re-authentication dialog reads it). */
function rememberTwoFactor(queryClient: QueryClient, enabled: boolean) {
  queryClient.setQueryData(getSessionQueryOptions().queryKey, (state) =>
    isSignedIn(state) ? { ...state, twoFactorEnabled: enabled } : state,
  );
}

/** POST …/setup: a new secret (QR code and the key as text); nothing changes until it is confirmed. */
export function useStartTwoFactorSetup() {
  const client = useAdminClient();
  return useMutation({
    mutationFn: async (): Promise<TwoFactorSetup> => {
      const response = await client.admin['two-factor'].setup.$post();
      await throwIfFailed(response);
      return response.json();
    },
  });
}

/** POST …/enable with a current code: two-step sign-in is on; the recovery codes come back once. */
export function useEnableTwoFactor() {
  const client = useAdminClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (code: string): Promise<RecoveryCodesResponse> => {
      const response = await client.admin['two-factor'].enable.$post({ json: { code } });
      await throwIfFailed(response);
      return response.json();
    },
    onSuccess: async () => {
      rememberTwoFactor(queryClient, true);
      await queryClient.invalidateQueries({ queryKey: twoFactorQueryKey });
    },
  });
}

/** POST …/recovery-codes with a code: new codes, the old ones stop working. */
export function useRegenerateRecoveryCodes() {
  const client = useAdminClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (code: string): Promise<RecoveryCodesResponse> => {
      const response = await client.admin['two-factor']['recovery-codes'].$post({ json: { code } });
      await throwIfFailed(response);
      return response.json();
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: twoFactorQueryKey }),
  });
}

/** POST …/disable with her password and a code. */
export function useDisableTwoFactor() {
  const client = useAdminClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: DisableTwoFactorInput): Promise<void> => {
      const response = await client.admin['two-factor'].disable.$post({ json: input });
      await throwIfFailed(response);
    },
    onSuccess: async () => {
      rememberTwoFactor(queryClient, false);
      await queryClient.invalidateQueries({ queryKey: twoFactorQueryKey });
    },
  });
}
