import { useLocale } from '../../../i18n/locale.tsx';
import { m } from '../../../paraglide/messages.js';

export type EmailLinkStatus = 'idle' | 'pending' | 'sent' | 'too-often' | 'failed';

type EmailLinkProps = {
  status: EmailLinkStatus;
  onRequest: () => void;
};

/**
 * "E-mail me this link": the link goes to the address the prospect gave in the scan, which this
 * page never shows. What happened is said in a live region, so a screen reader hears it.
 */
export function EmailLink({ status, onRequest }: EmailLinkProps) {
  useLocale();
  const pending = status === 'pending';
  return (
    <div className="print:hidden">
      <button
        type="button"
        onClick={() => {
          if (!pending) onRequest();
        }}
        aria-disabled={pending}
        aria-describedby="result-email-link-hint"
        className="inline-flex min-h-11 items-center justify-center rounded-lg border-2 border-brand-700 bg-white px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50 aria-disabled:opacity-70"
      >
        {pending ? m.result_email_link_pending() : m.result_email_link()}
      </button>
      <p id="result-email-link-hint" className="sr-only">
        {m.result_email_link_hint()}
      </p>
      <p role="status" className={status === 'sent' || status === 'too-often' ? 'mt-2 text-sm font-medium text-emerald-900' : 'sr-only'}>
        {status === 'sent' ? m.result_email_link_sent() : status === 'too-often' ? m.result_email_link_too_often() : ''}
      </p>
      {status === 'failed' ? (
        <p role="alert" className="mt-2 text-sm font-medium text-red-800">
          {m.result_email_link_failed()}
        </p>
      ) : null}
    </div>
  );
}
