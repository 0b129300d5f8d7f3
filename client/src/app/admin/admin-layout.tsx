import { Suspense, useState, type ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { LanguageSwitch } from '../language-switch.tsx';
import { RouteErrorBoundary } from '../route-error-boundary.tsx';
import { useLocale } from '../../i18n/locale.tsx';
import { m } from '../../paraglide/messages.js';
import { EmailSetupBanner } from '../../features/setup/components/email-setup-banner.tsx';
import { isSignedIn, useSession } from '../../lib/admin/get-session.ts';
import { AccountMenu } from './account-menu.tsx';
import { INBOX_PATH } from '../../lib/admin/paths.ts';
import { MAIN_ID, NavigatedContext, PageLoading } from '../../components/admin/admin-page.tsx';

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
  'inline-flex min-h-11 items-center rounded-lg px-2.5 font-medium text-stone-700 hover:bg-brand-50 hover:text-brand-800 sm:px-3 aria-[current]:bg-brand-50 aria-[current]:text-brand-800 aria-[current]:underline aria-[current]:decoration-2 aria-[current]:underline-offset-8';

/**
 * Every back-office page (`children`): a skip link, the header (name, navigation once signed in, language,
 * the VA's account menu) and the page below it. An error or a page whose code is still loading
 * shows below the header; moving to another page starts without the error.
 */
export function AdminLayout({ children }: { children: ReactNode }) {
  useLocale(); // re-render on a language switch
  // Relative to /admin: "/" is the inbox.
  const [pathname] = useLocation();
  const session = useSession();
  const va = isSignedIn(session.data) ? session.data.va : null;


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
      {/*
        Two rows at every width: the name with the language and the account, then the sections.
        Six sections next to the rest would not fit on one line, and the order on screen is the
        order of the Tab key.
      */}
      <header className="border-b border-stone-200 bg-white">
        <div className="mx-auto w-full max-w-6xl px-4 py-2 sm:px-6">
          <div className="flex items-center justify-between gap-3">
            <Link href={INBOX_PATH} className="flex min-h-11 min-w-0 items-center gap-2 rounded font-semibold text-brand-800">
              <span aria-hidden="true" className="grid size-7 shrink-0 place-items-center rounded-md bg-brand-600 text-sm text-white">
                ✓
              </span>
              <span className="truncate">
                {/* On a phone only the name shows, so the language and the account fit beside it. */}
                {m.app_name()} <span className="font-normal text-stone-600 max-sm:sr-only">{m.admin_back_office()}</span>
              </span>
            </Link>
            <div className="flex shrink-0 items-center gap-2">
              <LanguageSwitch />
              {va ? <AccountMenu va={va} /> : null}
            </div>
          </div>
          {va ? (
            <nav aria-label={m.admin_nav_label()} className="mt-1">
              {/* Wraps onto a second line on a phone rather than scrolling sideways. */}
              <ul className="flex flex-wrap gap-x-1">
                {NAV_ITEMS.map((item) => {
                  const current = pathname === item.path ? 'page' : pathname.startsWith(item.below) ? 'true' : undefined;
                  return (
                    <li key={item.path}>
                      {/* "page" on the section's own page; "true" on a page below it (an intake, one e-mail). */}
                      <Link href={item.href} className={navLinkClass} aria-current={current}>
                        {item.label()}
                      </Link>
                    </li>
                  );
                })}
              </ul>
            </nav>
          ) : null}
        </div>
      </header>
      {va ? <EmailSetupBanner /> : null}
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
