import { type ReactNode, useEffect, useRef } from 'react';
import { m } from '../../paraglide/messages.js';

/** The way on from a notice page (a link or a button styled as the prospect's main action). */
export const noticeActionClass =
  'inline-flex min-h-11 items-center justify-center rounded-lg bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800';

/**
 * A prospect's page with one message and a way on (a link that no longer works, a failure to
 * retry); the heading takes focus so that a screen reader announces it, and names the tab.
 */
export function NoticePage({ heading, children }: { heading: string; children: ReactNode }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <main className="mx-auto w-full max-w-2xl px-4 py-12">
      <title>{`${heading} – ${m.app_name()}`}</title>
      <h1 ref={headingRef} tabIndex={-1} className="text-2xl font-bold text-stone-900">
        {heading}
      </h1>
      <div className="mt-3 space-y-4 text-stone-800">{children}</div>
    </main>
  );
}
