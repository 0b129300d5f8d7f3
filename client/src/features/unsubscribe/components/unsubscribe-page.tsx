import { useEffect, useRef } from 'react';
import { Link, useParams } from 'wouter';
import { ResultToken } from '#shared/schemas/common.ts';
import { NoticePage, noticeActionClass } from '../../../components/ui/notice-page.tsx';
import { useLocale } from '../../../i18n/locale.tsx';
import { m } from '../../../paraglide/messages.js';
import { useScanConfig } from '../../scan/api/get-scan-config.ts';
import { isUnsubscribeLinkUnknown, useUnsubscribe } from '../api/unsubscribe.ts';

const secondaryButton =
  'inline-flex min-h-11 items-center justify-center rounded-lg border-2 border-brand-700 bg-white px-5 py-2.5 font-semibold text-brand-800 hover:bg-brand-50';

/**
 * /u/:token — the unsubscribe link in every e-mail to a prospect. The page itself unsubscribes
 * (a POST once it has loaded), so a mail scanner that merely fetches the link changes nothing.
 * The header shows the VA's branding, as on the result page.
 */
export function UnsubscribePage() {
  useLocale();
  const { token = '' } = useParams<{ token?: string }>();
  const tokenIsValid = ResultToken.safeParse(token).success;
  const { mutate, status, error, data } = useUnsubscribe(token);
  // Her reply address, for a way back in touch (the layout's header fetched it already).
  const replyEmail = useScanConfig().data?.va.email;

  // Once per visit (a ref, so React's development double-run of effects asks only once).
  const asked = useRef(false);
  useEffect(() => {
    if (!tokenIsValid || asked.current) return;
    asked.current = true;
    mutate();
  }, [tokenIsValid, mutate]);

  if (!tokenIsValid || (status === 'error' && isUnsubscribeLinkUnknown(error))) {
    return (
      <NoticePage heading={m.unsubscribe_not_found_heading()}>
        <p>{m.unsubscribe_not_found_text()}</p>
        <Link href="/" className={noticeActionClass}>
          {m.unsubscribe_to_scan()}
        </Link>
      </NoticePage>
    );
  }

  if (status === 'error') {
    return (
      <NoticePage heading={m.unsubscribe_error_heading()}>
        <p>{m.unsubscribe_error_text()}</p>
        <button type="button" onClick={() => mutate()} className={noticeActionClass}>
          {m.unsubscribe_retry()}
        </button>
      </NoticePage>
    );
  }

  if (status === 'success') {
    const { vaName } = data;
    return (
      <NoticePage heading={m.unsubscribe_done_heading()}>
        <p>{vaName ? m.unsubscribe_done_text({ vaName }) : m.unsubscribe_done_text_neutral()}</p>
        <p>{m.unsubscribe_done_result()}</p>
        <p>{vaName ? m.unsubscribe_done_contact({ vaName }) : m.unsubscribe_done_contact_neutral()}</p>
        {replyEmail ? (
          <a href={`mailto:${replyEmail}`} className={secondaryButton}>
            {vaName ? m.unsubscribe_mail_va({ vaName }) : m.unsubscribe_mail_va_neutral()}
          </a>
        ) : null}
      </NoticePage>
    );
  }

  return (
    <main className="mx-auto w-full max-w-2xl px-4 py-12">
      <title>{`${m.unsubscribe_document_title()} – ${m.app_name()}`}</title>
      <p role="status" className="text-stone-700">
        {m.unsubscribe_pending()}
      </p>
    </main>
  );
}
