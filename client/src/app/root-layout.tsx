import { Suspense, type ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { useLocale } from '../i18n/locale.tsx';
import { LanguageSwitch } from './language-switch.tsx';
import { RouteErrorBoundary } from './route-error-boundary.tsx';
import { VaBrand } from './va-brand.tsx';

/**
 * Every public page (`children`): a slim header with the scan's name and the language switch.
 * Pages render <main>; an error or a page whose code is still loading shows below the header.
 */
export function RootLayout({ children }: { children: ReactNode }) {
  useLocale(); // re-render on a language switch
  const [pathname] = useLocation();
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="border-b border-stone-200 bg-white print:hidden">
        <div className="mx-auto flex w-full max-w-2xl items-center justify-between gap-3 px-4 py-2">
          <Link href="/" className="flex min-h-11 items-center gap-2 rounded font-semibold text-brand-800">
            <VaBrand />
          </Link>
          <LanguageSwitch />
        </div>
      </header>
      {/* The fallback shows while a page's code loads the first time (opening a result link,
          or the moment after sending the scan). The error boundary starts afresh on every path. */}
      <Suspense fallback={<div aria-busy="true" className="min-h-dvh" />}>
        <RouteErrorBoundary key={pathname}>
          {children}
        </RouteErrorBoundary>
      </Suspense>
    </div>
  );
}
