import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { ApiRequestError, throwIfFailed } from '../../../lib/api-error.ts';

/** POST /api/unsubscribe/:token: no more follow-ups for the intake this link belongs to. */
export async function unsubscribe(token: string): Promise<{ unsubscribed: boolean; vaName: string | null }> {
  const response = await api.api.unsubscribe[':token'].$post({ param: { token } });
  await throwIfFailed(response);
  return response.json();
}

/** An unknown, erased or malformed link: the page says so kindly, the same way for all. */
export function isUnsubscribeLinkUnknown(error: unknown): boolean {
  return error instanceof ApiRequestError && (error.status === 404 || error.status === 422);
}

/** Asking twice is harmless: the server keeps the first time. */
export function useUnsubscribe(token: string) {
  return useMutation({ mutationFn: () => unsubscribe(token) });
}
