import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { ApiRequestError, throwIfFailed } from '../../../lib/api-error.ts';

export type UnsubscribeState = { unsubscribed: boolean; vaName: string | null };

/** GET /api/unsubscribe/:token: has this prospect unsubscribed already, and from whom. Changes nothing. */
export async function getUnsubscribeState(token: string): Promise<UnsubscribeState> {
  const response = await api.api.unsubscribe[':token'].$get({ param: { token } });
  await throwIfFailed(response);
  return response.json();
}

export function getUnsubscribeStateQueryOptions(token: string) {
  return queryOptions({
    queryKey: ['unsubscribe', token],
    queryFn: () => getUnsubscribeState(token),
    retry: (failureCount, error) => !isUnsubscribeLinkUnknown(error) && failureCount < 1,
  });
}

export function useUnsubscribeState(token: string, enabled: boolean) {
  return useQuery({ ...getUnsubscribeStateQueryOptions(token), enabled });
}

/** POST /api/unsubscribe/:token: no more follow-ups for the intake this link belongs to. */
export async function unsubscribe(token: string): Promise<UnsubscribeState> {
  const response = await api.api.unsubscribe[':token'].$post({ param: { token } });
  await throwIfFailed(response);
  return response.json();
}

/** An unknown, erased or malformed link: the page says so kindly, the same way for all. */
export function isUnsubscribeLinkUnknown(error: unknown): boolean {
  return error instanceof ApiRequestError && (error.status === 404 || error.status === 422);
}

/** Asking twice is harmless: the server keeps the first time. The page's state follows the answer. */
export function useUnsubscribe(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unsubscribe(token),
    onSuccess: (state) => queryClient.setQueryData(getUnsubscribeStateQueryOptions(token).queryKey, state),
  });
}

/** POST /api/unsubscribe/:token/undo: takes the unsubscribe back (a click by mistake). */
export async function undoUnsubscribe(token: string): Promise<UnsubscribeState> {
  const response = await api.api.unsubscribe[':token'].undo.$post({ param: { token } });
  await throwIfFailed(response);
  return response.json();
}

export function useUndoUnsubscribe(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => undoUnsubscribe(token),
    onSuccess: (state) => queryClient.setQueryData(getUnsubscribeStateQueryOptions(token).queryKey, state),
  });
}
