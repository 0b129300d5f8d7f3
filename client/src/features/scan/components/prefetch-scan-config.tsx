import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { getScanConfigQueryOptions } from '../../../lib/get-scan-config.ts';

/**
 * Fetches the catalogue while the prospect answers step 1, so step 2 is ready. Rendered by the
 * scan page inside a QueryGate: it runs once react-query has loaded, right after the first paint.
 */
export function PrefetchScanConfig() {
  const queryClient = useQueryClient();
  useEffect(() => {
    void queryClient.prefetchQuery(getScanConfigQueryOptions());
  }, [queryClient]);
  return null;
}
