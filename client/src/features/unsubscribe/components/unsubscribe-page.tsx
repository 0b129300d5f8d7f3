import { Link, useParams } from 'wouter';
import { ResultToken } from '#shared/schemas/common.ts';
import { NoticePage, noticeActionClass } from '../../../components/ui/notice-page.tsx';
import { useLocale } from '../../../i18n/locale.tsx';
import { m } from '../../../paraglide/messages.js';
import { useScanConfig } from '../../../lib/get-scan-config.ts';
import { isUnsubscribeLinkUnknown, useUndoUnsubscribe, useUnsubscribe, useUnsubscribeState } from '../api/unsubscribe.ts';
// This page's utilities, outside the scan's first load (docs/decisions/0028-first-load-react-query-and-css-off.md).
import '../../../later-pages.css';

const secondaryButton =
  'inline-flex min-h-11 items-center justify-center rounded-lg border-2 border-brand-700 bg-white px-5 py-2.5 font-semibold text-brand-800 hover:bg-brand-50';

/**
 * /u/:token — the unsubscribe link in every e-mail to a prospect. Opening it changes nothing:
 * the page asks the state (GET) and offers a button; only that click unsubscribes (a POST). Mail
 * scanners that open links, even in a browser that runs the page, unsubscribe nobody. (Mail
 * clients' own one-click unsubscribe, RFC 8058, is an explicit POST of its own.)
 * The header shows the VA's branding, as on the result page.
 */
export function UnsubscribePage() {
  useLocale();
  const { token = '' } = useParams<{ token?: string }>();
  const tokenIsValid = ResultToken.safeParse(token).success;
  const state = useUnsubscribeState(token, tokenIsValid);
  const confirm = useUnsubscribe(token);
  const undo = useUndoUnsubscribe(token);
  // Her reply address, for a way back in touch (the layout's header fetched it already).
  const replyEmail = useScanConfig().data?.va.email;

  const unknown = (error: unknown) => isUnsubscribeLinkUnknown(error);
  if (!tokenIsValid || unknown(state.error) || unknown(confirm.error) || unknown(undo.error)) {
    return (
      <NoticePage key="not-found" heading={m.unsubscribe_not_found_heading()}>
        <p>{m.unsubscribe_not_found_text()}</p>
        <Link href="/" className={noticeActionClass}>
          {m.unsubscribe_to_scan()}
        </Link>
      </NoticePage>
    );
  }

  if (state.status === 'error' || confirm.status === 'error' || undo.status === 'error') {
    const retry = () =>
      confirm.status === 'error' ? confirm.mutate() : undo.status === 'error' ? undo.mutate() : void state.refetch();
    return (
      <NoticePage key="error" heading={m.unsubscribe_error_heading()}>
        <p>{m.unsubscribe_error_text()}</p>
        <button type="button" onClick={retry} className={noticeActionClass}>
          {m.unsubscribe_retry()}
        </button>
      </NoticePage>
    );
  }

  if (state.data?.unsubscribed) {
    const { vaName } = state.data;
    return (
      <NoticePage key="done" heading={m.unsubscribe_done_heading()}>
        <p>{vaName ? m.unsubscribe_done_text({ vaName }) : m.unsubscribe_done_text_neutral()}</p>
        <p>{m.unsubscribe_done_result()}</p>
        <p>{vaName ? m.unsubscribe_done_contact({ vaName }) : m.unsubscribe_done_contact_neutral()}</p>
        <div className="flex flex-wrap gap-3">
          {replyEmail ? (
            <a href={`mailto:${replyEmail}`} className={secondaryButton}>
              {vaName ? m.unsubscribe_mail_va({ vaName }) : m.unsubscribe_mail_va_neutral()}
            </a>
          ) : null}
          {/* A click by mistake (or by someone else on this device) is one click to take back. */}
          <button type="button" onClick={() => undo.mutate()} disabled={undo.status === 'pending'} className={secondaryButton}>
            {m.unsubscribe_undo()}
          </button>
        </div>
      </NoticePage>
    );
  }

  if (state.data) {
    const { vaName } = state.data;
    const sending = confirm.status === 'pending';
    return (
      <NoticePage key={undo.status === 'success' ? 'undone' : 'confirm'} heading={m.unsubscribe_confirm_heading()}>
        {undo.status === 'success' ? (
          <p role="status" className="font-semibold text-stone-900">
            {m.unsubscribe_undone()}
          </p>
        ) : null}
        <p>{vaName ? m.unsubscribe_confirm_text({ vaName }) : m.unsubscribe_confirm_text_neutral()}</p>
        <button type="button" onClick={() => confirm.mutate()} disabled={sending} className={noticeActionClass}>
          {m.unsubscribe_confirm_button()}
        </button>
        {sending ? (
          <p role="status" className="text-stone-700">
            {m.unsubscribe_pending()}
          </p>
        ) : null}
      </NoticePage>
    );
  }

  return (
    <main className="mx-auto w-full max-w-2xl px-4 py-12">
      <title>{`${m.unsubscribe_document_title()} – ${m.app_name()}`}</title>
      <p role="status" className="text-stone-700">
        {m.unsubscribe_loading()}
      </p>
    </main>
  );
}
