import { Suspense, useEffect, useState, type ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { LanguageSwitch } from '../../../app/language-switch.tsx';
import { RouteErrorBoundary } from '../../../app/route-error-boundary.tsx';
import { useLocale } from '../../../i18n/locale.tsx';
import { m } from '../../../paraglide/messages.js';
import { isSignedIn, useSession } from '../api/get-session.ts';
import { AccountMenu } from './account-menu.tsx';
import { INBOX_PATH } from '../utils/paths.ts';
import { MAIN_ID, NavigatedContext, PageLoading } from './admin-page.tsx';

/**
 * The back office's sections, in menu order: one line each. A section is marked in the menu on
 * its own page (`path`, relative to /admin) and on the pages below it (`below`).
 */
const NAV_ITEMS: { href: string; path: string; below: string; label: () => string }[] = [
  { href: INBOX_PATH, path: '/', below: '/intakes/', label: () => m.admin_nav_inbox() },
  { href: '/outbox', path: '/outbox', below: '/outbox/', label: () => m.admin_nav_outbox() },
  { href: '/email-templates', path: '/email-templates', below: '/email-templates/', label: () => m.admin_nav_email_templates() },
  { href: '/insight', path: '/insight', below: '/insight/', label: () => m.insight_nav() },
  { href: '/retention', path: '/retention', below: '/retention/', label: () => m.retention_nav() },
  { href: '/settings', path: '/settings', below: '/settings/', label: () => m.admin_nav_settings() },
];

const navLinkClass =
  'inline-flex min-h-11 items-center rounded-lg px-3 font-medium text-stone-700 hover:bg-brand-50 hover:text-brand-800 data-[active=true]:bg-brand-50 data-[active=true]:text-brand-800 data-[active=true]:underline data-[active=true]:decoration-2 data-[active=true]:underline-offset-8';

/**
 * Every back-office page (`children`): a skip link, the header (name, navigation once signed in, language,
 * the VA's account menu) and the page below it. An error or a page whose code is still loading
 * shows below the header; moving to another page starts without the error.
 */
export function AdminLayout({ children }: { children: ReactNode }) {
  const { locale } = useLocale();
  // Relative to /admin: "/" is the inbox.
  const [pathname] = useLocation();
  const session = useSession();
  const va = isSignedIn(session.data) ? session.data.va : null;

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  // Focus moves to a page's heading only after the VA moved, not on the first load.
  const [firstPath] = useState(pathname);
  const [navigated, setNavigated] = useState(false);
  if (!navigated && pathname !== firstPath) setNavigated(true);

  return (
    <div className="flex min-h-dvh flex-col">
      <a
        href={`#${MAIN_ID}`}
        onClick={(event) => {
          event.preventDefault();
          document.getElementById(MAIN_ID)?.focus();
        }}
        className="sr-only z-50 rounded-lg bg-white px-4 py-3 font-medium text-brand-800 shadow focus:not-sr-only focus:absolute focus:top-2 focus:left-2"
      >
        {m.admin_skip_to_content()}
      </a>
      <header className="border-b border-stone-200 bg-white">
        <div className="mx-auto flex w-full max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-2 sm:px-6">
          <Link href={INBOX_PATH} className="flex min-h-11 items-center gap-2 rounded font-semibold text-brand-800">
            <span aria-hidden="true" className="grid size-7 place-items-center rounded-md bg-brand-600 text-sm text-white">
              ✓
            </span>
            <span>
              {m.app_name()} <span className="font-normal text-stone-600">{m.admin_back_office()}</span>
            </span>
          </Link>
          {va ? (
            <nav aria-label={m.admin_nav_label()} className="order-last w-full xl:order-none xl:w-auto">
              {/* Wraps onto a second line on a phone rather than scrolling sideways. */}
              <ul className="flex flex-wrap gap-1">
                {NAV_ITEMS.map((item) => (
                  <li key={item.path}>
                    <Link
                      href={item.href}
                      className={navLinkClass}
                      data-active={pathname === item.path || pathname.startsWith(item.below)}
                      aria-current={pathname === item.path ? 'page' : undefined}
                    >
                      {item.label()}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
          ) : null}
          <div className="ml-auto flex items-center gap-2">
            <LanguageSwitch />
            {va ? <AccountMenu va={va} /> : null}
          </div>
        </div>
      </header>
      <NavigatedContext.Provider value={navigated}>
        <Suspense fallback={<PageLoading label={m.admin_loading()} />}>
          <RouteErrorBoundary key={pathname}>
            {children}
          </RouteErrorBoundary>
        </Suspense>
      </NavigatedContext.Provider>
    </div>
  );
}
