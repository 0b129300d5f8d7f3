import type { ReactNode } from 'react';
import { formatDate } from '#shared/format/format.ts';
import type { LocalizedText } from '#shared/schemas/common.ts';
import type { DelegationResultV2, ResultView as ResultViewData } from '#shared/schemas/result.ts';
import { useLocale } from '../../../i18n/locale.tsx';
import { m } from '../../../paraglide/messages.js';
import { AdviceBuckets } from './advice-buckets.tsx';
import { CategoryChart } from './category-chart.tsx';
import { CopyLink } from '../../../components/ui/copy-link.tsx';
import { EmailLink, type EmailLinkStatus } from './email-link.tsx';
import { EraseData, type EraseStatus } from './erase-data.tsx';
import { FiguresDetails } from './figures-details.tsx';
import { FirstMonthPlan } from './first-month-plan.tsx';
import { HeadlineFigures } from './headline-figures.tsx';
import { NextStep } from './next-step.tsx';
import { OwnTasks } from './own-tasks.tsx';
import { SuggestedStart } from './suggested-start.tsx';
import { TrustPlan } from './trust-plan.tsx';
import { ResultV1 } from './v1/result-v1.tsx';
import './result-print.css';

type ResultViewProps = { view: ResultViewData; pdfHref?: string | undefined } & (
  | {
      embedded?: false;
      eraseStatus: EraseStatus;
      onErase: () => void;
      emailLinkStatus: EmailLinkStatus;
      onEmailLink: () => void;
      /** This page's own address, to keep where no e-mail can carry it. */
      resultUrl: string;
    }
  | {
      /**
       * Shown inside another page (the back office): not the page's <main> and <h1>, and
       * without the prospect's own actions (print, erase).
       */
      embedded: true;
    }
);

const secondaryButton =
  'inline-flex min-h-11 items-center justify-center rounded-lg border-2 border-brand-700 bg-white px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50';

/**
 * The prospect's result as a page: presentational only, everything comes from the snapshot.
 * A result of engine 2.0.0 leads to the call: on a phone the two headline figures and the VA's
 * call to action fill the first screen, then the start, the tasks, the plans and every figure.
 * A 1.0.0 result keeps the layout it was computed for (v1/).
 */
export function ResultView(props: ResultViewProps) {
  const { view } = props;
  const { locale } = useLocale();
  const { result } = view;
  const date = formatDate(view.submittedAt, locale);
  const Root = props.embedded ? 'div' : 'main';
  const Greeting = props.embedded ? 'p' : 'h1';
  // Where no e-mail can carry the link (no SMTP set up), the page hands it over to keep instead.
  const actions: ReactNode = props.embedded ? null : (
    <div className="space-y-4 print:hidden">
      <div className="flex flex-col items-start gap-3 sm:flex-row sm:flex-wrap">
        {props.pdfHref ? (
          <a href={props.pdfHref} download className={secondaryButton}>
            {m.result_download_pdf()}
          </a>
        ) : null}
        <button type="button" onClick={() => window.print()} className={secondaryButton}>
          {m.result_print()}
        </button>
        {view.emailDelivery ? <EmailLink status={props.emailLinkStatus} onRequest={props.onEmailLink} /> : null}
      </div>
      {view.emailDelivery ? null : (
        <div className="max-w-xl space-y-2">
          <p className="text-stone-700">{m.result_keep_link_intro()}</p>
          <CopyLink label={m.result_keep_link_label()} url={props.resultUrl} />
        </div>
      )}
    </div>
  );

  const header = (
    <div>
      <p className="text-sm font-semibold text-brand-700">
        {view.va.name ? m.result_brand({ vaName: view.va.name }) : m.result_brand_neutral()}
      </p>
      <Greeting className="mt-1 text-xl font-bold tracking-tight text-stone-900 sm:text-3xl">
        {m.result_greeting({ firstName: view.firstName })}
      </Greeting>
      <p className="mt-1 text-sm text-stone-700">
        {view.company ? m.result_submitted_on_company({ date, company: view.company }) : m.result_submitted_on({ date })}
      </p>
    </div>
  );

  if (result.engineVersion === '1.0.0') {
    return (
      <Root className="result-page mx-auto w-full max-w-2xl space-y-10 px-4 pt-6 pb-12 sm:px-6">
        <div>
          {header}
          <p className="mt-3 text-stone-800">{m.result_intro()}</p>
          <div className="mt-4">{actions}</div>
        </div>
        <ResultV1 result={result} />
        <NextStep va={view.va} />
        {props.embedded ? null : <EraseData status={props.eraseStatus} onConfirm={props.onErase} />}
      </Root>
    );
  }

  return (
    <Root className="result-page mx-auto w-full max-w-2xl space-y-8 px-4 pt-4 pb-12 sm:space-y-10 sm:px-6 sm:pt-6">
      <div className="space-y-4">
        {header}
        <HeadlineFigures result={result} />
        <NextStep va={view.va} compact />
      </div>
      <p className="text-stone-800">{m.result_lead()}</p>
      {actions}
      <SuggestedStart result={result} />
      <AdviceBuckets tasks={result.tasks} />
      <OwnTasks tasks={result.ownTasks} />
      <TrustPlan plan={result.trustPlan} labels={labelsOf(result)} />
      <FirstMonthPlan steps={result.firstMonthPlan} labels={labelsOf(result)} />
      <FiguresDetails result={result} />
      <CategoryChart categories={result.categories} />
      <NextStep va={view.va} />
      {props.embedded ? null : <EraseData status={props.eraseStatus} onConfirm={props.onErase} />}
    </Root>
  );
}

function labelsOf(result: DelegationResultV2): ReadonlyMap<string, LocalizedText> {
  return new Map<string, LocalizedText>([
    ...result.tasks.map((task) => [task.key, task.label] as const),
    ...result.ownTasks.map((task) => [task.key, task.label] as const),
  ]);
}
