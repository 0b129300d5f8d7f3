import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from './api-client.ts';
import { throwIfFailed } from './api-error.ts';

/** What the scan needs from the server: the VA's task catalogue and who she is. */
export async function getScanConfig() {
  const response = await api.api.scan.config.$get();
  await throwIfFailed(response);
  return response.json();
}

export type ScanConfig = Awaited<ReturnType<typeof getScanConfig>>;

export function getScanConfigQueryOptions() {
  return queryOptions({
    queryKey: ['scan', 'config'],
    queryFn: getScanConfig,
    // The catalogue changes rarely; one fetch per visit is enough.
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useScanConfig() {
  return useQuery(getScanConfigQueryOptions());
}
