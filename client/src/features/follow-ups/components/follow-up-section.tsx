import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'wouter';
import { formatDateTime } from '#shared/format/format.ts';
import type { AdminIntakeDetail } from '#shared/schemas/admin-intakes.ts';
import { useLocale } from '../../../i18n/locale.tsx';
import { m } from '../../../paraglide/messages.js';
import { intakeKeys } from '../../../lib/admin/query-keys.ts';
import { panelClass } from '../../../components/admin/styles.ts';
import { FollowUpComposer, type Refusal } from './follow-up-composer.tsx';
import { IntakeEmails } from './intake-emails.tsx';

/** When the prospect unsubscribed (the 'unsubscribed' timeline entry), or null. */
function unsubscribedAt(detail: AdminIntakeDetail): string | null {
  return detail.timeline.findLast((event) => event.type === 'unsubscribed')?.at ?? null;
}

/**
 * On an intake: "send a follow-up" (from a template, previewed, now or planned) when the prospect
 * may receive one, else why not; and the intake's e-mails with their status.
 */
export function FollowUpSection({ detail }: { detail: AdminIntakeDetail }) {
  const { locale } = useLocale();
  const { firstName } = detail.resultView;
  // A refusal from the server (e.g. an unsubscribe since this page loaded) counts too.
  const [refused, setRefused] = useState<Refusal | null>(null);
  const queryClient = useQueryClient();
  const refuse = (refusal: Refusal) => {
    setRefused(refusal);
    // Whatever changed (an unsubscribe) shows on the timeline too.
    void queryClient.invalidateQueries({ queryKey: intakeKeys.detail(detail.id) });
  };
  const unsubscribed = unsubscribedAt(detail);
  const blocked: Refusal | null = unsubscribed || refused === 'unsubscribed' ? 'unsubscribed' : !detail.consent.followUpConsent || refused ? 'no-consent' : null;

  return (
    <>
      <section id="intake-follow-up" aria-labelledby="intake-follow-up-heading" className={`scroll-mt-4 ${panelClass}`}>
        <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
          <h2 id="intake-follow-up-heading" className="text-xl font-semibold text-stone-900">
            {m.followups_heading()}
          </h2>
          <Link href="/email-templates" className="inline-flex min-h-11 items-center rounded text-sm font-medium text-brand-800 underline underline-offset-4">
            {m.followups_manage_templates()}
          </Link>
        </div>
        {blocked === null ? (
          <FollowUpComposer detail={detail} onRefused={refuse} />
        ) : (
          <p className="mt-2 max-w-prose rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-stone-900">
            {blocked === 'no-consent'
              ? m.followups_no_consent({ firstName })
              : unsubscribed
                ? m.followups_unsubscribed({ firstName, date: formatDateTime(unsubscribed, locale) })
                : m.followups_unsubscribed_undated({ firstName })}
          </p>
        )}
      </section>
      <IntakeEmails intakeId={detail.id} />
    </>
  );
}
