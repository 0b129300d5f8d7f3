import { createContext, useContext, useEffect, useRef, type ReactNode } from 'react';
import { useLocale } from '../../i18n/locale.tsx';
import { m } from '../../paraglide/messages.js';

/** The id of every back-office page's <main>: the skip link's target. */
export const MAIN_ID = 'admin-main';

/** True once the VA has moved to another page of the back office (not on the first page load). */
export const NavigatedContext = createContext(false);

/**
 * The page's <h1>. After a move within the back office it takes focus when it appears, so a
 * screen reader announces the new page and the keyboard starts at its top.
 */
function PageHeading({
  children,
  className = '',
  describedBy,
}: {
  children: ReactNode;
  className?: string;
  /** A message that belongs to arriving here (e.g. "erased"): read out with the focused heading. */
  describedBy?: string | undefined;
}) {
  const navigated = useContext(NavigatedContext);
  const ref = useRef<HTMLHeadingElement>(null);
  const focusOnMount = useRef(navigated);
  useEffect(() => {
    if (focusOnMount.current) ref.current?.focus();
  }, []);
  return (
    <h1
      ref={ref}
      tabIndex={-1}
      aria-describedby={describedBy}
      className={`scroll-mt-4 text-2xl font-semibold tracking-tight text-stone-900 sm:text-3xl ${className}`}
    >
      {children}
    </h1>
  );
}

/** The document title of a back-office page. */
export function PageTitle({ title }: { title: string }) {
  useLocale();
  return <title>{`${title} – ${m.admin_app_title()}`}</title>;
}

type AdminPageProps = {
  title: string;
  /** Shown as the <h1> instead of the title (e.g. with a badge); the title stays the tab's name. */
  heading?: ReactNode;
  width?: 'narrow' | 'wide';
  describedBy?: string | undefined;
  /** Above the heading, e.g. a link back to the list. */
  before?: ReactNode;
  children?: ReactNode;
};

/** A back-office page: <main> (the skip link's target), the tab title and the <h1>. */
export function AdminPage({ title, heading, width = 'wide', describedBy, before, children }: AdminPageProps) {
  return (
    <main
      id={MAIN_ID}
      tabIndex={-1}
      className={`mx-auto w-full px-4 pt-6 pb-16 focus:outline-none sm:px-6 ${width === 'wide' ? 'max-w-6xl' : 'max-w-md'}`}
    >
      <PageTitle title={title} />
      {before ? <div className="mb-2">{before}</div> : null}
      <PageHeading describedBy={describedBy}>{heading ?? title}</PageHeading>
      {children}
    </main>
  );
}

/** A page whose data is still on its way: said to screen readers, a calm skeleton for the eye. */
export function PageLoading({ label }: { label: string }) {
  return (
    <main id={MAIN_ID} tabIndex={-1} className="mx-auto w-full max-w-6xl px-4 pt-6 pb-16 focus:outline-none sm:px-6">
      <p role="status" className="text-stone-700">
        {label}
      </p>
      <div aria-hidden="true" className="mt-6 space-y-4">
        <div className="h-8 w-1/3 animate-pulse rounded bg-stone-200" />
        <div className="h-24 animate-pulse rounded-xl bg-stone-200" />
        <div className="h-48 animate-pulse rounded-xl bg-stone-200" />
      </div>
    </main>
  );
}
