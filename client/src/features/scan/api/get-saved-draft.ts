import { queryOptions } from '@tanstack/react-query';
import { SavedDraft } from '#shared/schemas/draft.ts';
import { api } from '../../../lib/api-client.ts';
import { ApiRequestError, throwIfFailed } from '../../../lib/api-error.ts';

/** GET /api/drafts/:token: the draft behind a resume link. */
async function getSavedDraft(token: string): Promise<SavedDraft> {
  const response = await api.api.drafts[':token'].$get({ param: { token } });
  await throwIfFailed(response);
  return SavedDraft.parse(await response.json());
}

/** Unknown, tampered and expired links all answer 404. */
export function isLinkGone(error: unknown): boolean {
  return error instanceof ApiRequestError && error.status === 404;
}

export function getSavedDraftQueryOptions(token: string) {
  return queryOptions({
    queryKey: ['drafts', token],
    queryFn: () => getSavedDraft(token),
    staleTime: Infinity,
    // A gone link stays gone, and a 429 only gets worse by retrying.
    retry: (failureCount, error) => !(error instanceof ApiRequestError && error.status < 500) && failureCount < 1,
  });
}
