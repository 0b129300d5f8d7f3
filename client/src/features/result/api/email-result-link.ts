import { useMutation } from '@tanstack/react-query';
import type { Locale } from '#shared/schemas/common.ts';
import { api } from '../../../lib/api-client.ts';
import { ApiRequestError, throwIfFailed } from '../../../lib/api-error.ts';

/**
 * POST /api/results/:token/email: the link to this result, mailed to the address the scan was
 * sent from (202, queued in the outbox), written in `locale`, the language the page is read in.
 * The page never shows or asks for that address.
 */
export async function emailResultLink(token: string, locale: Locale): Promise<void> {
  const response = await api.api.results[':token'].email.$post({ param: { token }, json: { locale } });
  await throwIfFailed(response);
}

/** 429: it was mailed a moment ago; the server does not send it again so soon. */
export function isSentTooOften(error: unknown): boolean {
  return error instanceof ApiRequestError && error.status === 429;
}

export function useEmailResultLink(token: string) {
  return useMutation({ mutationFn: (locale: Locale) => emailResultLink(token, locale) });
}
