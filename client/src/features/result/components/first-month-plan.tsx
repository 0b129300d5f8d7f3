import type { LocalizedText } from '#shared/schemas/common.ts';
import type { FirstMonthStep } from '#shared/schemas/result.ts';
import { useLocale } from '../../../i18n/locale.tsx';
import { m } from '../../../paraglide/messages.js';
import { localized } from './result-labels.ts';
import { TaskNames } from './task-names.tsx';

/** The first 30 days as a short timeline: intro call, access, the first task, the review, what next. */
export function FirstMonthPlan({
  steps,
  labels,
}: {
  steps: readonly FirstMonthStep[];
  labels: ReadonlyMap<string, LocalizedText>;
}) {
  const { locale } = useLocale();
  return (
    <section aria-labelledby="result-first-month-heading" className="break-inside-avoid">
      <h2 id="result-first-month-heading" className="text-xl font-semibold text-stone-900">
        {m.result_first_month_heading()}
      </h2>
      <p className="mt-1 text-stone-800">{m.result_first_month_intro()}</p>
      <ol role="list" className="mt-3 space-y-0 border-l-2 border-brand-600 pl-4">
        {steps.map((step) => (
          <li key={step.step} className="relative break-inside-avoid pb-4 last:pb-0">
            <span aria-hidden="true" className="absolute top-1.5 -left-[1.4rem] size-3 rounded-full bg-brand-600 print-exact" />
            <p className="text-sm font-semibold text-brand-800">{localized(step.when, locale)}</p>
            <h3 className="font-semibold text-stone-900">{localized(step.title, locale)}</h3>
            <p className="mt-0.5 text-stone-800">{localized(step.text, locale)}</p>
            <TaskNames keys={step.taskKeys} labels={labels} label={m.result_plan_tasks()} />
          </li>
        ))}
      </ol>
    </section>
  );
}
