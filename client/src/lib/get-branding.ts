import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from './api-client.ts';
import { throwIfFailed } from './api-error.ts';

/** The VA's name, colour and logo URL for the header of every prospect's page (not the catalogue). */
export async function getBranding() {
  const response = await api.api.branding.$get();
  await throwIfFailed(response);
  return response.json();
}

export function getBrandingQueryOptions() {
  return queryOptions({
    queryKey: ['branding'],
    queryFn: getBranding,
    // Her branding changes rarely; one fetch per visit is enough.
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useBranding() {
  return useQuery(getBrandingQueryOptions());
}
