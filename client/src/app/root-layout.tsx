import { Suspense, useEffect } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { m } from '../paraglide/messages.js';
import { useLocale } from '../i18n/locale.tsx';
import { LanguageSwitch } from './language-switch.tsx';
import { RouteErrorBoundary } from './route-error-boundary.tsx';

/**
 * Every page: a slim header with the scan's name and the language switch. Pages render <main>;
 * an error or a page whose code is still loading shows below the header.
 */
export function RootLayout() {
  const { locale } = useLocale();
  const { pathname } = useLocation();
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="border-b border-stone-200 bg-white print:hidden">
        <div className="mx-auto flex w-full max-w-2xl items-center justify-between gap-3 px-4 py-2">
          <Link to="/" className="flex min-h-11 items-center gap-2 rounded font-semibold text-brand-800">
            <span aria-hidden="true" className="grid size-7 place-items-center rounded-md bg-brand-600 text-sm text-white">
              ✓
            </span>
            {m.app_name()}
          </Link>
          <LanguageSwitch />
        </div>
      </header>
      {/* The fallback shows while a page's code loads on the very first visit (e.g. opening a
          result link); later navigations are transitions, so the current page stays until the
          next one is ready. The error boundary starts afresh on every path. */}
      <Suspense fallback={<div aria-busy="true" className="min-h-dvh" />}>
        <RouteErrorBoundary key={pathname}>
          <Outlet />
        </RouteErrorBoundary>
      </Suspense>
    </div>
  );
}
