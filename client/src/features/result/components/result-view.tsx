import { formatDate } from '#shared/format/format.ts';
import type { ResultView as ResultViewData } from '#shared/schemas/result.ts';
import { useLocale } from '../../../i18n/locale.tsx';
import { m } from '../../../paraglide/messages.js';
import { CategoryChart } from './category-chart.tsx';
import { EmailLink, type EmailLinkStatus } from './email-link.tsx';
import { EraseData, type EraseStatus } from './erase-data.tsx';
import { NextStep } from './next-step.tsx';
import { ResultBuckets } from './result-buckets.tsx';
import { ResultFigures } from './result-figures.tsx';
import { SuggestedStart } from './suggested-start.tsx';
import { TrustPlan } from './trust-plan.tsx';
import './result-print.css';

type ResultViewProps = { view: ResultViewData } & (
  | {
      embedded?: false;
      eraseStatus: EraseStatus;
      onErase: () => void;
      emailLinkStatus: EmailLinkStatus;
      onEmailLink: () => void;
    }
  | {
      /**
       * Shown inside another page (the back office): not the page's <main> and <h1>, and
       * without the prospect's own actions (print, erase).
       */
      embedded: true;
    }
);

/**
 * The prospect's result as a page: presentational only, everything comes from the snapshot.
 * The app's layout around it brings the site header and the language switch.
 */
export function ResultView(props: ResultViewProps) {
  const { view } = props;
  const { locale } = useLocale();
  const { result } = view;
  const date = formatDate(view.submittedAt, locale);
  const Root = props.embedded ? 'div' : 'main';
  const Greeting = props.embedded ? 'p' : 'h1';

  return (
    <Root className="result-page mx-auto w-full max-w-2xl space-y-10 px-4 pt-6 pb-12 sm:px-6">
      <div>
        <p className="text-sm font-semibold text-brand-700">{view.va.name ? m.result_brand({ vaName: view.va.name }) : m.result_brand_neutral()}</p>
        <Greeting className="mt-1 text-2xl font-bold tracking-tight text-stone-900 sm:text-3xl">
          {m.result_greeting({ firstName: view.firstName })}
        </Greeting>
        <p className="mt-1 text-sm text-stone-700">
          {view.company
            ? m.result_submitted_on_company({ date, company: view.company })
            : m.result_submitted_on({ date })}
        </p>
        <p className="mt-3 text-stone-800">{m.result_intro()}</p>
        {props.embedded ? null : (
          <div className="mt-4 flex flex-col items-start gap-3 sm:flex-row print:hidden">
            <button
              type="button"
              onClick={() => window.print()}
              className="inline-flex min-h-11 items-center justify-center rounded-lg border-2 border-brand-700 bg-white px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50"
            >
              {m.result_print()}
            </button>
            <EmailLink status={props.emailLinkStatus} onRequest={props.onEmailLink} />
          </div>
        )}
      </div>

      <ResultFigures result={result} />
      <ResultBuckets tasks={result.tasks} />
      <CategoryChart categories={result.categories} />
      <TrustPlan plan={result.trustPlan} />
      <SuggestedStart result={result} />
      <NextStep va={view.va} />
      {props.embedded ? null : <EraseData status={props.eraseStatus} onConfirm={props.onErase} />}
    </Root>
  );
}
