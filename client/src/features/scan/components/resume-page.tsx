import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { Link, useLocation, useParams } from 'wouter';
import { ResumeToken } from '#shared/schemas/draft.ts';
import { NoticePage, noticeActionClass } from '../../../components/ui/notice-page.tsx';
import { useLocale } from '../../../i18n/locale.tsx';
import { ApiRequestError } from '../../../lib/api-error.ts';
import { m } from '../../../paraglide/messages.js';
import { getSavedDraftQueryOptions, isLinkGone } from '../api/get-saved-draft.ts';
import { fromSavedDraft } from '../utils/draft-check.ts';
import { saveDraft } from '../utils/draft-storage.ts';

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
      <NoticePage heading={m.scan_resume_gone_heading()}>
        <p>{m.scan_resume_gone_text()}</p>
        <Link href="/" className={noticeActionClass}>
          {m.scan_resume_start_again()}
        </Link>
      </NoticePage>
    );
  }

  if (query.isError) {
    const busy = query.error instanceof ApiRequestError && query.error.status === 429;
    return (
      <NoticePage heading={m.scan_resume_error_heading()}>
        <p>{busy ? m.scan_resume_busy_text() : m.scan_resume_error_text()}</p>
        <button
          type="button"
          onClick={() => {
            if (!query.isFetching) void query.refetch();
          }}
          aria-disabled={query.isFetching || undefined}
          className={`${noticeActionClass} aria-disabled:opacity-70`}
        >
          {m.scan_resume_retry()}
        </button>
      </NoticePage>
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
