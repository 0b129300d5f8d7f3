import { formatHours } from '#shared/format/format.ts';
import type { DelegationResultV2 } from '#shared/schemas/result.ts';
import { useLocale } from '../../../i18n/locale.tsx';
import { m } from '../../../paraglide/messages.js';
import { signedEuros } from './money-text.ts';
import { localized, offerLabel } from './result-labels.ts';

/**
 * How to begin, from the VA's real offers: the start in words (what, for how much, why), the first
 * tasks, and what the first month costs and frees at that offer's real price. A start that costs
 * more than the hours are worth says so plainly; it is never shown as a gain.
 */
export function SuggestedStart({ result }: { result: DelegationResultV2 }) {
  const { locale } = useLocale();
  const start = result.suggestedStart;
  const first = result.firstMonth;
  const tasksByKey = new Map(result.tasks.map((task) => [task.key, task] as const));
  const firstTasks = start.firstTaskKeys.flatMap((key) => {
    const task = tasksByKey.get(key);
    return task ? [task] : [];
  });
  const euros = (cents: number) => signedEuros(cents, locale);
  const loss = first.netCents < 0;

  return (
    <section aria-labelledby="result-start-heading" className="break-inside-avoid">
      <h2 id="result-start-heading" className="text-xl font-semibold text-stone-900">
        {m.result_start_heading()}
      </h2>
      <div className="mt-3 space-y-4 rounded-xl border border-stone-200 bg-white p-4">
        <p className="text-stone-900">{localized(start.text, locale)}</p>
        {firstTasks.length > 0 ? (
          <div>
            <h3 className="text-sm font-medium text-stone-700">{m.result_start_first_tasks_label()}</h3>
            <ol className="mt-1 list-decimal space-y-1 pl-5 font-medium text-stone-900">
              {firstTasks.map((task) => (
                <li key={task.key}>{localized(task.label, locale)}</li>
              ))}
            </ol>
          </div>
        ) : null}
        {first.offer ? (
          <div>
            <h3 className="text-sm font-medium text-stone-700">{m.result_start_first_month_label()}</h3>
            <dl className="mt-1 divide-y divide-stone-100 tabular-nums">
              {[
                [m.result_row_offer(), offerLabel(first.offer, locale)],
                [m.result_row_freed(), formatHours(first.freedMinutes, locale)],
                [m.result_row_value(), euros(first.valueCents)],
                [m.result_row_cost(), euros(first.costCents)],
              ].map(([label, value]) => (
                <div key={label} className="flex items-baseline justify-between gap-4 py-1">
                  <dt>{label}</dt>
                  <dd className="text-right">{value}</dd>
                </div>
              ))}
              <div className="flex items-baseline justify-between gap-4 py-1 font-semibold">
                <dt>{m.result_row_net()}</dt>
                <dd className="text-right">{euros(first.netCents)}</dd>
              </div>
            </dl>
            {loss ? (
              <p className="mt-2 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-stone-900">
                {m.result_start_loss({ amount: euros(-first.netCents), hours: formatHours(first.freedMinutes, locale) })}
              </p>
            ) : null}
          </div>
        ) : null}
      </div>
    </section>
  );
}
