import { useEffect, useState, type ReactNode } from 'react';
import { Link, useParams } from 'wouter';
import { formatCents, formatDateTime, formatHours } from '#shared/format/format.ts';
import { inboxBucketOf, type AdminIntakeDetail } from '#shared/schemas/admin-intakes.ts';
import { resultHeadline, type ResultView } from '#shared/schemas/result.ts';
import { useLocationState } from '../../../hooks/location-state.ts';
import { Button } from '../../../components/ui/button.tsx';
import { useLocale } from '../../../i18n/locale.tsx';
import { m } from '../../../paraglide/messages.js';
import { useIntake } from '../api/get-intake.ts';
import { useMarkIntakeRead } from '../api/mark-intake-read.ts';
import { fromRoot } from '../../../lib/admin/paths.ts';
import { isNotFound } from '../../../lib/api-error.ts';
import { bucketLabels } from '../../../components/admin/admin-labels.ts';
import { AdminPage, PageLoading } from '../../../components/admin/admin-page.tsx';
import { StatusBadge } from '../../../components/admin/badges.tsx';
import type { FromInbox } from './inbox-results.tsx';
import { IntakeActions } from './intake-actions.tsx';
import { IntakeAnswers } from './intake-answers.tsx';
import { IntakeNotes } from './intake-notes.tsx';
import { IntakeTimeline } from './intake-timeline.tsx';
import { panelClass } from '../../../components/admin/styles.ts';

function inboxPath(state: unknown): string {
  const search = (state as Partial<FromInbox> | null)?.inboxSearch;
  return typeof search === 'string' && (search === '' || search.startsWith('?')) ? fromRoot(`/admin${search}`) : fromRoot('/admin');
}

const sectionLinks = [
  { href: '#intake-answers', label: () => m.admin_detail_answers() },
  { href: '#intake-follow-up', label: () => m.followups_heading() },
  { href: '#intake-actions', label: () => m.admin_actions_heading() },
  { href: '#intake-notes', label: () => m.admin_notes_heading() },
  { href: '#intake-timeline', label: () => m.admin_timeline_heading() },
  { href: '#intake-result', label: () => m.admin_detail_result_short() },
];

/**
 * Scrolls to a section and moves focus to its heading, so the keyboard and a screen reader
 * continue there. (Not a fragment navigation: that would add a history entry without the
 * inbox's filters, which "back to the inbox" keeps in the entry's state.)
 */
function jumpTo(id: string): void {
  const heading = document.getElementById(id)?.querySelector<HTMLElement>('h2');
  if (!heading) return;
  heading.tabIndex = -1;
  heading.focus({ preventScroll: true });
  heading.scrollIntoView({ block: 'start' });
}

/**
 * What other features show on the page, composed by the back office's shell (app/admin): the
 * intake's e-mails and follow-up, and the result as the prospect sees it.
 */
type IntakeDetailPageProps = {
  renderFollowUps: (detail: AdminIntakeDetail) => ReactNode;
  renderResult: (view: ResultView) => ReactNode;
};

/**
 * /admin/intakes/:id — one intake: all answers, the result as the prospect sees it, the
 * pipeline status, notes, the timeline, the AVG export and erasure. Opening it marks it read.
 */
export function IntakeDetailPage({ renderFollowUps, renderResult }: IntakeDetailPageProps) {
  useLocale();
  const { id = '' } = useParams<{ id?: string }>();
  const backTo = inboxPath(useLocationState());
  // Once erased, the page stops asking for it (it would be a 404) while it leaves.
  const [erased, setErased] = useState(false);
  const intake = useIntake(id, { enabled: !erased });
  // Opening it marks it read, by an explicit POST: the GET stays safe (prefetches, retries).
  const { mutate: markRead } = useMarkIntakeRead();
  const unreadId = intake.data?.readAt === null ? intake.data.id : null;
  useEffect(() => {
    if (unreadId) markRead(unreadId);
  }, [unreadId, markRead]);

  const backLink = (
    <Link href={backTo} className="inline-flex min-h-11 items-center gap-1 rounded font-medium text-brand-800 underline-offset-4 hover:underline">
      <span aria-hidden="true">←</span> {m.admin_back_to_inbox()}
    </Link>
  );

  if (intake.isPending) return <PageLoading label={m.admin_detail_loading()} />;
  if (intake.isError) {
    const missing = isNotFound(intake.error);
    return (
      <AdminPage title={missing ? m.admin_detail_not_found_title() : m.admin_detail_error_title()}>
        <p className="mt-3 text-stone-700">{missing ? m.admin_detail_not_found_text() : m.admin_detail_error_text()}</p>
        <div className="mt-6 flex flex-wrap gap-3">
          {missing ? null : (
            <Button onClick={() => void intake.refetch()} aria-disabled={intake.isFetching || undefined}>
              {m.admin_retry()}
            </Button>
          )}
          {backLink}
        </div>
      </AdminPage>
    );
  }

  const detail = intake.data;
  return (
    <AdminPage title={detail.contact.name} heading={<DetailHeading detail={detail} />} before={backLink}>
      <DetailSummary detail={detail} />
      <nav aria-label={m.admin_detail_sections()} className="mt-6">
        <ul className="flex flex-wrap gap-x-1 gap-y-1 text-sm">
          {sectionLinks.map((link) => (
            <li key={link.href}>
              <a
                href={link.href}
                onClick={(event) => {
                  event.preventDefault();
                  jumpTo(link.href.slice(1));
                }}
                className="inline-flex min-h-10 items-center rounded-lg px-3 font-medium text-brand-800 hover:bg-brand-50"
              >
                {link.label()}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {/* Reading order (and the order on a tablet): answers, the VA's tools, then the long
          result. On a laptop the tools sit in a column to the right of both. */}
      <div className="mt-6 grid items-start gap-6 lg:grid-cols-3 lg:grid-rows-[auto_1fr]">
        <div className="min-w-0 space-y-6 lg:col-span-2">
          <IntakeAnswers detail={detail} />
          {renderFollowUps(detail)}
        </div>
        <div className="min-w-0 space-y-6 lg:col-start-3 lg:row-span-2 lg:row-start-1">
          <IntakeActions detail={detail} backTo={backTo} onErased={() => setErased(true)} />
          <IntakeNotes detail={detail} />
          <IntakeTimeline detail={detail} />
        </div>
        <div className="min-w-0 lg:col-span-2 lg:row-start-2">
          <ResultSection detail={detail} renderResult={renderResult} />
        </div>
      </div>
    </AdminPage>
  );
}

function DetailHeading({ detail }: { detail: AdminIntakeDetail }) {
  return <span className="break-words">{detail.contact.name}</span>;
}

/** Under the name: status, when, company; and the figures the VA looks at first. */
function DetailSummary({ detail }: { detail: AdminIntakeDetail }) {
  const { locale } = useLocale();
  const { result } = detail.resultView;
  const headline = resultHeadline(result);
  const top = inboxBucketOf(result);
  const figures = [
    { label: m.admin_col_hours_freed(), value: formatHours(headline.freedMinutesPerMonth, locale) },
    { label: m.admin_col_net_gain(), value: formatCents(headline.netGainCentsPerMonth, locale, { wholeEuros: true }) },
    { label: m.admin_col_top_bucket(), value: top ? bucketLabels[top]() : '—' },
    { label: m.admin_detail_result_opened(), value: m.admin_detail_times({ count: String(detail.resultOpens.count) }) },
  ];
  return (
    <div className="mt-3">
      <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-stone-700">
        <StatusBadge status={detail.status} />
        <span>{m.admin_detail_submitted_on({ date: formatDateTime(detail.createdAt, locale) })}</span>
        {detail.contact.company ? <span>{detail.contact.company}</span> : null}
      </p>
      <dl className="mt-4 grid grid-cols-2 gap-3 md:grid-cols-4">
        {figures.map((figure) => (
          <div key={figure.label} className={panelClass}>
            <dt className="text-sm text-stone-600">{figure.label}</dt>
            <dd className="mt-1 text-xl font-semibold text-stone-900 tabular-nums">{figure.value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

/** The result exactly as the prospect's page shows it (their print and erase buttons left out). */
function ResultSection({ detail, renderResult }: { detail: AdminIntakeDetail; renderResult: IntakeDetailPageProps['renderResult'] }) {
  const { locale } = useLocale();
  const { resultView } = detail;
  return (
    <section id="intake-result" aria-labelledby="intake-result-heading" className="scroll-mt-4">
      <h2 id="intake-result-heading" className="text-xl font-semibold text-stone-900">
        {m.admin_detail_result_heading({ firstName: resultView.firstName })}
      </h2>
      <p className="mt-1 text-sm text-stone-700">
        {resultView.locale === locale
          ? m.admin_detail_result_intro()
          : m.admin_detail_result_intro_other_language({
              language: resultView.locale === 'nl' ? m.common_language_nl() : m.common_language_en(),
            })}
      </p>
      <div className="mt-3 overflow-hidden rounded-xl border-2 border-dashed border-stone-300 bg-stone-50">
        {renderResult(resultView)}
      </div>
    </section>
  );
}
