import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'wouter';
import { ResultToken } from '#shared/schemas/common.ts';
import { useLocale } from '../../../i18n/locale.tsx';
import { m } from '../../../paraglide/messages.js';
import { isSentTooOften, useEmailResultLink } from '../api/email-result-link.ts';
import { useEraseResult } from '../api/erase-result.ts';
import { getResultQueryOptions, isResultNotFound } from '../api/get-result.ts';
import type { EmailLinkStatus } from './email-link.tsx';
import type { EraseStatus } from './erase-data.tsx';
import { ResultView } from './result-view.tsx';
// This page's utilities, outside the scan's first load (docs/decisions/0028-first-load-react-query-and-css-off.md).
import '../../../later-pages.css';

/** A short page with one message and a way on; its heading takes focus so it is announced. */
function Notice({ heading, children }: { heading: string; children: ReactNode }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <main className="mx-auto w-full max-w-2xl px-4 py-12">
      <h1 ref={headingRef} tabIndex={-1} className="text-2xl font-bold text-stone-900">
        {heading}
      </h1>
      <div className="mt-3 space-y-4 text-stone-800">{children}</div>
    </main>
  );
}

const linkButton =
  'inline-flex min-h-11 items-center justify-center rounded-lg bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800';

/** /r/:token — the prospect's own result, reached through the link in their e-mail. */
export function ResultPage() {
  const { locale, suggestLocale } = useLocale();
  const { token = '' } = useParams<{ token?: string }>();
  const tokenIsValid = ResultToken.safeParse(token).success;
  const [erased, setErased] = useState(false);
  const query = useQuery({ ...getResultQueryOptions(token), enabled: tokenIsValid && !erased });
  const erase = useEraseResult(token, { onErased: () => setErased(true) });
  const emailLink = useEmailResultLink(token);
  const view = query.data;

  useEffect(() => {
    document.title = m.result_document_title();
  }, [locale]);

  // Show the result in the language of the scan, unless the visitor chose one on this device.
  useEffect(() => {
    if (view) suggestLocale(view.locale);
  }, [view, suggestLocale]);

  if (erased) {
    return (
      <Notice heading={m.result_erased_heading()}>
        <p>{m.result_erased_text()}</p>
        <Link href="/" className={linkButton}>
          {m.result_start_again()}
        </Link>
      </Notice>
    );
  }

  if (!tokenIsValid || (query.isError && isResultNotFound(query.error))) {
    return (
      <Notice heading={m.result_not_found_heading()}>
        <p>{m.result_not_found_text()}</p>
        <Link href="/" className={linkButton}>
          {m.result_not_found_action()}
        </Link>
      </Notice>
    );
  }

  if (query.isError) {
    return (
      <Notice heading={m.result_error_heading()}>
        <p>{m.result_error_text()}</p>
        <button
          type="button"
          onClick={() => {
            if (!query.isFetching) void query.refetch();
          }}
          aria-disabled={query.isFetching}
          className={`${linkButton} aria-disabled:opacity-70`}
        >
          {query.isFetching ? m.result_loading() : m.result_error_retry()}
        </button>
      </Notice>
    );
  }

  if (!view) {
    return (
      <main className="mx-auto w-full max-w-2xl px-4 py-12">
        <p role="status" className="text-stone-700">
          {m.result_loading()}
        </p>
        <div aria-hidden="true" className="mt-6 space-y-4">
          <div className="h-8 w-2/3 animate-pulse rounded bg-stone-200" />
          <div className="h-28 animate-pulse rounded-xl bg-stone-200" />
          <div className="h-40 animate-pulse rounded-xl bg-stone-200" />
        </div>
      </main>
    );
  }

  const eraseStatus: EraseStatus = erase.isPending ? 'pending' : erase.isError ? 'failed' : 'idle';
  return (
    <ResultView
      view={view}
      pdfHref={`/api/results/${encodeURIComponent(token)}/pdf?locale=${locale}`}
      eraseStatus={eraseStatus}
      onErase={() => erase.mutate()}
      emailLinkStatus={emailLinkStatus(emailLink)}
      onEmailLink={() => emailLink.mutate(locale)}
      resultUrl={new URL(`/r/${token}`, window.location.origin).href}
    />
  );
}

function emailLinkStatus({ status, error }: ReturnType<typeof useEmailResultLink>): EmailLinkStatus {
  if (status === 'error') return isSentTooOften(error) ? 'too-often' : 'failed';
  return status === 'success' ? 'sent' : status;
}
