import type { QueryClient } from '@tanstack/react-query';
import { preloadScanCode } from '../features/scan/components/scan-page.tsx';
import { createQueryClient } from '../lib/query-client.ts';
import { preloadResultPage } from '../app/router.tsx';
import { preloadVaBrand } from '../app/va-brand.tsx';
import { renderAppRoutes } from './memory-router.tsx';

// In the browser the scan's later steps and checks, react-query and the header's branding load
// right after the first paint (and a result link's page before it); here once, before any test renders, so that no test races those loads.
await Promise.all([preloadScanCode(), preloadVaBrand(), preloadResultPage()]);

/**
 * For component tests: the app's real routes and providers, starting at `path` (in memory).
 * `pathname()` tells where the app is now, e.g. after a link or a redirect.
 */
export function renderRoute(path: string, { queryClient = createQueryClient() }: { queryClient?: QueryClient } = {}) {
  const { location, ...view } = renderAppRoutes(path, queryClient);
  return { queryClient, pathname: () => location().pathname, ...view };
}
