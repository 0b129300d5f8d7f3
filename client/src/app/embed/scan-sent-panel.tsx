import { useLayoutEffect, useRef } from 'react';
import { useLocale } from '../../i18n/locale.tsx';
import { m } from '../../paraglide/messages.js';

/**
 * After sending the scan inside a frame: the result needs the whole page (buckets, chart, trust
 * plan, print), so the link opens it there. target="_top" replaces the VA's page in the same
 * tab: the back button returns to her site, nothing is blocked as a pop-up, and on a phone no
 * tab gets lost. (A click is what lets a cross-site frame navigate the top page; the snippet
 * has no sandbox that would stop it.)
 */
export function ScanSentPanel({ resultPath }: { resultPath: string }) {
  useLocale();
  const heading = useRef<HTMLHeadingElement>(null);
  // The steps are gone: start here, so a screen reader announces that the scan was sent.
  useLayoutEffect(() => {
    heading.current?.focus();
  }, []);

  return (
    <main className="mx-auto w-full max-w-2xl px-4 pb-10 pt-6">
      <title>{m.embed_sent_document_title()}</title>
      <div className="rounded-2xl bg-brand-50 p-6 ring-1 ring-brand-100">
        <h1 ref={heading} tabIndex={-1} className="text-2xl font-semibold tracking-tight text-stone-900">
          {m.embed_sent_heading()}
        </h1>
        <p className="mt-2 text-stone-700">{m.embed_sent_text()}</p>
        <a
          href={resultPath}
          target="_top"
          className="mt-5 inline-flex min-h-11 items-center gap-2 rounded-lg bg-brand-600 px-5 py-2.5 font-semibold text-white shadow-sm hover:bg-brand-700"
        >
          {m.embed_sent_link()}
          <span aria-hidden="true">→</span>
        </a>
      </div>
    </main>
  );
}
