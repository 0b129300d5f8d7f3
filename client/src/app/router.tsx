import { lazy, Suspense } from 'react';
import { Route, Switch } from 'wouter';
import { ScanPage } from '../features/scan/components/scan-page.tsx';
import { QueryGate } from '../lib/query-layer.tsx';
import { RootLayout } from './root-layout.tsx';
import { RouteErrorBoundary } from './route-error-boundary.tsx';

// wouter rather than react-router: the same declarative routes for about 10 kB gzip less in
// the scan's bundle (docs/decisions/0001-architecture-and-stack.md).

// Loaded when first visited, so the scan stays small (the back office never reaches a
// prospect's phone). Each inside a QueryGate: react-query is not in the scan's first load
// either (lib/query-layer.tsx); the scan itself gates the parts that need it.
const ResultPage = lazy(() =>
  import('../features/result/components/result-page.tsx').then((module) => ({ default: module.ResultPage })),
);
const AdminApp = lazy(() =>
  import('../features/admin/components/admin-app.tsx').then((module) => ({ default: module.AdminApp })),
);
const UnsubscribePage = lazy(() =>
  import('../features/unsubscribe/components/unsubscribe-page.tsx').then((module) => ({ default: module.UnsubscribePage })),
);
const EmbedPage = lazy(() =>
  import('../features/embed/components/embed-page.tsx').then((module) => ({ default: module.EmbedPage })),
);
const ResumePage = lazy(() =>
  import('../features/scan/components/resume-page.tsx').then((module) => ({ default: module.ResumePage })),
);
const NotFoundPage = lazy(() => import('./not-found-page.tsx').then((module) => ({ default: module.NotFoundPage })));

/**
 * Every public page shares the layout (header with the language switch), which also catches a
 * page that fails to render or to load. Follows the browser's location in the app, and an
 * in-memory one in the tests (testing/render-route.tsx).
 */
export function AppRoutes() {
  return (
    <Switch>
      {/* The back office (/admin and below, a nested router) has its own layout (navigation,
          sign-in) and its own bundle; outside RootLayout, so it waits for its code under a
          Suspense of its own (blank for that moment: every byte here counts against the
          scan's budget). */}
      <Route path="/admin" nest>
        <Suspense>
          <QueryGate>
            <AdminApp />
          </QueryGate>
        </Suspense>
      </Route>
      {/* The scan in a frame on the VA's own site: no header of ours around it. */}
      <Route path="/embed">
        <RouteErrorBoundary>
          <Suspense>
            <QueryGate>
              <EmbedPage />
            </QueryGate>
          </Suspense>
        </RouteErrorBoundary>
      </Route>
      <Route>
        <RootLayout>
          <Switch>
            <Route path="/">
              <ScanPage />
            </Route>
            <Route path="/r/:token">
              <QueryGate>
                <ResultPage />
              </QueryGate>
            </Route>
            <Route path="/resume/:token">
              <QueryGate>
                <ResumePage />
              </QueryGate>
            </Route>
            <Route path="/u/:token">
              <QueryGate>
                <UnsubscribePage />
              </QueryGate>
            </Route>
            <Route>
              <NotFoundPage />
            </Route>
          </Switch>
        </RootLayout>
      </Route>
    </Switch>
  );
}
