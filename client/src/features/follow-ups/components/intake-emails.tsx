import { Link } from 'wouter';
import { Button } from '../../../components/ui/button.tsx';
import { useLocale } from '../../../i18n/locale.tsx';
import { m } from '../../../paraglide/messages.js';
import { noticeClass, panelClass } from '../../../components/admin/styles.ts';
import { kindLabels } from '../../../components/admin/outbox-labels.ts';
import { OutboxStatusBadge } from '../../../components/admin/outbox-status-badge.tsx';
import { timingText } from '../../../components/admin/outbox-timing.ts';
import { useIntakeEmails } from '../api/get-intake-emails.ts';

/** The intake's e-mails, newest first: status, subject (to the message in the outbox), to whom and when. */
export function IntakeEmails({ intakeId }: { intakeId: string }) {
  const { locale } = useLocale();
  const emails = useIntakeEmails(intakeId);

  return (
    <section id="intake-emails" aria-labelledby="intake-emails-heading" className={`scroll-mt-4 ${panelClass}`}>
      <h2 id="intake-emails-heading" className="text-xl font-semibold text-stone-900">
        {m.followups_emails_heading()}
      </h2>
      {emails.isPending ? (
        <p className="mt-2 text-stone-700">{m.followups_emails_loading()}</p>
      ) : emails.data === undefined ? (
        <div role="alert" className={`mt-3 ${noticeClass.error}`}>
          <p>{m.followups_emails_failed()}</p>
          <Button variant="secondary" className="mt-3" onClick={() => void emails.refetch()} aria-disabled={emails.isFetching || undefined}>
            {m.followups_retry()}
          </Button>
        </div>
      ) : emails.data.items.length === 0 ? (
        <p className="mt-2 text-stone-700">{m.followups_emails_none()}</p>
      ) : (
        <>
          <ul className="mt-3 divide-y divide-stone-200">
            {emails.data.items.map((email) => (
              <li key={email.id} className="py-3 first:pt-0 last:pb-0">
                <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
                  <OutboxStatusBadge status={email.status} />
                  <Link
                    href={`/outbox/${encodeURIComponent(email.id)}`}
                    className="min-w-0 font-medium break-words text-brand-800 underline underline-offset-4"
                  >
                    {email.subject}
                  </Link>
                </div>
                <p className="mt-1 text-sm text-stone-700">
                  {kindLabels[email.kind]()} · <span className="break-all">{m.followups_emails_to({ to: email.to })}</span>
                </p>
                <p className="text-sm text-stone-700">{timingText(email, locale)}</p>
              </li>
            ))}
          </ul>
          {emails.data.nextCursor ? <p className="mt-3 text-sm text-stone-700">{m.followups_emails_more()}</p> : null}
        </>
      )}
    </section>
  );
}
