import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { Link, useLocation, useParams } from 'wouter';
import { ResumeToken } from '#shared/schemas/draft.ts';
import { useLocale } from '../../../i18n/locale.tsx';
import { ApiRequestError } from '../../../lib/api-error.ts';
import { m } from '../../../paraglide/messages.js';
import { getSavedDraftQueryOptions, isLinkGone } from '../api/get-saved-draft.ts';
import { fromSavedDraft, saveDraft } from '../utils/draft-storage.ts';

const linkButton =
  'inline-flex min-h-11 items-center justify-center rounded-lg bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800';

/** One message and a way on; the heading takes focus so that it is announced. */
function Notice({ heading, children }: { heading: string; children: ReactNode }) {
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

/**
 * /resume/:token — the link from the "later verder" e-mail. Loads the saved draft into this
 * browser's draft storage (replacing whatever was there: the link is what the prospect chose)
 * and opens the scan at the step they left, in the scan's language unless the visitor picked
 * one on this device. From then on the browser's autosave takes over as usual.
 */
export function ResumePage() {
  const { suggestLocale } = useLocale();
  const [, navigate] = useLocation();
  const { token = '' } = useParams<{ token?: string }>();
  const tokenIsValid = ResumeToken.safeParse(token).success;
  const query = useQuery({ ...getSavedDraftQueryOptions(token), enabled: tokenIsValid });
  const saved = query.data;
  const draft = useMemo(() => (saved ? fromSavedDraft(saved) : null), [saved]);

  useEffect(() => {
    if (!saved || !draft) return;
    saveDraft(draft);
    suggestLocale(saved.locale);
    navigate('/', { replace: true });
  }, [saved, draft, suggestLocale, navigate]);

  if (!tokenIsValid || (query.isError && isLinkGone(query.error)) || (saved && !draft)) {
    return (
      <Notice heading={m.scan_resume_gone_heading()}>
        <p>{m.scan_resume_gone_text()}</p>
        <Link href="/" className={linkButton}>
          {m.scan_resume_start_again()}
        </Link>
      </Notice>
    );
  }

  if (query.isError) {
    const busy = query.error instanceof ApiRequestError && query.error.status === 429;
    return (
      <Notice heading={m.scan_resume_error_heading()}>
        <p>{busy ? m.scan_resume_busy_text() : m.scan_resume_error_text()}</p>
        <button
          type="button"
          onClick={() => {
            if (!query.isFetching) void query.refetch();
          }}
          aria-disabled={query.isFetching || undefined}
          className={`${linkButton} aria-disabled:opacity-70`}
        >
          {m.scan_resume_retry()}
        </button>
      </Notice>
    );
  }

  return (
    <main className="mx-auto w-full max-w-2xl px-4 py-12" aria-busy="true">
      <title>{`${m.scan_resume_loading()} – ${m.app_name()}`}</title>
      <p role="status" className="text-stone-700">
        {m.scan_resume_loading()}
      </p>
    </main>
  );
}
