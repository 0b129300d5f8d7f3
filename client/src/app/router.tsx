import { lazy, Suspense, type ComponentType } from 'react';
import { Route, Switch } from 'wouter';
import { ScanPage } from '../features/scan/components/scan-page.tsx';
import { preloadable } from '../lib/preloadable.tsx';
import { preloadQueryLayer, QueryGate } from '../lib/query-layer.tsx';
import { RootLayout } from './root-layout.tsx';
import { RouteErrorBoundary } from './route-error-boundary.tsx';

// wouter rather than react-router: the same declarative routes for about 10 kB gzip less in
// the scan's bundle (docs/decisions/0001-architecture-and-stack.md).

// Loaded when first visited, so the scan stays small (the back office never reaches a
// prospect's phone). Each inside a QueryGate: react-query is not in the scan's first load
// either (lib/query-layer.tsx); the scan itself gates the parts that need it. A page's code and
// react-query load together and the page renders its gate itself (withQueryGate), so it
// suspends once: React reveals a Suspense boundary's content at most every 300 ms, and a gate
// that suspended first, then the page, cost a result link two of those (decision 0028).
function withQueryGate(load: () => Promise<ComponentType>): Promise<ComponentType> {
  return Promise.all([load(), preloadQueryLayer()]).then(
    ([Page]) =>
      function GatedPage() {
        return (
          <QueryGate>
            <Page />
          </QueryGate>
        );
      },
  );
}
const pageWithQuery = (load: () => Promise<ComponentType>) => lazy(() => withQueryGate(load).then((Page) => ({ default: Page })));
// Preloadable rather than lazy: main.tsx loads it before the app renders over a result page's
// HTML (decision 0031), and then it renders at once, not after a Suspense fallback.
const ResultPage = preloadable(() =>
  withQueryGate(() => import('../features/result/components/result-page.tsx').then((module) => module.ResultPage)),
);
/** The result page's code and react-query (main.tsx: before the app renders over a result page's HTML). */
export const preloadResultPage = ResultPage.preload;
const AdminApp = pageWithQuery(() => import('./admin/admin-app.tsx').then((module) => module.AdminApp));
const UnsubscribePage = pageWithQuery(() =>
  import('../features/unsubscribe/components/unsubscribe-page.tsx').then((module) => module.UnsubscribePage),
);
const EmbedPage = pageWithQuery(() => import('./embed/embed-page.tsx').then((module) => module.EmbedPage));
const ResumePage = pageWithQuery(() => import('../features/scan/components/resume-page.tsx').then((module) => module.ResumePage));
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
          <AdminApp />
        </Suspense>
      </Route>
      {/* The scan in a frame on the VA's own site: no header of ours around it. */}
      <Route path="/embed">
        <RouteErrorBoundary>
          <Suspense>
            <EmbedPage />
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
              <ResultPage />
            </Route>
            <Route path="/resume/:token">
              <ResumePage />
            </Route>
            <Route path="/u/:token">
              <UnsubscribePage />
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
