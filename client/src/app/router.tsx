import { createBrowserRouter, createMemoryRouter, type RouteObject } from 'react-router';
import { ScanPage } from '../features/scan/components/scan-page.tsx';
import { RootLayout } from './root-layout.tsx';
import { RouteErrorPage } from './route-error-page.tsx';

/**
 * The scan is in the first bundle; everything else is loaded when first visited, so the
 * scan stays small (the back office never reaches a prospect's phone). Every page shares the
 * layout (header with the language switch); an error renders inside it.
 */
export const routes: RouteObject[] = [
  {
    element: <RootLayout />,
    // While a lazy page's code loads on the very first visit (e.g. opening a result link).
    hydrateFallbackElement: <div aria-busy="true" className="min-h-dvh" />,
    children: [
      {
        errorElement: <RouteErrorPage />,
        children: [
          { path: '/', element: <ScanPage /> },
          {
            path: '/r/:token',
            lazy: async () => {
              const { ResultPage } = await import('../features/result/components/result-page.tsx');
              return { Component: ResultPage };
            },
          },
          {
            path: '*',
            lazy: async () => {
              const { NotFoundPage } = await import('./not-found-page.tsx');
              return { Component: NotFoundPage };
            },
          },
        ],
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}

/** For component tests: the same routes, starting at a given path. */
export function createTestRouter(initialPath: string) {
  return createMemoryRouter(routes, { initialEntries: [initialPath] });
}
