import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { ScanPage } from '../features/scan/components/scan-page.tsx';
import { RootLayout } from './root-layout.tsx';

// Declarative routes (<Routes>), not the data router: the scan loads no data through the
// router, and declarative mode keeps about 16 kB gzip of router code out of the scan's bundle.

// Loaded when first visited, so the scan stays small (the back office never reaches a
// prospect's phone).
const ResultPage = lazy(() =>
  import('../features/result/components/result-page.tsx').then((module) => ({ default: module.ResultPage })),
);
const NotFoundPage = lazy(() => import('./not-found-page.tsx').then((module) => ({ default: module.NotFoundPage })));

/**
 * Every page shares the layout (header with the language switch), which also catches a page
 * that fails to render or to load. Rendered inside <BrowserRouter> by the app and inside
 * <MemoryRouter> by the tests (testing/render-route.tsx).
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<RootLayout />}>
        <Route path="/" element={<ScanPage />} />
        <Route path="/r/:token" element={<ResultPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
