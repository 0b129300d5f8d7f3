import { type ReactNode, useEffect, useRef } from 'react';
import { Link, useParams } from 'wouter';
import { ResultToken } from '#shared/schemas/common.ts';
import { useLocale } from '../../../i18n/locale.tsx';
import { m } from '../../../paraglide/messages.js';
import { useScanConfig } from '../../scan/api/get-scan-config.ts';
import { isUnsubscribeLinkUnknown, useUnsubscribe } from '../api/unsubscribe.ts';

const linkButton =
  'inline-flex min-h-11 items-center justify-center rounded-lg bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800';

const secondaryButton =
  'inline-flex min-h-11 items-center justify-center rounded-lg border-2 border-brand-700 bg-white px-5 py-2.5 font-semibold text-brand-800 hover:bg-brand-50';

/** One message and a way on; its heading takes focus so a screen reader announces it. */
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
      <Notice heading={m.unsubscribe_not_found_heading()}>
        <p>{m.unsubscribe_not_found_text()}</p>
        <Link href="/" className={linkButton}>
          {m.unsubscribe_to_scan()}
        </Link>
      </Notice>
    );
  }

  if (status === 'error') {
    return (
      <Notice heading={m.unsubscribe_error_heading()}>
        <p>{m.unsubscribe_error_text()}</p>
        <button type="button" onClick={() => mutate()} className={linkButton}>
          {m.unsubscribe_retry()}
        </button>
      </Notice>
    );
  }

  if (status === 'success') {
    const { vaName } = data;
    return (
      <Notice heading={m.unsubscribe_done_heading()}>
        <p>{m.unsubscribe_done_text({ vaName })}</p>
        <p>{m.unsubscribe_done_result()}</p>
        <p>{m.unsubscribe_done_contact({ vaName })}</p>
        {replyEmail ? (
          <a href={`mailto:${replyEmail}`} className={secondaryButton}>
            {m.unsubscribe_mail_va({ vaName })}
          </a>
        ) : null}
      </Notice>
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
