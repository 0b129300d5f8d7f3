import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { ApiRequestError, throwIfFailed } from '../../../lib/api-error.ts';
import type { ResultView } from '#shared/schemas/result.ts';
import { takeEarlyResult, takeEmbeddedResult } from './early-result.ts';

export const resultQueryKeys = {
  all: ['results'] as const,
  detail: (token: string) => ['results', token] as const,
};

/**
 * GET /api/results/:token. The server counts a visit once per 30 minutes per link, and limits
 * views per address. On a page opened on the result link, the answer is in the page
 * (initialData below), or the first call takes the one /first-paint.js already asked for.
 */
export async function getResult(token: string): Promise<ResultView> {
  const early = takeEarlyResult(token);
  const response = early ? await early.catch(() => null) : null;
  if (response) {
    await throwIfFailed(response);
    return (await response.json()) as ResultView;
  }
  return getResultFromServer(token);
}

async function getResultFromServer(token: string): Promise<ResultView> {
  const response = await api.api.results[':token'].$get({ param: { token } });
  await throwIfFailed(response);
  const view: ResultView = await response.json();
  return view;
}

/** A missing, erased or malformed link: the page shows the same friendly not-found for all. */
export function isResultNotFound(error: unknown): boolean {
  return error instanceof ApiRequestError && (error.status === 404 || error.status === 422);
}

export function getResultQueryOptions(token: string) {
  return queryOptions({
    queryKey: resultQueryKeys.detail(token),
    queryFn: () => getResult(token),
    // The answer in the page itself, when the server put it there: no request at all.
    initialData: () => takeEmbeddedResult(token),
    // A snapshot never changes, and each fetch counts as "result opened": fetch once per visit.
    staleTime: Infinity,
    // Retrying a miss cannot turn it into a hit; other failures get one more try.
    retry: (failureCount, error) => !isResultNotFound(error) && failureCount < 1,
  });
}
