import type { QueryClient } from '@tanstack/react-query';
import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect } from 'react';
import { MemoryRouter, useLocation, type Location } from 'react-router';
import { LocaleProvider } from '../../i18n/locale.tsx';
import { createQueryClient } from '../../lib/query-client.ts';
import { AppRoutes } from '../router.tsx';

/** Reports every location the router moves to. */
function LocationObserver({ onChange }: { onChange: (location: Location) => void }) {
  const location = useLocation();
  useEffect(() => onChange(location), [location, onChange]);
  return null;
}

/**
 * For component tests: the app's real routes and providers, starting at `path` (in memory).
 * `pathname()` tells where the app is now, e.g. after a link or a redirect.
 */
export function renderRoute(path: string, { queryClient = createQueryClient() }: { queryClient?: QueryClient } = {}) {
  let current = path;
  const onLocationChange = (location: Location) => {
    current = location.pathname;
  };
  const user = userEvent.setup();
  const view = render(
    <QueryClientProvider client={queryClient}>
      <LocaleProvider>
        <MemoryRouter initialEntries={[path]}>
          <AppRoutes />
          <LocationObserver onChange={onLocationChange} />
        </MemoryRouter>
      </LocaleProvider>
    </QueryClientProvider>,
  );
  return { user, queryClient, pathname: () => current, ...view };
}
