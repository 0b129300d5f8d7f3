import { Button } from '../../../components/ui/button.tsx';
import { m } from '../../../paraglide/messages.js';
import { noticeClass } from '../../../components/admin/styles.ts';
import { useSendTestEmail } from '../api/send-test-email.ts';

/**
 * "Send me a test e-mail": straight to the SMTP server, and its answer word for word underneath,
 * accepted (a status) or refused (an alert), so she or her host can act on it.
 */
export function TestEmailButton() {
  const send = useSendTestEmail();
  const result = send.data;

  return (
    <div className="mt-3">
      <Button
        variant="secondary"
        aria-disabled={send.isPending || undefined}
        onClick={() => {
          if (!send.isPending) send.mutate();
        }}
      >
        {send.isPending ? m.setup_email_test_sending() : m.setup_email_test_button()}
      </Button>
      {/* Always in the page, so that what appears in it is read out. */}
      <div role="status">
        {result?.ok ? (
          <div className={`mt-3 ${noticeClass.success}`}>
            <p>{m.setup_email_test_ok({ to: result.to })}</p>
            <SmtpAnswer answer={result.answer} />
          </div>
        ) : null}
      </div>
      <div role="alert">
        {result && !result.ok ? (
          <div className={`mt-3 ${noticeClass.error}`}>
            <p>{m.setup_email_test_failed()}</p>
            <SmtpAnswer answer={result.answer} />
          </div>
        ) : send.isError ? (
          <p className={`mt-3 ${noticeClass.error}`}>{m.setup_email_test_error()}</p>
        ) : null}
      </div>
    </div>
  );
}

function SmtpAnswer({ answer }: { answer: string }) {
  return (
    <p className="mt-1 text-sm">
      {m.setup_email_answer()} <code className="break-all whitespace-pre-wrap">{answer}</code>
    </p>
  );
}
