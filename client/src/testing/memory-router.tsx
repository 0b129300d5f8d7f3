import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { AppRoutes } from '../app/router.tsx';
import { LocationStateContext } from '../hooks/location-state.ts';
import { LocaleProvider } from '../i18n/locale.tsx';

type NavigateOptions = { replace?: boolean; state?: unknown };

/**
 * For component tests: a router over an in-memory location starting at `path` (query string
 * included). `location()` tells where the app is now, e.g. after a link or a redirect.
 */
export function createMemoryRouter(path: string) {
  const memory = memoryLocation({ path, record: true });
  // As in a browser, a new history entry has no state unless it is given one.
  const navigate = (to: string, { replace, state = null }: NavigateOptions = {}) => memory.navigate(to, { replace, state });
  const useMemoryLocation = (): [string, typeof navigate] => [memory.hook()[0], navigate];
  const useMemoryState = () => {
    memory.hook();
    return memory.state;
  };

  function MemoryRouter({ children }: { children: ReactNode }) {
    return (
      <Router hook={useMemoryLocation} searchHook={memory.searchHook}>
        <LocationStateContext.Provider value={useMemoryState}>{children}</LocationStateContext.Provider>
      </Router>
    );
  }

  const location = () => {
    const [pathname = '/', search = ''] = (memory.history.at(-1) ?? path).split('?');
    return { pathname, search: search ? `?${search}` : '' };
  };

  return { MemoryRouter, location };
}

/** The app's real routes and providers, rendered in memory at `path` (renderRoute, renderAdmin). */
export function renderAppRoutes(path: string, queryClient: QueryClient) {
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
  return { user, location, ...view };
}
