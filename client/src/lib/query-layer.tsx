import type { ReactNode } from 'react';
import { preloadable } from './preloadable.tsx';

/**
 * react-query (about 10 kB gzip) is not part of the scan's first load: step 1 and the header
 * render without it, and every part that fetches or sends through it renders inside a
 * `<QueryGate>`, which loads it (docs/decisions/0028-first-load-react-query-and-css-off.md). Every gate
 * provides the app's one QueryClient (query-client-holder.ts), so the catalogue prefetched
 * beside step 1 is in the cache step 2 reads.
 */

const QueryProvider = preloadable(() => import('./query-provider.tsx').then((module) => module.QueryProvider));

/** Loads react-query, e.g. right after the scan's first render. */
export const preloadQueryLayer = QueryProvider.preload;

/**
 * Renders `children` inside the app's QueryClientProvider, once react-query has loaded (until
 * then it suspends: put it inside a Suspense). Inside a provider already (a gate in a gate,
 * the tests' own client) it adds none.
 */
export function QueryGate({ children }: { children: ReactNode }) {
  return <QueryProvider>{children}</QueryProvider>;
}
