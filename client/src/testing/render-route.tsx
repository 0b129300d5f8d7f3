import type { QueryClient } from '@tanstack/react-query';
import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { preloadScanCode } from '../features/scan/components/scan-page.tsx';
import { LocaleProvider } from '../i18n/locale.tsx';
import { createQueryClient } from '../lib/query-client.ts';
import { AppRoutes, preloadResultPage } from '../app/router.tsx';
import { preloadVaBrand } from '../app/va-brand.tsx';
import { createMemoryRouter } from './memory-router.tsx';

// In the browser the scan's later steps and checks, react-query and the header's branding load
// right after the first paint (and a result link's page before it); here once, before any test renders, so that no test races those loads.
await Promise.all([preloadScanCode(), preloadVaBrand(), preloadResultPage()]);

/**
 * For component tests: the app's real routes and providers, starting at `path` (in memory).
 * `pathname()` tells where the app is now, e.g. after a link or a redirect.
 */
export function renderRoute(path: string, { queryClient = createQueryClient() }: { queryClient?: QueryClient } = {}) {
  const { MemoryRouter, location } = createMemoryRouter(path);
  const user = userEvent.setup();
  const view = render(
    <QueryClientProvider client={queryClient}>
      <LocaleProvider>
        <MemoryRouter>
          <AppRoutes />
        </MemoryRouter>
      </LocaleProvider>
    </QueryClientProvider>,
  );
  return { user, queryClient, pathname: () => location().pathname, ...view };
}
